"""dbt's per-test observations are folded into one observation per tested asset."""

from __future__ import annotations

import dagster as dg
import pytest

from orchestration.defs.assets.dbt import fold_test_observations


def _test_result(asset: str, test: str, status: str) -> dg.AssetObservation:
    return dg.AssetObservation(
        asset_key=dg.AssetKey(["marts", asset]),
        metadata={"unique_id": f"test.baocao.{test}.0a1b2c", "status": status, "invocation_id": "i"},
    )


EVENTS = [
    dg.Output(None, output_name="mart_x"),
    _test_result("mart_x", "unique_mart_x_id", "pass"),
    _test_result("mart_x", "accepted_values_columns_mart_x", "warn"),
    _test_result("dim_y", "relationships_columns_mart_x", "pass"),
    dg.AssetObservation(asset_key="documents", metadata={"unique_id": "model.baocao.mart_x"}),
]


def test_one_observation_per_tested_asset_after_the_models_events():
    out = list(fold_test_observations(iter(EVENTS)))
    assert out[:2] == [EVENTS[0], EVENTS[-1]]  # everything that is not a test result, in order
    summaries = {o.asset_key.path[-1]: o for o in out[2:]}
    assert set(summaries) == {"mart_x", "dim_y"}
    mart = summaries["mart_x"]
    assert mart.metadata["dbt_tests"].value == {"unique_mart_x_id": "pass", "accepted_values_columns_mart_x": "warn"}
    assert mart.metadata["tests_pass"].value == 1 and mart.metadata["tests_warn"].value == 1
    assert mart.description == "dbt tests: 1 pass, 1 warn"


def test_a_failed_build_still_reports_its_tests_then_fails():
    def failing():
        yield _test_result("mart_x", "unique_mart_x_id", "fail")
        raise RuntimeError("dbt build failed")

    seen = []
    with pytest.raises(RuntimeError, match="dbt build failed"):
        for event in fold_test_observations(failing()):
            seen.append(event)
    assert [e.metadata["dbt_tests"].value for e in seen] == [{"unique_mart_x_id": "fail"}]
