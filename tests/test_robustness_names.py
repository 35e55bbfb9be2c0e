"""Issue #5, behaviour 5: file names with spaces, diacritics, quotes, ``#``, ``;``, ``--`` or SQL
keywords are only data. A full load of such files (real runs, real warehouse) keeps them under
their exact names; an audit of the code proves no SQL is built by pasting a name or text."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from orchestration.definitions import build_defs
from orchestration.extraction import FACT_TABLES
from tests.fixtures.bad_files import TRICKY_NAMES
from tests.robustness import ROOT, SMALL_SAMPLE, fact_signature, ingest, query

TABLES_BEFORE = {"documents", "rejected_documents", "document_texts", "check_watermarks", *FACT_TABLES}


def test_hostile_file_names_load_under_their_exact_names(project_env, instance):
    raw = project_env.raw
    report = (raw / SMALL_SAMPLE).read_bytes()
    names = [*TRICKY_NAMES, "SELECT 1; --.txt", "x' OR '1'='1.txt", 'Robert"); DROP TABLE "indicators"; --.txt']
    for name in names:
        (raw / name).write_bytes(report)
    defs = build_defs(raw, project_env.warehouse)
    results = ingest(defs, instance, SMALL_SAMPLE, *names)
    assert all(r.success for r in results)
    wh = project_env.warehouse

    # nothing was dropped or deleted by a name; every name is stored byte for byte
    tables = {r[0] for r in query(wh, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")}
    assert tables == TABLES_BEFORE
    stored = {r[0] for r in query(wh, "SELECT source_file FROM documents WHERE is_current")}
    assert stored == {SMALL_SAMPLE, *names}
    original = {t: fact_signature(wh, t, SMALL_SAMPLE) for t in FACT_TABLES}
    for name in names:
        for table in FACT_TABLES:
            assert fact_signature(wh, table, name) == original[table], (name, table)
    # the partition key and the fact ids name the exact file too
    assert set(instance.get_dynamic_partitions("raw_reports")) == {SMALL_SAMPLE, *names}
    n_ids = query(wh, "SELECT count(DISTINCT fact_id), count(*) FROM indicators")[0]
    assert n_ids[0] == n_ids[1]


# --- audit: SQL text is code; values (names, report text, paths) travel as parameters ----------

SQL_CALLS = {"execute", "executemany", "sql", "query"}  # con.<call>(sql, params)
SQL_HELPERS = {"_frame": 1, "_one": 1}  # warehouse.py helpers: (con, sql, params)
# identifier / literal quoting of code-made names and paths (publish._part_of, _group_part_of: md5 of
# _ident()-quoted columns)
QUOTERS = {"_quote", "_ident", "_literal", "_part_of", "_group_part_of"}
# Everything else interpolated into SQL text, reviewed: table-name constants and fragments built
# only from constants, schema.py column names and quoted identifiers — never from input.
REVIEWED = {
    "DOCUMENTS",
    "REJECTED",
    "TEXTS",
    "WATERMARKS",  # table names (constants)
    "where",
    "in_scope",  # warehouse._loaded_after: a condition on loaded_at (a parameter) or "true"
    "body",
    "cols",
    "extra_cols",
    "extra_params",
    "sql_type",  # column lists from schema.py
    "_FACTS_PER_DOCUMENT",  # warehouse: a literal subquery counting each document's facts
    "view",  # f"incoming_{table}" (table from schema.py)
    "name_col",
    "level",
    "rejected_clause",  # SQL fragments chosen from literals in code
    "src",
    "dst",
    "relation",  # publish.py: _ident()-quoted catalog/schema/table names
    "GROUP_KEY",
    "BUILT_AT",
    "rebuilt",
    "new_rows",  # publish.py: column names that are constants in the code, and conditions on them
    "parts",  # publish.py: list(DISTINCT <_part_of() / _group_part_of()>) or an empty list literal
    "key_sql",
    "current_clause",
    "rules_clause",  # warehouse.settled_versions: a key column and conditions chosen from literals in code
}


def _interpolations(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        if isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS:
            sql = node.args[0]
        elif isinstance(node.func, ast.Name) and node.func.id in SQL_HELPERS and len(node.args) > 1:
            sql = node.args[SQL_HELPERS[node.func.id]]
        else:
            continue
        if isinstance(sql, ast.Constant | ast.Name) and (not isinstance(sql, ast.Name) or sql.id == "sql"):
            continue  # a literal, or the helpers' own pass-through parameter
        if isinstance(sql, ast.BinOp | ast.Call | ast.Name):
            found.append((node.lineno, f"SQL built by {ast.unparse(sql)[:60]}"))
            continue
        for part in sql.values if isinstance(sql, ast.JoinedStr) else []:
            if not isinstance(part, ast.FormattedValue):
                continue
            expr = part.value
            if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id in QUOTERS:
                continue
            if isinstance(expr, ast.Name) and expr.id in REVIEWED:
                continue
            found.append((node.lineno, ast.unparse(expr)))
    return found


def test_no_sql_is_built_from_names_or_text():
    python = [
        ROOT / "orchestration" / "warehouse.py",
        ROOT / "orchestration" / "publish.py",
        ROOT / "orchestration" / "cli.py",
    ]
    python += sorted((ROOT / "orchestration" / "defs").rglob("*.py"))
    problems = {str(p.relative_to(ROOT)): _interpolations(p) for p in python}
    assert not {k: v for k, v in problems.items() if v}, problems
    # %-formatting or .format() of SQL would slip past the f-string audit: there is none
    for path in python:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(SELECT|INSERT|UPDATE|DELETE)[^\n]*\"\s*%\s*\(", text), path
        assert not re.search(r"(SELECT|INSERT|UPDATE|DELETE)[^\n]*\.format\(", text), path
    # dbt: models and macros never turn data into SQL (no run_query / vars / env in SQL)
    for path in [*(ROOT / "dbt" / "models").rglob("*.sql"), *(ROOT / "dbt" / "macros").rglob("*.sql")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"run_query|env_var\(|\bvar\(|execute\b", text), path
