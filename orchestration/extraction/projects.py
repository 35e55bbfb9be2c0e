"""Named projects and works: their events and their figures (placeholder, filled below)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from orchestration.extraction.routed import FigureContext, Routed


@dataclass(frozen=True)
class NamedEvent:
    start: int
    end: int
    name: str
    event: str
    date: dt.date | None = None


def find_project_events(paragraph: str) -> list[NamedEvent]:
    return []


def route_project(ctx: FigureContext) -> Routed | None:
    return None
