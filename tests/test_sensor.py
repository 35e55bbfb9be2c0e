"""The raw-folder sensor: new, changed, unchanged, removed files; cursor and run keys."""

from __future__ import annotations

import hashlib
import json

import dagster as dg
import pytest

from orchestration.defs.resources import RawFolder
from orchestration.defs.sensors import raw_folder_sensor
from orchestration.settings import RAW_REPORTS_PARTITIONS

# A report arriving alone is loaded and published in one run; a burst gets ingest-only runs.
INGEST_JOBS = {"ingest_and_refresh_job", "ingest_report_job"}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Tick:
    """Evaluates the sensor like the daemon does: cursor and partition requests carry over."""

    def __init__(self, instance: dg.DagsterInstance, raw_folder: RawFolder) -> None:
        self.instance, self.raw_folder, self.cursor = instance, raw_folder, None

    def __call__(self) -> dg.SensorResult:
        context = dg.build_sensor_context(
            instance=self.instance, cursor=self.cursor, resources={"raw_folder": self.raw_folder}
        )
        result = raw_folder_sensor(context)
        for request in result.dynamic_partitions_requests or []:
            if isinstance(request, dg.AddDynamicPartitionsRequest):
                self.instance.add_dynamic_partitions(request.partitions_def_name, request.partition_keys)
            else:
                for key in request.partition_keys:
                    self.instance.delete_dynamic_partition(request.partitions_def_name, key)
        self.cursor = result.cursor
        return result

    def settled(self) -> dg.SensorResult:
        """Two evaluations: new or changed content is only requested once it held still."""
        first = self()
        assert not [r for r in first.run_requests if r.job_name in INGEST_JOBS], "requested unsettled file"
        return self()


@pytest.fixture
def tick(project_env, instance) -> Tick:
    return Tick(instance, RawFolder(path=str(project_env.raw)))


def partitions(instance: dg.DagsterInstance) -> list[str]:
    return sorted(instance.get_dynamic_partitions(RAW_REPORTS_PARTITIONS))


def ingest_requests(result: dg.SensorResult) -> dict[str, dg.RunRequest]:
    return {r.partition_key: r for r in result.run_requests if r.job_name in INGEST_JOBS}


def test_new_files_get_partitions_and_runs(project_env, instance, tick):
    names = sorted(p.name for p in project_env.raw.iterdir())
    (project_env.raw / ".hidden.txt").write_text("not a report")  # ignored
    result = tick.settled()
    assert partitions(instance) == names
    requests = ingest_requests(result)
    assert sorted(requests) == names
    for name, request in requests.items():
        content_sha = sha((project_env.raw / name).read_bytes())
        assert request.run_key.startswith(f"{name}:{content_sha}:")
        assert request.tags["baocao/change"] == "new"
    cursor = json.loads(result.cursor)
    assert cursor["files"] == {n: sha((project_env.raw / n).read_bytes()) for n in names}


def test_unchanged_folder_requests_nothing(tick):
    tick.settled()
    result = tick()
    assert result.run_requests == []
    assert not result.dynamic_partitions_requests
    assert result.skip_reason is not None


def test_changed_file_is_rerun_with_new_content_key(project_env, tick):
    tick.settled()
    target = sorted(project_env.raw.iterdir())[0]
    original = target.read_bytes()
    target.write_bytes(original + b"\nPhu luc.\n")
    result = tick.settled()
    requests = ingest_requests(result)
    assert list(requests) == [target.name]
    assert requests[target.name].run_key.startswith(f"{target.name}:{sha(target.read_bytes())}:")
    assert requests[target.name].tags["baocao/change"] == "changed"


def test_file_edited_back_and_forth_gets_a_fresh_run_key(project_env, tick):
    """A → B → A: the third content equals the first, yet must run again (unique run key)."""
    tick.settled()
    target = sorted(project_env.raw.iterdir())[0]
    original = target.read_bytes()
    keys = []
    for content in (original + b"\nB\n", original):
        target.write_bytes(content)
        keys.append(ingest_requests(tick.settled())[target.name].run_key)
    first_key = keys[-1]
    assert first_key.startswith(f"{target.name}:{sha(original)}:")
    assert len(set(keys)) == 2
    # and it differs from the key of the very first run of that same content
    target.write_bytes(original + b"\nB\n")
    assert ingest_requests(tick.settled())[target.name].run_key not in keys


def test_removed_file_deletes_partition_and_requests_retirement(project_env, instance, tick):
    tick.settled()
    gone = sorted(project_env.raw.iterdir())[0]
    gone.unlink()
    result = tick()
    assert gone.name not in partitions(instance)
    assert not ingest_requests(result)
    [retire] = [r for r in result.run_requests if r.job_name == "retire_and_refresh_job"]
    assert gone.name in retire.run_key
    assert gone.name not in json.loads(result.cursor)["files"]
    # the removal is handled once
    assert tick().run_requests == []


def test_partition_deleted_elsewhere_is_re_added(project_env, instance, tick):
    tick.settled()
    name = sorted(project_env.raw.iterdir())[0].name
    instance.delete_dynamic_partition(RAW_REPORTS_PARTITIONS, name)
    result = tick()
    assert name in partitions(instance)
    assert list(ingest_requests(result)) == [name]


def test_files_already_loaded_elsewhere_are_not_rerun(project_env, instance, tick):
    """After `baocao run` loaded the folder into the same instance, a fresh sensor skips it."""
    from orchestration.definitions import build_defs

    defs = build_defs(project_env.raw, project_env.warehouse)
    name = sorted(p.name for p in project_env.raw.iterdir())[0]
    instance.add_dynamic_partitions(RAW_REPORTS_PARTITIONS, [name])
    assert defs.resolve_job_def("ingest_report_job").execute_in_process(partition_key=name, instance=instance).success
    result = tick.settled()
    assert name not in ingest_requests(result)
    assert len(ingest_requests(result)) == len(list(project_env.raw.iterdir())) - 1
    assert name in json.loads(result.cursor)["files"]


def test_sensor_is_registered_in_definitions(project_env):
    from orchestration.definitions import build_defs

    defs = build_defs(project_env.raw, project_env.warehouse)
    sensor = defs.resolve_sensor_def("raw_folder_sensor")
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
    assert {job.name for job in sensor.jobs} == {*INGEST_JOBS, "retire_and_refresh_job"}


def test_a_lone_report_gets_one_run_to_the_marts_a_burst_gets_ingest_runs(project_env, tick):
    burst = ingest_requests(tick.settled())
    assert len(burst) == 3 and {r.job_name for r in burst.values()} == {"ingest_report_job"}
    (project_env.raw / "new.txt").write_bytes((project_env.raw / sorted(burst)[0]).read_bytes() + b"\nThem.\n")
    lone = ingest_requests(tick.settled())
    assert list(lone) == ["new.txt"] and lone["new.txt"].job_name == "ingest_and_refresh_job"
