"""The network plan as the export needs it: a small interface, not the plan model itself.

The plan model is built in its own part of the app (issue 6). The export reads only what is
below, so that part can shape its model freely and still be exported: a model whose fields
match these names and types fits as it is (structural typing, checked by mypy), otherwise a
few lines of adapter do. People are always register ids, never copied names.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol, runtime_checkable


@runtime_checkable
class PlanAfspraak(Protocol):
    """One agreement: who does what, on which days."""

    @property
    def wie(self) -> Sequence[str]: ...  # person ids (register), in the order agreed

    @property
    def wat(self) -> str: ...  # what they do, in the family's words: "haalt Noor uit school"

    @property
    def dagen(self) -> Sequence[str]: ...  # "maandag"…"zondag" (opmaak.DAGEN); empty = no fixed day

    @property
    def wanneer(self) -> str: ...  # time in words, may be empty: "om 15.00 uur", "na het eten"


@runtime_checkable
class PlanBellen(Protocol):
    """Whom to call in a given situation (also: whom to call off with)."""

    @property
    def wanneer(self) -> str: ...  # the situation: "als het thuis niet goed gaat"

    @property
    def wie(self) -> Sequence[str]: ...  # person ids, first = call first


@runtime_checkable
class Plan(Protocol):
    @property
    def doel(self) -> str: ...

    @property
    def contactpersoon(self) -> str | None: ...  # person id

    @property
    def afspraken(self) -> Sequence[PlanAfspraak]: ...

    @property
    def bellen(self) -> Sequence[PlanBellen]: ...

    @property
    def plan_b(self) -> str: ...

    @property
    def evaluatie(self) -> date | None: ...


def plan_van(sessie: object) -> Plan | None:
    """The session's plan when the model has one (`Sessie.plan`) and it has any content."""
    plan = getattr(sessie, "plan", None)
    if not isinstance(plan, Plan) or is_leeg(plan):
        return None
    return plan


def is_leeg(plan: Plan) -> bool:
    return not (
        plan.doel.strip()
        or plan.contactpersoon
        or plan.afspraken
        or plan.bellen
        or plan.plan_b.strip()
        or plan.evaluatie
    )
