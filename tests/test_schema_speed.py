"""The empty frames made once per table are what building them from the schema gives."""

import polars as pl

from orchestration.extraction import schema


def test_an_empty_frame_is_the_frame_its_schema_builds_and_never_shared() -> None:
    for table in (*schema.FACT_TABLES, "documents"):
        frame = schema.empty_frame(table)
        built = pl.DataFrame(schema=schema.table_schema(table))
        assert frame.schema == built.schema and frame.height == 0 and frame.equals(built)
        frame.insert_column(0, pl.Series("extra", [], dtype=pl.Int64))  # a caller's change stays its own
        assert schema.empty_frame(table).schema == built.schema


def _report_rows() -> dict[str, list[dict]]:
    from pathlib import Path

    from orchestration.extraction import extract_document

    rows: dict[str, list[dict]] = {}
    for path in sorted((Path(__file__).parent / "fixtures" / "reports").glob("*.txt")):
        extraction = extract_document(path.read_bytes(), path.name)
        for table, frame in extraction.tables.items():
            rows.setdefault(table, []).extend(frame.to_dicts())
        rows.setdefault("documents", []).append(dict(extraction.document))
    return rows


def _plain_frame(table: str, rows: list[dict]) -> pl.DataFrame:
    # (the form frame_from_rows stood for: a copy of each row holding the schema's columns in its order)
    columns = schema.table_schema(table)
    if not rows:
        return pl.DataFrame(schema=columns)
    return pl.DataFrame([{c: r.get(c) for c in columns} for r in rows], schema=columns, orient="row")


def test_a_frame_from_rows_in_any_key_order_is_the_frame_of_their_copies() -> None:
    import random

    rng = random.Random(27)
    tables = _report_rows()
    assert sum(map(len, tables.values())) > 50
    for table, rows in tables.items():
        for _ in range(5):
            shuffled = []
            for row in rows:
                items = list(row.items())
                rng.shuffle(items)
                # (a key of a null left out, a key no column has added)
                items = [(k, v) for k, v in items if v is not None or rng.random() < 0.5]
                if rng.random() < 0.3:
                    items.insert(rng.randrange(len(items) + 1), ("not_a_column", rng.choice([1, "x", None])))
                shuffled.append(dict(items))
            built, plain = schema.frame_from_rows(table, shuffled), _plain_frame(table, shuffled)
            assert built.schema == plain.schema and built.equals(plain), table


def _plain_keep_rules(table: str, rows: list[dict]) -> bool:
    # (the generator form _rows_keep_rules was written in)
    required, coded = schema._row_rules(table)
    spans = table != "documents"
    for row in rows:
        if any(row.get(name) is None for name in required):
            return False
        for name, vocabulary, is_list in coded:
            value = row.get(name)
            if value is None:
                continue
            if is_list:
                if type(value) is not list or any(type(v) is not str or v not in vocabulary for v in value):
                    return False
            elif type(value) is not str or value not in vocabulary:
                return False
        if spans:
            start, end = row.get("char_start"), row.get("char_end")
            if type(start) is not int or type(end) is not int or not 0 <= start < end:
                return False
    return True


def test_the_row_rules_written_out_judge_as_the_generators_did() -> None:
    import random

    rng = random.Random(28)
    broken = 0
    for table, rows in _report_rows().items():
        required, coded = schema._row_rules(table)
        names = [*required, *(name for name, _, _ in coded), "char_start", "char_end"]
        for _ in range(300):
            sample = [dict(row) for row in rng.sample(rows, min(len(rows), 3))]
            for row in sample:
                if rng.random() < 0.3:
                    row[rng.choice(names)] = rng.choice([None, "?", 3, -1, ["?"], [], [None], 2.0, "placed"])
            kept = _plain_keep_rules(table, sample)
            assert schema._rows_keep_rules(table, sample) is kept
            broken += not kept
    assert broken > 100


def test_a_frames_columns_and_dtypes_compare_as_its_schemas_items() -> None:
    # (validated_frame compares ``frame.columns`` and ``frame.dtypes`` with the contract, not ``frame.schema.items()``)
    for table in (*schema.FACT_TABLES, "documents"):
        expected = schema.table_schema(table)
        names = list(expected)
        frames = [pl.DataFrame(schema=expected), pl.DataFrame(schema=dict(reversed(expected.items()))),
                  pl.DataFrame(schema={**expected, "extra": pl.Int64}),
                  pl.DataFrame(schema={k: v for k, v in expected.items() if k != names[-1]}),
                  pl.DataFrame(schema={**expected, names[0]: pl.Int32 if expected[names[0]] != pl.Int32 else pl.Int64}),
                  pl.DataFrame(schema={**expected, names[-1]: pl.List(pl.String)})]
        verdicts = []
        for frame in frames:
            plain = list(frame.schema.items()) == list(expected.items())
            assert (frame.columns == names and frame.dtypes == list(expected.values())) is plain, table
            verdicts.append(plain)
        assert verdicts[0] and not any(verdicts[1:4]) and not verdicts[4]
