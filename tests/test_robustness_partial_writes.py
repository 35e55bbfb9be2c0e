"""Issue #5, behaviour 4: a file still being copied into the raw folder is never ingested
half-written. Policy (sensors.py): the sensor requests a file only once its size and sha256 were
identical on two consecutive evaluations (and at least BAOCAO_SETTLE_SECONDS apart); temp names
(``*.part``, ``*.tmp``, dotfiles, ``~$*``) are never looked at, by the sensor or by `baocao run`."""

from __future__ import annotations

import json

import dagster as dg
import pytest

from orchestration import settings
from orchestration.defs.resources import RawFolder
from orchestration.defs.sensors import raw_folder_sensor
from orchestration.settings import RAW_REPORTS_PARTITIONS
from tests.robustness import SMALL_SAMPLE, sha


class Sensor:
    """Evaluates raw_folder_sensor like the daemon: the cursor and partition requests carry over."""

    def __init__(self, instance: dg.DagsterInstance, raw) -> None:
        self.instance, self.raw_folder, self.cursor = instance, RawFolder(path=str(raw)), None

    def tick(self) -> dict[str, dg.RunRequest]:
        context = dg.build_sensor_context(
            instance=self.instance, cursor=self.cursor, resources={"raw_folder": self.raw_folder}
        )
        result = raw_folder_sensor(context)
        for request in result.dynamic_partitions_requests or []:
            if isinstance(request, dg.AddDynamicPartitionsRequest):
                self.instance.add_dynamic_partitions(request.partitions_def_name, request.partition_keys)
        self.cursor = result.cursor
        self.skip_reason = result.skip_reason.skip_message if result.skip_reason else ""
        return {r.partition_key: r for r in result.run_requests if r.job_name.startswith("ingest_")}


def test_growing_file_is_requested_only_once_stable(project_env, instance, monkeypatch):
    monkeypatch.delenv(settings.ENV_SETTLE_SECONDS, raising=False)
    for p in project_env.raw.iterdir():
        p.unlink()
    sensor = Sensor(instance, project_env.raw)
    assert sensor.tick() == {}
    report = (settings.PROJECT_ROOT / "raw" / SMALL_SAMPLE).read_bytes()
    target = project_env.raw / "copying.txt"
    temp = project_env.raw / "copying.txt.part"

    # a copy tool writing under a temp name: never looked at, whatever its state
    temp.write_bytes(report[:5000])
    assert sensor.tick() == {} and sensor.tick() == {}

    # a plain `cp` growing the final name: chunk after chunk between evaluations → never requested
    for end in range(4000, len(report), 6000):
        target.write_bytes(report[:end])
        assert sensor.tick() == {}, f"requested a half-written file at {end} bytes"
        assert "copying.txt" in sensor.skip_reason and "stop changing" in sensor.skip_reason
        assert "copying.txt" not in instance.get_dynamic_partitions(RAW_REPORTS_PARTITIONS)

    # the copy finishes: first seen complete → still pending; identical again → requested, once
    target.write_bytes(report)
    assert sensor.tick() == {}
    assert json.loads(sensor.cursor)["pending"]["copying.txt"]["sha256"] == sha(report)
    requests = sensor.tick()
    assert list(requests) == ["copying.txt"]
    assert requests["copying.txt"].run_key.startswith(f"copying.txt:{sha(report)}:")
    assert "copying.txt" in instance.get_dynamic_partitions(RAW_REPORTS_PARTITIONS)
    assert sensor.tick() == {}

    # an in-place rewrite of a known file is held back the same way (its old facts stay meanwhile)
    target.write_bytes(report[:3000])
    assert sensor.tick() == {}
    assert json.loads(sensor.cursor)["files"]["copying.txt"] == sha(report)
    target.write_bytes(report + b"\nPhu luc.\n")
    assert sensor.tick() == {}
    assert list(sensor.tick()) == ["copying.txt"]


def test_settle_seconds_holds_a_file_back_for_a_minimum_time(project_env, instance, monkeypatch):
    monkeypatch.setenv(settings.ENV_SETTLE_SECONDS, "3600")
    sensor = Sensor(instance, project_env.raw)
    assert sensor.tick() == {} and sensor.tick() == {}  # stable, but not for an hour yet
    monkeypatch.setenv(settings.ENV_SETTLE_SECONDS, "0")
    assert len(sensor.tick()) == len(list(project_env.raw.iterdir()))


@pytest.mark.parametrize(
    "name", ["r.txt.part", "r.txt.tmp", ".r.txt.Xa3b9", "~$báo cáo.txt", "r.txt.crdownload", "r.txt~", ".~lock.r.txt#"]
)
def test_temp_names_are_never_reports(name):
    assert not settings.is_report_name(name)
    assert settings.is_report_name("báo cáo; DROP TABLE x; --'#1.txt")
