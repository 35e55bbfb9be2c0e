"""``raw_report``: one file of the raw folder as seen at run time (hash, size, preview)."""

import datetime as dt
import hashlib

import dagster as dg

from orchestration.defs.partitions import raw_reports_partitions
from orchestration.defs.resources import RawFolder

PREVIEW_CHARS = 600


@dg.asset(
    partitions_def=raw_reports_partitions,
    group_name="raw",
    kinds={"file"},
    description="A report file dropped into the raw folder (partition key = file name). "
    "Records its content hash as the data version; the file itself stays where it is.",
)
def raw_report(context: dg.AssetExecutionContext, raw_folder: RawFolder) -> dg.MaterializeResult:
    name = context.partition_key
    path = raw_folder.file_path(name)
    if not path.is_file():
        raise dg.Failure(f"{name}: no such file in {raw_folder.path} (removed before the run started?)")
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    preview = data[: PREVIEW_CHARS * 4].decode("utf-8", errors="replace")[:PREVIEW_CHARS]
    return dg.MaterializeResult(
        data_version=dg.DataVersion(sha),
        metadata={
            "path": dg.MetadataValue.path(str(path)),
            "content_sha256": sha,
            "bytes": len(data),
            "modified": dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).isoformat(),
            "preview": dg.MetadataValue.md(f"```text\n{preview}\n```"),
        },
    )
