"""Undo and redo for the open session: the last changes, whatever screen made them.

Every `SessieGewijzigd` is one step, except that typing in one text field with short pauses
(`SAMEN` seconds) is one step: ctrl+z takes back what you typed there, not one letter.

A step keeps a picture (`Beeld`) of the whole session as JSON, one string per person, answer,
appèl, circle… An entry that did not change is the very same string object as in the picture
before, so a hundred pictures of a 5 MB session cost little more memory than one. Measured on
the 5 MB test session (4000 people, 2000 answers; tests/test_geschiedenis.py prints it):
15-30 ms to take a picture, 40-95 ms to restore one (2 shared cores). A normal session (tens
of people) takes well under a millisecond.

The history lives in memory with the open session: it survives changing screens, not closing
the session or the app. After an undo the session is saved like any other change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel

if TYPE_CHECKING:
    from wievraag.model import Sessie

MAX = 100  # steps kept; the issue asks for at least 50
SAMEN = 1.5  # seconds between key presses in one field that still count as one step
# Stamped on every change: no part of what was changed.
NIET_IN_BEELD = {"gewijzigd"}


@dataclass(frozen=True)
class Wijziging:
    """One record a step changed: the part (`personen`, `plan`, `sessie` for the single
    fields), the record's id (None for a part that is one record), and which of its fields.
    Added and removed records name all their fields."""

    deel: str
    sleutel: str | None
    velden: tuple[str, ...]


@dataclass(frozen=True, eq=True)
class Beeld:
    kop: str  # JSON of the session's single fields
    delen: tuple[tuple[str, tuple[str, ...]], ...]  # (field alias, JSON per entry)


def maak_beeld(sessie: Sessie, hergebruik: dict[str, str] | None = None) -> Beeld:
    """The session as a picture; strings equal to one in `hergebruik` are shared with it."""
    pool = hergebruik or {}
    delen: list[tuple[str, tuple[str, ...]]] = []
    rest: set[str] = set()
    for naam, veld in type(sessie).model_fields.items():
        if naam in NIET_IN_BEELD:
            continue
        waarde = getattr(sessie, naam)
        if isinstance(waarde, list) and waarde and all(isinstance(x, BaseModel) for x in waarde):
            stukken = []
            for item in waarde:
                tekst = item.model_dump_json(by_alias=True)
                stukken.append(pool.get(tekst, tekst))
            delen.append((veld.alias or naam, tuple(stukken)))
        else:
            rest.add(naam)
    kop = sessie.model_dump_json(by_alias=True, include=rest)
    return Beeld(kop, tuple(delen))


def herstel(beeld: Beeld) -> Sessie:
    """A new session object from a picture (validated like a file that is opened)."""
    from wievraag.model import Sessie

    delen = ",".join(f"{json.dumps(naam)}:[{','.join(items)}]" for naam, items in beeld.delen)
    tekst = beeld.kop
    if delen:
        tekst = tekst[:-1] + ("," if tekst.strip() != "{}" else "") + delen + "}"
    return Sessie.model_validate_json(tekst)


def verschil(voor: Beeld, na: Beeld) -> list[Wijziging]:
    """The records that differ between two pictures. Unchanged entries are the same string
    object (the pool), so only changed ones are parsed."""
    uit: list[Wijziging] = []
    if voor.kop != na.kop:
        oud, nieuw = json.loads(voor.kop), json.loads(na.kop)
        velden = _velden(oud, nieuw)
        if velden:
            uit.append(Wijziging("sessie", None, velden))
    oud_delen, nieuw_delen = dict(voor.delen), dict(na.delen)
    for deel in dict.fromkeys([*oud_delen, *nieuw_delen]):
        oud_items, nieuw_items = oud_delen.get(deel, ()), nieuw_delen.get(deel, ())
        if oud_items == nieuw_items:
            continue
        oud_set = {id(x) for x in oud_items}
        nieuw_set = {id(x) for x in nieuw_items}
        weg = [json.loads(x) for x in oud_items if id(x) not in nieuw_set]
        erbij = [json.loads(x) for x in nieuw_items if id(x) not in oud_set]
        oud_per_id = {_sleutel(x, i): x for i, x in enumerate(weg)}
        nieuw_per_id = {_sleutel(x, i): x for i, x in enumerate(erbij)}
        for sleutel in dict.fromkeys([*oud_per_id, *nieuw_per_id]):
            velden = _velden(oud_per_id.get(sleutel, {}), nieuw_per_id.get(sleutel, {}))
            uit.append(Wijziging(deel, sleutel, velden))
        if not weg and not erbij:
            uit.append(Wijziging(deel, None, ("volgorde",)))  # the same entries, reordered
    return uit


def _sleutel(item: object, plek: int) -> str:
    if isinstance(item, dict) and isinstance(sleutel := item.get("id"), str):
        return sleutel
    return f"#{plek}"


def _velden(oud: dict[str, object], nieuw: dict[str, object]) -> tuple[str, ...]:
    return tuple(k for k in dict.fromkeys([*oud, *nieuw]) if oud.get(k) != nieuw.get(k))


class Geschiedenis:
    def __init__(self, sessie: Sessie) -> None:
        self._terug: list[Beeld] = []
        self._vooruit: list[Beeld] = []
        self._pool: dict[str, str] = {}
        self._na = self._beeld(sessie)  # the session as it is now (after the last step)
        self._sleutel: object | None = None
        self._tijd = 0.0

    def _beeld(self, sessie: Sessie) -> Beeld:
        beeld = maak_beeld(sessie, self._pool)
        self._pool = {s: s for _, items in beeld.delen for s in items}
        return beeld

    @property
    def huidig(self) -> Beeld:
        """The picture of the session after the last step."""
        return self._na

    def gewijzigd(self, sessie: Sessie, sleutel: object | None, tijd: float) -> list[Wijziging]:
        """Record a change; returns what it changed (empty: nothing did). `sleutel` names the
        text field typed in (None: not typing); a change in the same field within SAMEN
        seconds joins the step before."""
        beeld = self._beeld(sessie)
        if beeld == self._na:
            return []  # stamped but not changed (e.g. a field set to what it was)
        wijzigingen = verschil(self._na, beeld)
        samen = (
            sleutel is not None
            and sleutel == self._sleutel
            and tijd - self._tijd < SAMEN
            and bool(self._terug)
        )
        if not samen:
            self._terug.append(self._na)
            del self._terug[:-MAX]
        self._vooruit.clear()
        self._na = beeld
        self._sleutel, self._tijd = sleutel, tijd
        return wijzigingen

    @property
    def stappen_terug(self) -> int:
        return len(self._terug)

    @property
    def stappen_vooruit(self) -> int:
        return len(self._vooruit)

    def ongedaan(self) -> Sessie | None:
        """The session as it was before the last step, or None when there is nothing to undo."""
        if not self._terug:
            return None
        self._vooruit.append(self._na)
        self._na = self._terug.pop()
        self._sleutel = None
        return herstel(self._na)

    def opnieuw(self) -> Sessie | None:
        """Redo the last undone step, or None."""
        if not self._vooruit:
            return None
        self._terug.append(self._na)
        self._na = self._vooruit.pop()
        self._sleutel = None
        return herstel(self._na)
