"""baocao: Vietnamese provincial reports → facts → DuckDB warehouse.

``orchestration.extraction`` is the pure extraction library (no Dagster imports);
``orchestration.defs`` and ``orchestration.definitions`` are the thin Dagster layer.
"""
