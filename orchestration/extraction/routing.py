"""Which table a figure belongs to (FACTS.md: budgets, projects, disasters, else indicators).

``route_figure`` is asked for every figure; ``None`` means "an indicator". ``project_events``
finds project event rows that carry no figure (a project started, inaugurated ...).
"""

from __future__ import annotations

from dataclasses import dataclass

from orchestration.extraction.figures import Figure
from orchestration.extraction.layout import Layout


@dataclass(frozen=True)
class Routed:
    table: str                 # "budgets" | "projects" | "disasters"
    fields: dict               # the table's own columns (budget_item, measure, hazards, ...)
    value: float | None = None  # when the table reads the value differently (else the figure's)
    unit: str | None = None


def route_figure(fig: Figure, layout: Layout) -> Routed | None:
    return None


@dataclass(frozen=True)
class ProjectEvent:
    start: int                 # clean-text span of the project name
    end: int
    project_name: str
    event: str
    event_date: object | None  # datetime.date | None


def project_events(layout: Layout) -> list[ProjectEvent]:
    return []
