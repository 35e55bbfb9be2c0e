"""One dynamic partition per report file in the raw folder (partition key = file name)."""

import dagster as dg

from orchestration.defs.config import RAW_REPORTS_PARTITIONS

raw_reports_partitions = dg.DynamicPartitionsDefinition(name=RAW_REPORTS_PARTITIONS)
