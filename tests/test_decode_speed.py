"""The decoder's one-pass count of control bytes is the count of each."""

import random

from orchestration.extraction import decode


def test_the_control_bytes_deleted_in_one_pass_are_the_count_of_each() -> None:
    rng = random.Random(14)
    alphabet = [*range(0, 40), 0x7F, 0x80, 0xC3, 0xA1, 0x41, 0x20]
    for _ in range(5000):
        data = bytes(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
        expected = sum(data.count(b) for b in decode._CONTROL_BYTES)
        assert len(data) - len(data.translate(None, decode._CONTROL_BYTES)) == expected
    assert len(set(decode._CONTROL_BYTES)) == len(decode._CONTROL_BYTES)  # (each byte counted once)
