"""All DuckDB SQL of the warehouse: table creation, per-file replacement, retirement, checks.

No Dagster imports: the Dagster layer passes an open connection (from ``DuckDBResource``) and
gets plain Python / polars back. Values always travel as parameters or registered DataFrames,
never pasted into SQL text (file names and report text are untrusted input).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import duckdb
import polars as pl

from orchestration.extraction import FACT_TABLES, table_schema
from orchestration.extraction.pipeline import Extraction
from orchestration.extraction.version import extractor_version
from orchestration.extraction.vocabulary import word_source

DOCUMENTS = "documents"
REJECTED = "rejected_documents"
TEXTS = "document_texts"
WATERMARKS = "check_watermarks"  # fact-quality checks: how far each has read (check_watermark)
EVIDENCE_CHECK_DOCUMENTS = 200  # documents whose texts evidence_mismatches holds at once (~7 MB)
RAW_TABLES: tuple[str, ...] = (DOCUMENTS, *FACT_TABLES)

MONEY_UNITS = ("VND", "USD")
PCT_RANGE = (-100.0, 10_000.0)
MAX_EVIDENCE_CHARS = 800  # FACTS.md: longer spans never match in scoring

_EXTRA_COLUMNS: dict[str, dict[str, str]] = {
    # Columns the warehouse adds to the contract's: load time everywhere, version flag on documents.
    # content_key: report bytes + sidecar (raw_units.content_key), so the same bytes with another
    # sidecar are another version; sidecar_error: why the loader ignored the sidecar, if it did.
    # changed_at: when the row was loaded or last left the current set (replaced or retired): the
    # incremental dbt models rebuild the dedup groups of documents changed since their last build.
    # extractor_version: the rules that read it (extraction/version.py); null on rows loaded before.
    DOCUMENTS: {
        "loaded_at": "TIMESTAMP",
        "is_current": "BOOLEAN",
        "content_key": "VARCHAR",
        "sidecar_error": "VARCHAR",
        "changed_at": "TIMESTAMP",
        "extractor_version": "VARCHAR",
    },
    **{t: {"loaded_at": "TIMESTAMP"} for t in FACT_TABLES},
}


def _duckdb_type(dtype: pl.DataType) -> str:
    if isinstance(dtype, pl.List):
        return f"{_duckdb_type(dtype.inner)}[]"
    mapping: dict[type, str] = {
        pl.String: "VARCHAR",
        pl.Int64: "BIGINT",
        pl.Int32: "INTEGER",
        pl.Float64: "DOUBLE",
        pl.Boolean: "BOOLEAN",
        pl.Date: "DATE",
        pl.Datetime: "TIMESTAMP",
    }
    for cls, sql_type in mapping.items():
        if isinstance(dtype, cls):
            return sql_type
    raise TypeError(f"no DuckDB type for polars dtype {dtype}")


def table_columns(table: str) -> dict[str, str]:
    """Column → DuckDB type of a raw table: the contract's columns (schema.py) + ours."""
    cols = {name: _duckdb_type(dtype) for name, dtype in table_schema(table).items()}
    return {**cols, **_EXTRA_COLUMNS[table]}


def _quote(identifier: str) -> str:
    # Identifiers come from schema.py (code), never from input; quoting guards reserved words.
    return '"' + identifier.replace('"', '""') + '"'


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the raw tables if missing and add contract columns that appeared since (idempotent)."""
    for table in RAW_TABLES:
        cols = table_columns(table)
        body = ", ".join(f"{_quote(c)} {t}" for c, t in cols.items())
        con.execute(f"CREATE TABLE IF NOT EXISTS {_quote(table)} ({body})")
        existing = _column_names(con, table)
        for col, sql_type in cols.items():
            if col not in existing:  # the contract says columns may be added, never dropped
                con.execute(f"ALTER TABLE {_quote(table)} ADD COLUMN {_quote(col)} {sql_type}")
    con.execute(f"""CREATE TABLE IF NOT EXISTS {REJECTED} (
        source_file VARCHAR NOT NULL, content_sha256 VARCHAR NOT NULL, reason VARCHAR,
        code VARCHAR, first_seen TIMESTAMP, last_seen TIMESTAMP,
        PRIMARY KEY (source_file, content_sha256))""")
    # the rules that refused it (a warehouse made before the column existed gets it here)
    con.execute(f"ALTER TABLE {REJECTED} ADD COLUMN IF NOT EXISTS extractor_version VARCHAR")
    # The decoded text of every loaded version, so evidence spans stay checkable after the file
    # changes or leaves raw/.
    con.execute(f"""CREATE TABLE IF NOT EXISTS {TEXTS} (
        doc_id VARCHAR PRIMARY KEY, text VARCHAR NOT NULL)""")
    # How far each fact-quality check has read (see check_watermark): the checks look at the
    # facts loaded since their last pass, not at a million facts again after every report.
    con.execute(f"""CREATE TABLE IF NOT EXISTS {WATERMARKS} (
        check_key VARCHAR PRIMARY KEY, checked_through TIMESTAMP NOT NULL, checked_at TIMESTAMP NOT NULL)""")


def _conform(frame: pl.DataFrame, table: str, doc_id: str, source_file: str) -> pl.DataFrame:
    """Exactly the contract columns in contract dtypes; the file's identity forced onto every row."""
    schema = table_schema(table)
    missing = [c for c in schema if c not in frame.columns]
    if missing:
        raise ValueError(f"{table}: extraction frame lacks contract columns {missing}")
    # Replacement is keyed by source_file: every row must carry this partition's identity.
    return frame.select([pl.col(c).cast(t) for c, t in schema.items()]).with_columns(
        pl.lit(doc_id, pl.String()).alias("doc_id"),
        pl.lit(source_file, pl.String()).alias("source_file"),
    )


def _insert_frame(
    con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame, loaded_at: dt.datetime, **extra: object
) -> None:
    view = f"incoming_{table}"
    con.register(view, frame.to_arrow())
    try:
        cols = ", ".join(_quote(c) for c in frame.columns)
        extra_cols = "".join(f", {_quote(c)}" for c in extra)
        extra_params = "".join(", ?" for _ in extra)
        con.execute(
            f"INSERT INTO {_quote(table)} ({cols}, loaded_at{extra_cols}) SELECT {cols}, ?{extra_params} FROM {view}",
            [loaded_at, *extra.values()],
        )
    finally:
        con.unregister(view)


@dataclass(frozen=True)
class LoadResult:
    source_file: str
    doc_id: str
    rows: dict[str, int]
    replaced_doc_id: str | None  # the version that was current before, if any


def replace_document(
    con: duckdb.DuckDBPyConnection,
    extraction: Extraction,
    source_file: str,
    loaded_at: dt.datetime | None = None,
    *,
    content_key: str | None = None,
    sidecar_error: str | None = None,
    before_commit: Callable[[], None] | None = None,
) -> LoadResult:
    """Replace exactly ``source_file``'s rows in the five raw tables, in one transaction."""
    [result] = replace_documents(
        con,
        [(source_file, extraction)],
        loaded_at,
        before_commit,
        content_keys={source_file: content_key} if content_key else None,
        sidecar_errors={source_file: sidecar_error} if sidecar_error else None,
    )
    return result


def replace_documents(
    con: duckdb.DuckDBPyConnection,
    extractions: Sequence[tuple[str, Extraction]],
    loaded_at: dt.datetime | None = None,
    before_commit: Callable[[], None] | None = None,
    *,
    content_keys: Mapping[str, str] | None = None,
    sidecar_errors: Mapping[str, str] | None = None,
) -> list[LoadResult]:
    """Replace the rows of each ``(source_file, extraction)`` in the five raw tables, all in ONE
    transaction (a batch of files is written as a whole or not at all, so each file is too).

    ``documents`` keeps every version ever loaded (older ones with ``is_current = false``), one row
    per content key (report bytes + sidecar; default: the report's sha256): the same bytes with a
    new sidecar are a new version, a re-load of the same unit replaces its row. The fact tables
    hold the facts of the file's latest version only. Rows of a batch go in as one Arrow frame per
    table (bulk insert; the per-file cost is one row in ``batch_files``). ``content_keys`` and
    ``sidecar_errors`` (by file name) say what ``raw_units`` read beside each report.
    ``before_commit`` is called inside the transaction just before COMMIT (crash tests pause
    there; see ``settings.pause_point``).
    """
    loaded_at = loaded_at or now()
    # When the warehouse changed, not the (possibly given) load time: the dbt models compare it
    # with the newest change they have already built.
    changed_at = now()
    if len({name for name, _ in extractions}) != len(extractions):
        raise ValueError("a batch names one file twice")
    keys = {name: (content_keys or {}).get(name) or e.doc_id for name, e in extractions}
    errors = sidecar_errors or {}
    documents = pl.concat(
        [
            _conform(pl.DataFrame([e.document], schema=table_schema(DOCUMENTS)), DOCUMENTS, e.doc_id, name)
            .with_columns(pl.lit(keys[name], pl.String()).alias("content_key"),
                          pl.lit(errors.get(name), pl.String()).alias("sidecar_error"))
            for name, e in extractions
        ]
    )
    facts = {
        t: pl.concat([_conform(e.tables[t], t, e.doc_id, name) for name, e in extractions], how="vertical")
        for t in FACT_TABLES
    }
    batch = pl.DataFrame(
        {
            "source_file": [n for n, _ in extractions],
            "doc_id": [e.doc_id for _, e in extractions],
            "content_key": [keys[n] for n, _ in extractions],
        },
        schema={"source_file": pl.String(), "doc_id": pl.String(), "content_key": pl.String()},
    )
    texts = pl.DataFrame(
        {"doc_id": [e.doc_id for _, e in extractions], "text": [e.text for _, e in extractions]},
        schema={"doc_id": pl.String(), "text": pl.String()},
    ).unique("doc_id", keep="first")
    ensure_schema(con)
    con.register("batch_files", batch.to_arrow())
    con.register("batch_texts", texts.to_arrow())
    con.execute("BEGIN TRANSACTION")
    try:
        previous = dict(
            con.execute(
                f"SELECT d.source_file, d.doc_id FROM {DOCUMENTS} d JOIN batch_files b USING (source_file) "
                "WHERE d.is_current"
            ).fetchall()
        )
        con.execute(
            f"UPDATE {DOCUMENTS} SET is_current = false, changed_at = ? "
            "WHERE is_current AND source_file IN (SELECT source_file FROM batch_files)",
            [changed_at],
        )
        con.execute(
            f"DELETE FROM {DOCUMENTS} d WHERE EXISTS (SELECT 1 FROM batch_files b "
            "WHERE b.source_file = d.source_file AND b.content_key = coalesce(d.content_key, d.doc_id))"
        )
        _insert_frame(con, DOCUMENTS, documents, loaded_at, is_current=True, changed_at=changed_at,
                      extractor_version=extractor_version())
        for table, frame in facts.items():
            con.execute(f"DELETE FROM {_quote(table)} WHERE source_file IN (SELECT source_file FROM batch_files)")
            _insert_frame(con, table, frame, loaded_at)
        con.execute(f"INSERT INTO {TEXTS} SELECT doc_id, text FROM batch_texts ON CONFLICT DO NOTHING")
        if before_commit is not None:
            before_commit()
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("batch_files")
        con.unregister("batch_texts")
    rows = {t: frame.group_by("source_file").len() for t, frame in facts.items()}
    counts = {t: dict(zip(r["source_file"], r["len"], strict=True)) for t, r in rows.items()}
    return [
        LoadResult(
            name,
            e.doc_id,
            {t: counts[t].get(name, 0) for t in FACT_TABLES},
            previous.get(name) if previous.get(name) != e.doc_id else None,
        )
        for name, e in extractions
    ]


def record_rejection(
    con: duckdb.DuckDBPyConnection,
    source_file: str,
    content_sha256: str,
    reason: str,
    code: str,
    seen_at: dt.datetime | None = None,
) -> None:
    """Upsert a rejected file version (with the extractor version that refused it); the file's last
    good facts are left untouched."""
    seen_at = seen_at or now()
    ensure_schema(con)
    con.execute(
        f"""INSERT INTO {REJECTED}
                (source_file, content_sha256, reason, code, first_seen, last_seen, extractor_version)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (source_file, content_sha256)
            DO UPDATE SET reason = excluded.reason, code = excluded.code, last_seen = excluded.last_seen,
                          extractor_version = excluded.extractor_version""",
        [source_file, content_sha256, reason, code, seen_at, seen_at, extractor_version()],
    )


def retire_missing(con: duckdb.DuckDBPyConnection, present_files: Iterable[str]) -> list[str]:
    """Mark as not current the documents whose file left the raw folder; return their names.

    Facts are kept (history stays queryable); marts read only current documents' facts.
    """
    ensure_schema(con)
    present = pl.DataFrame({"source_file": sorted(set(present_files))}, schema={"source_file": pl.String()})
    con.register("present_files", present.to_arrow())
    try:
        retired = con.execute(
            f"""UPDATE {DOCUMENTS} SET is_current = false, changed_at = ?
                WHERE is_current AND source_file NOT IN (SELECT source_file FROM present_files)
                RETURNING source_file""",
            [now()],
        ).fetchall()
    finally:
        con.unregister("present_files")
    return sorted({r[0] for r in retired})


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] = ()) -> pl.DataFrame:
    """Run a read query and return a polars frame."""
    return con.sql(sql, params=list(params)).pl()


def _one(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] = ()) -> tuple | None:
    # fetchall, not fetchone: DuckDB 2 keeps a half-read result open and refuses register() after it.
    rows = con.execute(sql, list(params)).fetchall()
    return rows[0] if rows else None


def now() -> dt.datetime:
    # Naive UTC: DuckDB TIMESTAMP has no zone, and every writer uses the same convention.
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# --- reads -----------------------------------------------------------------------------------


def table_exists(con: duckdb.DuckDBPyConnection, table: str, schema: str = "main") -> bool:
    return (
        _one(
            con,
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
            [schema, table],
        )[0]
        > 0
    )


def row_counts(con: duckdb.DuckDBPyConnection, tables: Sequence[str], *, current_only: bool = True) -> dict[str, int]:
    """Rows per raw table (facts of current documents only, by default); missing table → 0."""
    counts = {}
    for table in tables:
        if not table_exists(con, table):
            counts[table] = 0
        elif current_only and table in RAW_TABLES:
            counts[table] = _one(
                con,
                f"SELECT count(*) FROM {_quote(table)} t WHERE EXISTS (SELECT 1 FROM {DOCUMENTS} d "
                "WHERE d.doc_id = t.doc_id AND d.source_file = t.source_file AND d.is_current)",
            )[0]
        else:
            counts[table] = _one(con, f"SELECT count(*) FROM {_quote(table)}")[0]
    return counts


def mart_tables(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(schema, table) of every dbt mart (``mart_*`` table or view) in the warehouse."""
    return [
        tuple(r)
        for r in con.execute(
            "SELECT table_schema, table_name FROM information_schema.tables "
            "WHERE table_name LIKE 'mart\\_%' ESCAPE '\\' ORDER BY table_name"
        ).fetchall()
    ]


def mart_row_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {
        name: _one(con, f"SELECT count(*) FROM {_quote(schema)}.{_quote(name)}")[0] for schema, name in mart_tables(con)
    }


def settled_versions(con: duckdb.DuckDBPyConnection, *, reextract: bool = False) -> set[tuple[str, str]]:
    """(source_file, content key) pairs needing no new load: the current version of each file (its
    report bytes + sidecar, ``raw_units.content_key``), and every report content that was rejected
    (a rejection is about the report's own bytes: without a sidecar its key is its sha256).

    ``reextract``: only those read or refused by this extractor version (``extraction/version.py``),
    so that documents older rules read are extracted again."""
    pairs: set[tuple[str, str]] = set()
    rules_clause = " AND extractor_version IS NOT DISTINCT FROM ?" if reextract else ""
    params = [extractor_version()] if reextract else []
    for table, key_sql, current_clause in (
        (DOCUMENTS, "coalesce(content_key, doc_id)", " WHERE is_current"),
        (REJECTED, "content_sha256", " WHERE true"),
    ):
        # (a warehouse older than the column: every row is of other rules, none is settled for a re-read)
        if table_exists(con, table) and not (reextract and "extractor_version" not in _column_names(con, table)):
            pairs |= set(
                con.execute(
                    f"SELECT source_file, {key_sql} FROM {_quote(table)}{current_clause}{rules_clause}", params
                ).fetchall()
            )
    return pairs


def _column_names(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    return {
        r[0]
        for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ?",
            [table],
        ).fetchall()
    }


def outdated_documents(con: duckdb.DuckDBPyConnection) -> int:
    """Current documents that another extractor version read (``baocao run --reextract`` reads them again)."""
    if not table_exists(con, DOCUMENTS):
        return 0
    if "extractor_version" not in _column_names(con, DOCUMENTS):
        return _one(con, f"SELECT count(*) FROM {DOCUMENTS} WHERE is_current")[0]
    return _one(
        con,
        f"SELECT count(*) FROM {DOCUMENTS} WHERE is_current AND extractor_version IS DISTINCT FROM ?",
        [extractor_version()],
    )[0]


def loaded_since(con: duckdb.DuckDBPyConnection, since: dt.datetime) -> pl.DataFrame:
    """Current documents loaded at or after ``since`` (a run's start): file, place and period."""
    if not table_exists(con, DOCUMENTS):
        columns = ("source_file", "province", "locality", "period", "placement", "sidecar_file", "sidecar_error")
        return pl.DataFrame(schema={c: pl.String() for c in columns})
    return _frame(
        con,
        f"""SELECT source_file, province, locality,
                   coalesce(CAST(period_start AS VARCHAR), '?') || '..' || coalesce(CAST(period_end AS VARCHAR), '?')
                     AS period,
                   placement, sidecar_file, sidecar_error
            FROM {DOCUMENTS} WHERE is_current AND loaded_at >= ? ORDER BY source_file""",
        [since],
    )


def current_documents(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    if not table_exists(con, DOCUMENTS):
        return pl.DataFrame(schema={"source_file": pl.String(), "doc_id": pl.String()})
    return _frame(con, f"SELECT * FROM {DOCUMENTS} WHERE is_current ORDER BY source_file")


def rejections(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    if not table_exists(con, REJECTED):
        return pl.DataFrame(
            schema={
                "source_file": pl.String(),
                "content_sha256": pl.String(),
                "reason": pl.String(),
                "code": pl.String(),
            }
        )
    return _frame(con, f"SELECT * FROM {REJECTED} ORDER BY source_file, last_seen")


def unreflected_files(
    con: duckdb.DuckDBPyConnection, files: dict[str, str], content_keys: dict[str, str] | None = None
) -> pl.DataFrame:
    """Raw files (name → content sha256) whose current content was neither loaded nor rejected.

    ``content_keys`` (name → key of the report + its sidecar, default: its sha256): a report whose
    sidecar changed since its load is not reflected yet.
    """
    keys = content_keys or {}
    expected = pl.DataFrame(
        {
            "source_file": list(files),
            "content_sha256": list(files.values()),
            "content_key": [keys.get(name, sha) for name, sha in files.items()],
        },
        schema={"source_file": pl.String(), "content_sha256": pl.String(), "content_key": pl.String()},
    )
    if not table_exists(con, DOCUMENTS):
        return expected.drop("content_key").with_columns(pl.lit(None, pl.String()).alias("loaded_doc_id"))
    has_rejections = table_exists(con, REJECTED)
    con.register("expected_files", expected.to_arrow())
    try:
        rejected_clause = (
            (
                f"OR EXISTS (SELECT 1 FROM {REJECTED} r WHERE r.source_file = e.source_file "
                "AND r.content_sha256 = e.content_sha256)"
            )
            if has_rejections
            else ""
        )
        return _frame(
            con,
            f"""SELECT e.source_file, e.content_sha256, d.doc_id AS loaded_doc_id
                FROM expected_files e
                LEFT JOIN {DOCUMENTS} d ON d.source_file = e.source_file AND d.is_current
                WHERE NOT (coalesce(coalesce(d.content_key, d.doc_id) = e.content_key, false) {rejected_clause})
                ORDER BY e.source_file""",
        )
    finally:
        con.unregister("expected_files")


def newest_period_end(con: duckdb.DuckDBPyConnection) -> dt.date | None:
    if not table_exists(con, DOCUMENTS):
        return None
    return _one(con, f"SELECT max(period_end) FROM {DOCUMENTS} WHERE is_current")[0]


def facts_frame(con: duckdb.DuckDBPyConnection, table: str) -> pl.DataFrame:
    if not table_exists(con, table):
        return pl.DataFrame(schema={c: t for c, t in table_schema(table).items()})
    return _frame(con, f"SELECT * FROM {_quote(table)}")


# --- quality checks: each returns the offending rows (empty frame = pass); the fact checks look
# at the facts loaded after ``since`` (all when None) ---------------------------------------------


def _loaded_after(since: dt.datetime | None) -> tuple[str, list[object]]:
    """SQL condition (and its parameters) for the facts a check looks at."""
    if since is None:
        return "true", []
    return "loaded_at > ?", [since]


def newest_load(con: duckdb.DuckDBPyConnection, table: str) -> dt.datetime | None:
    """When the newest row of ``table`` was loaded (None when it is empty or missing)."""
    if not table_exists(con, table):
        return None
    return con.execute(f"SELECT max(loaded_at) FROM {_quote(table)}").fetchone()[0]


def facts_loaded_after(con: duckdb.DuckDBPyConnection, table: str, since: dt.datetime | None) -> int:
    if not table_exists(con, table):
        return 0
    where, params = _loaded_after(since)
    return con.execute(f"SELECT count(*) FROM {_quote(table)} WHERE {where}", params).fetchone()[0]


def check_watermark(con: duckdb.DuckDBPyConnection, check_key: str) -> dt.datetime | None:
    """``loaded_at`` of the newest fact the check had seen when it last passed (None: never).

    The fact checks are row-local (a fact's span, value, evidence) or compare new rows with the
    whole table (duplicate ids), so a pass over the facts loaded since the last pass is a pass
    over the table: facts are only ever added or deleted with their file, never edited. A failed
    evaluation keeps the mark, so its facts are looked at again until their file is replaced.
    """
    row = con.execute(f"SELECT checked_through FROM {WATERMARKS} WHERE check_key = ?", [check_key]).fetchone()
    return row[0] if row else None


def advance_watermark(con: duckdb.DuckDBPyConnection, check_key: str, through: dt.datetime) -> None:
    con.execute(
        f"""INSERT INTO {WATERMARKS} VALUES (?, ?, ?) ON CONFLICT (check_key)
            DO UPDATE SET checked_through = excluded.checked_through, checked_at = excluded.checked_at""",
        [check_key, through, now()],
    )


def duplicate_fact_ids(con: duckdb.DuckDBPyConnection, table: str, since: dt.datetime | None = None) -> pl.DataFrame:
    """fact_ids that are null or appear more than once in ``table`` (among those of the facts
    loaded after ``since``: a new fact's id is compared with every row)."""
    if not table_exists(con, table):
        return pl.DataFrame(schema={"fact_id": pl.String(), "n": pl.Int64()})
    where, params = _loaded_after(since)
    return _frame(
        con,
        f"""SELECT fact_id, count(*) AS n FROM {_quote(table)}
            WHERE {where} OR fact_id IN (SELECT fact_id FROM {_quote(table)} WHERE {where})
            GROUP BY fact_id
            HAVING fact_id IS NULL OR count(*) > 1 ORDER BY n DESC LIMIT 1000""",
        params * 2,
    )


def evidence_mismatches(con: duckdb.DuckDBPyConnection, table: str, since: dt.datetime | None = None) -> pl.DataFrame:
    """Facts whose span is outside the document text or whose evidence != text[start:end].

    Compared in Python, where a ``str`` slice is the contract's offset (code points) and costs
    the same wherever the span lies. (DuckDB's ``substring`` counts code points too, but walks
    the text from its start for every fact: 53 s for the 700,000 indicator facts of 10,000
    reports.) The texts are read in one streaming scan, EVIDENCE_CHECK_DOCUMENTS at a time with
    their facts, so memory holds one such slice at a time.
    """
    out_schema = {
        "fact_id": pl.String(),
        "source_file": pl.String(),
        "char_start": pl.Int64(),
        "char_end": pl.Int64(),
        "problem": pl.String(),
    }
    if not table_exists(con, table):
        return pl.DataFrame(schema=out_schema)
    where, params = _loaded_after(since)
    in_scope = f"SELECT doc_id FROM {_quote(table)} WHERE {where}"
    # One streaming scan of the texts (no sort: a sorted scan would hold them all), and for each
    # slice of texts the facts of those documents, on a second cursor.
    if since is None:
        texts = con.cursor().execute(f"SELECT doc_id, text FROM {TEXTS} WHERE doc_id IN ({in_scope})", params)
    else:  # the facts of a few documents: their ids as a list, so the scan reads only their texts
        # (as a semi-join, DuckDB read every text: 0.4 s per fact table at 10,000 reports)
        doc_ids = [r[0] for r in con.execute(f"SELECT DISTINCT doc_id FROM ({in_scope})", params).fetchall()]
        texts = con.cursor().execute(f"SELECT doc_id, text FROM {TEXTS} WHERE doc_id = ANY(?)", [doc_ids])
    bad: list[tuple[object, ...]] = []
    while slice_ := texts.fetchmany(EVIDENCE_CHECK_DOCUMENTS):
        by_doc = dict(slice_)
        facts = con.execute(
            f"""SELECT fact_id, source_file, char_start::BIGINT, char_end::BIGINT, evidence, doc_id
                FROM {_quote(table)} WHERE {where} AND doc_id IN (SELECT unnest(?))""",
            [*params, list(by_doc)],
        ).fetchall()
        for fact_id, source_file, start, end, evidence, doc_id in facts:
            text = by_doc[doc_id]
            if start is None or end is None or not 0 <= start < end <= len(text):
                span = f"[{'None' if start is None else start}, {'None' if end is None else end})"
                bad.append((fact_id, source_file, start, end, f"span {span} outside text of {len(text)} chars"))
            elif text[start:end] != evidence:
                bad.append((fact_id, source_file, start, end, "evidence != text[char_start:char_end]"))
    texts.close()
    orphans = con.execute(  # facts whose document text is missing
        f"""SELECT fact_id, source_file, char_start::BIGINT, char_end::BIGINT FROM {_quote(table)} f
            WHERE {where} AND NOT EXISTS (SELECT 1 FROM {TEXTS} t WHERE t.doc_id = f.doc_id) LIMIT 1000""",
        params,
    ).fetchall()
    bad += [(*row, "document text not stored") for row in orphans]
    bad.sort(key=lambda r: (str(r[1]), -1 if r[2] is None else r[2], str(r[0])))
    return pl.DataFrame(bad[:1000], schema=out_schema, orient="row")


_NUMBER_WORDS = re.compile(
    r"\b(một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ|nửa|rưỡi)\b",
    re.IGNORECASE,
)


def _covers(evidence: str | None, value: float | None, name: str | None) -> bool:
    if evidence is None:
        return False
    if value is not None:
        return bool(re.search(r"\d", evidence) or _NUMBER_WORDS.search(evidence))
    if name:  # project event rows without a figure: the span covers the project name
        # line breaks and NFD in the source (the name is read on the NFC text)
        squash = lambda s: unicodedata.normalize("NFC", " ".join(s.split())).casefold()  # noqa: E731
        return squash(name) in squash(evidence)
    return True


def evidence_not_covering(con: duckdb.DuckDBPyConnection, table: str, since: dt.datetime | None = None) -> pl.DataFrame:
    """Facts whose evidence is too long or does not contain a number (or the project name)."""
    out_schema = {
        "fact_id": pl.String(),
        "source_file": pl.String(),
        "evidence": pl.String(),
        "problem": pl.String(),
    }
    if not table_exists(con, table):
        return pl.DataFrame(schema=out_schema)
    name_col = "project_name" if table == "projects" else "NULL"
    where, params = _loaded_after(since)
    cursor = con.execute(
        f"SELECT fact_id, source_file, evidence, value, {name_col} FROM {_quote(table)} WHERE {where}", params
    )
    bad = []
    while rows := cursor.fetchmany(50_000):  # in slices: a million facts never sit in Python at once
        for fact_id, source_file, evidence, value, name in rows:
            if evidence is not None and len(evidence) > MAX_EVIDENCE_CHARS:
                bad.append((fact_id, source_file, evidence[:120], f"evidence longer than {MAX_EVIDENCE_CHARS}"))
            elif not _covers(evidence, value, name):
                bad.append((fact_id, source_file, (evidence or "")[:120], "evidence does not cover the figure"))
    return pl.DataFrame(bad, schema=out_schema, orient="row")


# What may be below zero (a loss, a deficit, a balance): a negative amount in a sentence that names
# one is what the text says (a profit of "-98 tỷ đồng" a year before), not a list dash read as a sign.
_SIGNED_AMOUNT = re.compile(rf"(?<!\w)(?:{word_source('signed_amounts')})(?!\w)", re.IGNORECASE)


def implausible_values(con: duckdb.DuckDBPyConnection, table: str, since: dt.datetime | None = None) -> pl.DataFrame:
    """Percentages outside [-100, 10000] and negative money levels (but those of a loss, a deficit or
    a balance, which a sentence may state below zero)."""
    out_schema = {
        "fact_id": pl.String(),
        "source_file": pl.String(),
        "value": pl.Float64(),
        "unit": pl.String(),
        "problem": pl.String(),
    }
    if not table_exists(con, table):
        return pl.DataFrame(schema=out_schema)
    level = {  # which rows are amounts (levels) rather than changes
        "indicators": "metric IN ('level', 'target')",
        "budgets": "measure IN ('actual', 'plan')",
        "projects": "measure IN ('total_investment', 'disbursed', 'plan')",
        "disasters": "true",
    }[table]
    where, params = _loaded_after(since)
    rows = con.cursor().execute(  # (its own cursor: the loop may stop before the last row)
        f"""SELECT fact_id, source_file, value, unit,
                   CASE WHEN unit = 'pct' THEN 'percentage out of range' ELSE 'negative money level' END
                     AS problem, evidence
            FROM {_quote(table)}
            WHERE {where} AND ((unit = 'pct' AND NOT value BETWEEN ? AND ?)
               OR (unit IN ('VND', 'USD') AND value < 0 AND {level}))
            ORDER BY source_file, fact_id""",
        [*params, *PCT_RANGE],
    )
    bad = []
    while len(bad) < 1000 and (some := rows.fetchmany(1000)):
        bad += [
            row[:5] for row in some
            if row[3] == "pct" or not (row[5] and _SIGNED_AMOUNT.search(row[5]))
        ]
    rows.close()
    return pl.DataFrame(bad[:1000], schema=out_schema, orient="row")


def multiple_current_versions(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Files with more than one current ``documents`` row (must never happen)."""
    if not table_exists(con, DOCUMENTS):
        return pl.DataFrame(schema={"source_file": pl.String(), "n": pl.Int64()})
    return _frame(
        con,
        f"""SELECT source_file, count(*) AS n FROM {DOCUMENTS} WHERE is_current
            GROUP BY source_file HAVING count(*) > 1""",
    )


# --- placement (issue #10): documents loaded without a known province or period --------------


def unplaced_documents(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Current documents not fully placed, with what is missing and how many facts they hold.

    Callers run ``ensure_schema`` first (the four fact tables exist)."""
    out_schema = {
        "source_file": pl.String(),
        "placement": pl.String(),
        "province": pl.String(),
        "period_start": pl.Date(),
        "period_source": pl.String(),
        "place_source": pl.String(),
        "sidecar_file": pl.String(),
        "sidecar_error": pl.String(),
        "n_facts": pl.Int64(),
    }
    if not table_exists(con, DOCUMENTS):
        return pl.DataFrame(schema=out_schema)
    return _frame(
        con,
        f"""SELECT source_file, placement, province, period_start, period_source, place_source,
                   sidecar_file, sidecar_error, coalesce(n.n_facts, 0)::BIGINT AS n_facts
            FROM {DOCUMENTS} d
            LEFT JOIN ({_FACTS_PER_DOCUMENT}) n USING (source_file, doc_id)
            WHERE d.is_current AND coalesce(d.placement, 'placed') <> 'placed'
            ORDER BY source_file""",
    )


# How many facts each loaded document version holds, over the four fact tables (a literal subquery).
_FACTS_PER_DOCUMENT = """SELECT source_file, doc_id, count(*) AS n_facts FROM (
    SELECT source_file, doc_id FROM indicators UNION ALL
    SELECT source_file, doc_id FROM budgets UNION ALL
    SELECT source_file, doc_id FROM projects UNION ALL
    SELECT source_file, doc_id FROM disasters)
GROUP BY source_file, doc_id"""


def documents_without_facts(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Current documents that loaded with no fact: numbers are written in them, but no rule read one
    as a figure (a text to look at: a phrasing to teach the rules, or not a report after all).

    Callers run ``ensure_schema`` first (the four fact tables exist)."""
    if not table_exists(con, DOCUMENTS):
        return pl.DataFrame(schema={"source_file": pl.String(), "doc_type": pl.String(), "char_count": pl.Int64()})
    return _frame(
        con,
        f"""SELECT source_file, doc_type, char_count::BIGINT AS char_count
            FROM {DOCUMENTS} d
            ANTI JOIN ({_FACTS_PER_DOCUMENT}) n USING (source_file, doc_id)
            WHERE d.is_current
            ORDER BY source_file""",
    )


def sidecar_conflicts(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Current documents whose sidecar contradicts their text (the text won)."""
    if not table_exists(con, DOCUMENTS):
        return pl.DataFrame(
            schema={"source_file": pl.String(), "sidecar_file": pl.String(), "sidecar_conflicts": pl.String()}
        )
    return _frame(
        con,
        f"""SELECT source_file, sidecar_file, sidecar_conflicts FROM {DOCUMENTS}
            WHERE is_current AND sidecar_conflicts IS NOT NULL ORDER BY source_file""",
    )


def unusable_sidecars(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Current documents loaded without their sidecar because it could not be used."""
    if not table_exists(con, DOCUMENTS):
        return pl.DataFrame(
            schema={"source_file": pl.String(), "sidecar_file": pl.String(), "sidecar_error": pl.String()}
        )
    return _frame(
        con,
        f"""SELECT source_file, sidecar_file, sidecar_error FROM {DOCUMENTS}
            WHERE is_current AND sidecar_error IS NOT NULL ORDER BY source_file""",
    )
