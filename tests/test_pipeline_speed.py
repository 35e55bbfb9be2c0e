"""The pre-tests of pipeline's per-figure scans are necessary conditions of their patterns."""

import contextlib
import random

from orchestration.extraction import RejectedDocument, pipeline
from tests.conftest import SHARED, needs_shared

_NOISE = ["tư", "tu", "Tu", "(", ",", "-", "9", "đạt", "từ", "năm"]
_PHRASE = [["", "Kể", "kể"], ["Từ", "từ", "TỪ", "tu", "Tu", "tư"], ["đầu", "ĐẦU"], ["năm", "NĂM"], ["", "2024"],
           ["đến", "tới", "ĐẾN", "TỚI"], ["nay", "hiện nay", "NAY"]]


def test_a_year_so_far_holds_the_letter_of_tu() -> None:
    rng = random.Random(11)
    found = 0
    for _ in range(5000):
        noise = [rng.choice(_NOISE) for _ in range(rng.randrange(0, 4))]
        phrase = [rng.choice(choices) for choices in _PHRASE]
        text = rng.choice([" ", "  ", "\n"]).join(word for word in noise + phrase if word)
        if pipeline._FROM_YEAR_START.search(text):
            found += 1
            assert "ừ" in text or "Ừ" in text, text
    assert found > 500


@needs_shared("samples")
def test_a_sentences_readings_shared_by_its_figures_give_each_figure_its_own_period(monkeypatch) -> None:
    # every figure's period with the readings shared over the report is the one read afresh for it
    figure_period = pipeline._figure_period
    asked = []

    def both_ways(fig, phrases, starts, document, clean, sentences=None):
        shared = figure_period(fig, phrases, starts, document, clean, sentences)
        assert shared == figure_period(fig, phrases, starts, document, clean), (fig, clean[fig.sentence[0]:fig.start])
        asked.append(sentences)
        return shared

    monkeypatch.setattr(pipeline, "_figure_period", both_ways)
    for path in sorted((SHARED / "samples").rglob("*.txt")):
        with contextlib.suppress(RejectedDocument):
            pipeline.extract_document(path.read_bytes(), path.name)
    assert len(asked) > 1000 and all(sentences is not None for sentences in asked)
