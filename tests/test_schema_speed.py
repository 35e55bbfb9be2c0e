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
