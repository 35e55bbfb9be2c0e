"""One dynamic partition per report file in the raw folder (partition key = file name)."""

from collections.abc import Iterable

import dagster as dg

from orchestration.settings import RAW_REPORTS_PARTITIONS

raw_reports_partitions = dg.DynamicPartitionsDefinition(name=RAW_REPORTS_PARTITIONS)


PartitionRequest = dg.AddDynamicPartitionsRequest | dg.DeleteDynamicPartitionsRequest


def partition_requests(
    registered: Iterable[str], to_register: Iterable[str], present: Iterable[str]
) -> list[PartitionRequest]:
    """What makes the partitions match the raw folder: add the report names in ``to_register`` not
    yet registered, delete the registered names no longer ``present``.

    The one place that syncs the folder to partitions: ``raw_folder_sensor`` returns these
    requests (it registers only settled files, and keeps those still being written), ``baocao
    run`` applies them (``apply_partition_requests``) with every report file as both.
    """
    known = set(registered)
    to_add = sorted(set(to_register) - known)
    to_delete = sorted(known - set(present))
    requests: list[PartitionRequest] = []
    if to_add:
        requests.append(dg.AddDynamicPartitionsRequest(RAW_REPORTS_PARTITIONS, to_add))
    if to_delete:
        requests.append(dg.DeleteDynamicPartitionsRequest(RAW_REPORTS_PARTITIONS, to_delete))
    return requests


def apply_partition_requests(instance: dg.DagsterInstance, requests: Iterable[PartitionRequest]) -> None:
    """Apply sensor-style partition requests directly (what the daemon does with a sensor's)."""
    for request in requests:
        if isinstance(request, dg.AddDynamicPartitionsRequest):
            instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))
        else:
            for key in request.partition_keys:
                instance.delete_dynamic_partition(request.partitions_def_name, key)
