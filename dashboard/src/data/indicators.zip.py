"""One JSON per indicator page: every province's primary province-level figures, by period."""

import io
import sys
import zipfile

from _snapshot import connect, one, routes, rows, share_sentences, to_json


def indicator_page(con, key: str) -> dict:
    info = one(
        con,
        "SELECT indicator_key AS key, label_vi AS name, level_unit FROM marts.dim_indicator WHERE indicator_key = ?",
        [key],
    )
    facts = rows(
        con,
        """
        SELECT f.province, f.province_name, f.metric, f.value, f.unit, f.qualifier,
               dp.period_key, dp.label AS period_label, dp.period_start, dp.period_end, dp.granularity,
               f.evidence, f.source_file, f.char_start, f.char_end
        FROM marts.mart_indicators f
        JOIN marts.dim_period dp ON dp.period_start = f.period_start AND dp.period_end = f.period_end
        WHERE f.indicator_key = ? AND f.locality IS NULL AND f.is_primary
        ORDER BY dp.period_end DESC, dp.period_start, f.metric, f.value DESC
        """,
        [key],
    )
    return {"indicator": info, "facts": facts}


con = connect()
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
    for indicator in routes()["indicators"]:
        archive.writestr(f"{indicator['key']}.json", to_json(share_sentences(indicator_page(con, indicator["key"]))))
sys.stdout.buffer.write(buffer.getvalue())
