"""What every section function gets: the session, how to name people, and the plan."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from wievraag.export.document import Sectie
from wievraag.export.namen import Namen
from wievraag.export.planweergave import PlanWeergave
from wievraag.model import Plan, Sessie
from wievraag.opmaak import datum_kort, datum_lang


@dataclass(frozen=True)
class Context:
    sessie: Sessie
    namen: Namen
    gemaakt: datetime
    # Question texts from the bank, for answers saved without their text (older files).
    vraagteksten: Mapping[str, str] = field(default_factory=dict)
    # The bank's words for the plan's minimum requirements, by id.
    regelteksten: Mapping[str, str] = field(default_factory=dict)
    plan: Plan | None = None
    # The plan worded once (planweergave.py), with this export's names; None without a plan.
    weergave: PlanWeergave | None = None


NEE_SLEUTEL = "nee:"
"""The kinds of "nee" (§3.1.6) among `vraagteksten`: their bank id with this prefix."""

SectieFunctie = Callable[[Context], Sectie | None]
"""One part of the session as one section; None when that part has no data (no empty heading)."""


def tijdstip(tijd: datetime | None) -> str:
    """A moment in the file: "23-11-2026 14:05" (24-hour, local time as stored)."""
    return f"{datum_kort(tijd.date())} {tijd:%H:%M}" if tijd else ""


def dag(d: date | None) -> str:
    return datum_lang(d) if d else ""
