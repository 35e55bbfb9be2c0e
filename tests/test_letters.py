"""Character classes and the one-syllable pattern of ``letters``."""

from __future__ import annotations

from orchestration.extraction.letters import ONE_SYLLABLE


def test_one_syllable_takes_a_folded_vietnamese_syllable_and_refuses_two_or_a_foreign_word() -> None:
    assert all(ONE_SYLLABLE.fullmatch(word) for word in ["nghiep", "tuong", "xa", "quy", "o", "khuyen"])
    assert not any(ONE_SYLLABLE.fullmatch(word) for word in ["texa", "nongnghiep", "covid", "smart", "online"])
