"""The shortcuts of ``routing`` read what the plain readings read: a paragraph's sentence breaks, tried only
where one can start, are those of the plain scan."""

from __future__ import annotations

import random

from orchestration.extraction import routing

_PIECES = (". ", ".", "! ", "? ", "… ", "; ", ";", "%. ", "%.", "  ", " ", "\n", "\t", "TP. ", "TX. Hương Trà", "H. ",
           "Huế", "Thu", "thu", "ngân sách", "đạt", "(", ")", "\"", "“", "1.234", "53,6", "2024", "a", "khẩn cấp.Vụ",
           "sâu 15m.Hiện", "Đ", "ư", "x")


def _paragraphs() -> list[str]:
    rng = random.Random(11)
    written = [
        "Thu ngân sách đạt 53,6%. thu nội địa tăng. Chi đầu tư 1.234 tỷ đồng; Trong đó, TP. Huế 12 tỷ đồng.",
        "Sạt lở khẩn cấp.Vụ sạt lở ở TX. Hương Trà (Quảng Ngãi: 28; Gia Lai: 03) làm 2 người chết! Còn lại? 5 ha.",
        "Mưa lớn…  \"Ngập\" 30 ha. “Lũ” về. (1) nhà sập.",
    ]
    return written + ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30))) for _ in range(5000)]


def test_sentence_breaks_tried_at_their_marks_are_the_plain_scans() -> None:
    found = 0
    for text in _paragraphs():
        plain = [m.span() for m in routing._SENTENCE_BREAK.finditer(text)]
        breaks = routing._sentence_breaks(text)
        assert list(zip(breaks.starts, breaks.ends, strict=True)) == plain, text
        assert set(routing._break_starts(text)) >= {a for a, _ in plain}
        found += len(plain)
    assert found > 1000  # (the texts do break into sentences)


def test_a_contexts_sentence_parts_are_the_slices_of_its_fields() -> None:
    # (``before`` and ``after`` are sliced once when the context is made, and again for a context made from it)
    from dataclasses import replace

    from orchestration.extraction.routed import FigureContext

    text = "Thu ngân sách đạt 1.234 tỷ đồng, bằng 95% dự toán. Chi 12 tỷ đồng."
    ctx = FigureContext(text=text, start=18, end=23, unit_end=31, sentence=(0, 50), value=1234.0, unit="VND",
                        unit_label="tỷ đồng", metric="level")
    assert (ctx.before, ctx.after) == (text[0:18], text[31:50])
    moved = replace(ctx, unit_end=35, sentence=(4, 50))
    assert (moved.before, moved.after) == (text[4:18], text[35:50])
    # (not fields of the context's identity: equality, hashing and the repr read the fields given)
    assert ctx == replace(ctx) and hash(ctx) == hash(replace(ctx)) and "before=" not in repr(ctx)


def test_a_contexts_written_out_init_takes_its_fields_as_the_generated_one_did() -> None:
    # (``FigureContext.__init__`` fills the instance's dictionary at once instead of the frozen dataclass's
    # ``object.__setattr__`` per field: the same parameters, in the fields' order, with the fields' defaults)
    import dataclasses
    import inspect

    from orchestration.extraction.routed import FigureContext

    fields = dataclasses.fields(FigureContext)
    parameters = list(inspect.signature(FigureContext.__init__).parameters.values())[1:]
    assert [p.name for p in parameters] == [f.name for f in fields if f.init]
    for p in parameters:
        f = next(f for f in fields if f.name == p.name)
        assert p.kind is p.POSITIONAL_OR_KEYWORD
        assert p.default == (inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default), p.name
        assert f.default_factory is dataclasses.MISSING
    text = "Thu ngân sách đạt 1.234 tỷ đồng, bằng 95% dự toán."
    ctx = FigureContext(text, 18, 23, 31, (0, 50), 1234.0, "VND", "tỷ đồng", "level")
    assert list(vars(ctx)) == [f.name for f in fields]  # (every field set, in order, none else)
    assert ctx == FigureContext(text=text, start=18, end=23, unit_end=31, sentence=(0, 50), value=1234.0, unit="VND",
                                unit_label="tỷ đồng", metric="level", role="value", qualifier="exact", heading="",
                                table_row=False, document="", offset=0, preceding="", year=None)
    try:
        ctx.start = 3  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a context is frozen")


def test_a_documents_events_are_read_once_for_its_rows_and_its_kind_named_money(monkeypatch) -> None:
    # a headline naming a work by its kind and price, the body naming it: the money's owner (``_names_for_kinds_of``)
    # and the event rows both need the document's events; they are read once, and the rows are those of one reading
    from orchestration.extraction import extract_document, extraction_to_json_rows

    text = (
        "Khởi công nhà máy điện gió 3.200 tỷ đồng\n\n"
        "Sáng 9/6/2026, tỉnh khởi công Nhà máy điện gió Hòa Đông 2, tổng vốn đầu tư 3.200 tỷ đồng.\n"
    )
    reads = []
    said = routing._said_events
    monkeypatch.setattr(routing, "_said_events", lambda layout, year: reads.append(year) or said(layout, year))
    rows = [r for r in extraction_to_json_rows(extract_document(text.encode(), "t.txt")) if r["table"] == "projects"]
    assert len(reads) == 1
    assert {r["project_name"] for r in rows} == {"Nhà máy điện gió Hòa Đông 2"}
