"""The settle rule's quiet path: a file that nobody has written to for BAOCAO_QUIET_SECONDS is
complete on first sight (one evaluation, not two); a file written to in that window, or while
it is being hashed, is not. The kernel's ctime is the clock: a copy tool cannot set it back."""

from __future__ import annotations

import time

import pytest

from orchestration import settings
from orchestration.defs.resources import RawFolder
from orchestration.raw_units import UnitStateCache, unit_state
from tests.robustness import SMALL_SAMPLE
from tests.test_robustness_partial_writes import Sensor

QUIET = 0.5


@pytest.fixture
def quiet_env(project_env, monkeypatch):
    monkeypatch.setenv(settings.ENV_QUIET_SECONDS, str(QUIET))
    monkeypatch.delenv(settings.ENV_SETTLE_SECONDS, raising=False)
    for p in project_env.raw.iterdir():
        p.unlink()
    return project_env


def test_quiet_file_is_requested_on_first_sight(quiet_env, instance):
    sensor = Sensor(instance, quiet_env.raw)
    (quiet_env.raw / "r.txt").write_bytes((settings.PROJECT_ROOT / "raw" / SMALL_SAMPLE).read_bytes())
    assert sensor.tick() == {}, "a file written a moment ago is not quiet yet"
    time.sleep(QUIET + 0.2)
    assert list(sensor.tick()) == ["r.txt"]


def test_file_written_within_the_window_is_held_back(quiet_env, instance):
    sensor = Sensor(instance, quiet_env.raw)
    report = (settings.PROJECT_ROOT / "raw" / SMALL_SAMPLE).read_bytes()
    target = quiet_env.raw / "r.txt"
    target.write_bytes(report[:4000])
    time.sleep(QUIET + 0.2)
    # quiet for now, but the next write comes before the following evaluation
    target.write_bytes(report[:9000])
    assert sensor.tick() == {}
    target.write_bytes(report)
    assert sensor.tick() == {}, "changed since the last evaluation and written just now"
    time.sleep(QUIET + 0.2)
    assert list(sensor.tick()) == ["r.txt"]


def test_sidecar_write_makes_the_unit_not_quiet(quiet_env):
    report = quiet_env.raw / "r.txt"
    report.write_bytes(b"x" * 100)
    time.sleep(QUIET + 0.2)
    assert time.time() - unit_state(report).changed_at >= QUIET
    (quiet_env.raw / "r.meta.json").write_text('{"province": "bac_kan"}')
    assert time.time() - unit_state(report).changed_at < QUIET


def test_cache_rehashes_only_changed_units(quiet_env, monkeypatch):
    a, b = quiet_env.raw / "a.txt", quiet_env.raw / "b.txt"
    a.write_bytes(b"one")
    b.write_bytes(b"two")
    cache = UnitStateCache()
    folder = RawFolder(path=str(quiet_env.raw))
    first = folder.unit_states(cache)
    hashed: list[str] = []
    import orchestration.raw_units as raw_units

    real = raw_units.sha256_file
    monkeypatch.setattr(raw_units, "sha256_file", lambda p: hashed.append(p.name) or real(p))
    assert folder.unit_states(cache) == first and hashed == []
    b.write_bytes(b"three")
    again = folder.unit_states(cache)
    assert hashed == ["b.txt"]
    assert again["b.txt"].content_key != first["b.txt"].content_key and again["a.txt"] == first["a.txt"]
    (quiet_env.raw / "b.meta.json").write_text('{"province": "bac_kan"}')
    assert folder.unit_states(cache)["b.txt"].sidecar_file == "b.meta.json"
    b.unlink()
    assert list(folder.unit_states(cache)) == ["a.txt"]
