"""Under ``dagster dev`` the dbt project is re-parsed on import only when it changed.

Every run's process imports the code location: an unconditional ``dbt parse`` there added ~7 s
to the start of every run of the event path (README "Event path").
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from orchestration.settings import PROJECT_ROOT

# Imports the dbt assets as a run's process under `dagster dev` would, with the preparer's
# `dbt parse` replaced by a recorder and the manifest's staleness fixed by the test.
IMPORT_AS_A_DEV_RUN = textwrap.dedent(
    """
    import sys
    import dagster_dbt.dbt_project
    import orchestration.defs.dbt_project as project
    parses = []
    dagster_dbt.dbt_project.DagsterDbtProjectPreparer.prepare = lambda self, p: parses.append(p)
    project.manifest_is_stale = lambda project=None: sys.argv[1] == "stale"
    import orchestration.defs.assets.dbt
    print(len(parses))
    """
)


@pytest.mark.parametrize(("manifest", "parses"), [("fresh", 0), ("stale", 1)])
def test_dev_import_parses_the_dbt_project_only_when_it_changed(manifest: str, parses: int) -> None:
    env = {**os.environ, "DAGSTER_IS_DEV_CLI": "1"}
    out = subprocess.run(
        [sys.executable, "-c", IMPORT_AS_A_DEV_RUN, manifest],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split()[-1] == str(parses)
