"""The network plan: what the family keeps when the professional leaves.

Built on the checklist of the Augeo article (000: who does what on which day, with whom to call
off, one contact person, a logbook, a fixed duration then an evaluation, plan B, minimum
requirements), factsheet 002 (a clear goal, never without the parent's consent, responsibilities
recorded together, the closing conversation) and §4.1 (safety as a shared dilemma, TOP 3).

Consent is checked when someone is given a task (`Sessie.mag_afspraak`), not when a file is
read: consent withdrawn later must not make the file unreadable; the plan's rules show it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import Field, field_validator

from wievraag.model.basis import Basis, nieuw_id, nu, vervangen

Dag = Literal["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAGEN: tuple[Dag, ...] = (
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
)  # fmt: skip
MAX_ZORGEN = 3  # TOP 3 (§4 / Signs of Safety): the three biggest worries, not a list of all


class Afspraak(Basis):
    """Who does what, on which days (or on one date), and with whom they call it off."""

    id: str = Field(default_factory=lambda: nieuw_id("af"))
    wie: list[str] = Field(default_factory=list)  # person ids
    wat: str = ""
    dagen: list[Dag] = Field(default_factory=list)
    wanneer: str = ""  # the time in words: "om 8 uur", "na school"
    datum: date | None = None  # a one-off agreement instead of weekdays
    afbellen: list[str] = Field(default_factory=list)  # 000: "bij wie iemand zich kan afmelden"

    def persoon_ids(self) -> list[str]:
        return list(dict.fromkeys([*self.wie, *self.afbellen]))

    def zet_dag(self, dag: Dag, aan: bool) -> None:
        """Tick or untick one weekday; the days stay in week order."""
        gekozen = {d for d in self.dagen if d != dag} | ({dag} if aan else set())
        self.dagen = [d for d in DAGEN if d in gekozen]

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        if oud in self.wie:
            self.wie = vervangen(self.wie, oud, nieuw)
        if oud in self.afbellen:
            self.afbellen = vervangen(self.afbellen, oud, nieuw)


class Bellen(Basis):
    """Whom to call in a situation; the first one first."""

    id: str = Field(default_factory=lambda: nieuw_id("bel"))
    wanneer: str = ""
    wie: list[str] = Field(default_factory=list)

    def persoon_ids(self) -> list[str]:
        return list(self.wie)

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        if oud in self.wie:
            self.wie = vervangen(self.wie, oud, nieuw)


class Plan(Basis):
    """One version of the plan. An evaluation keeps it in `Sessie.planversies` and goes on
    with a copy, so what was agreed before stays readable."""

    versie: int = Field(default=1, ge=1)
    vastgesteld: datetime = Field(default_factory=nu)
    doel: str = ""
    zorgen: list[str] = Field(default_factory=list)  # TOP 3 worries, most serious first
    aanspreekpunt: str | None = None  # the aanspreekpunt for everyone involved (000)
    afspraken: list[Afspraak] = Field(default_factory=list)
    bellen: list[Bellen] = Field(default_factory=list)
    start: date | None = None
    duur_weken: int | None = Field(default=None, ge=1, le=104)
    evaluatie: date | None = None
    plan_b: str = ""
    verantwoordelijkheden: str = ""  # 002: recorded together with everyone involved
    # The child protection worker's minimum ("minimaal drie betrouwbare personen die precies
    # weten wat er aan de hand is", 000); the family and worker may agree another number.
    minimum_weten: int = Field(default=3, ge=1, le=30)
    # The family's own plan (001 §3.2.5): made by them with their network, in the netwerkberaad
    # `beraad` (an id in Sessie.netwerkberaden) or otherwise. Marked so, everyone reads whose
    # plan it is; a hulpverleningsplan can build on it.
    familiegroepsplan: bool = False
    beraad: str | None = None

    @field_validator("zorgen")
    @classmethod
    def _top_3(cls, zorgen: list[str]) -> list[str]:
        if len(zorgen) > MAX_ZORGEN:
            raise ValueError(f"een plan heeft hoogstens {MAX_ZORGEN} zorgen (de TOP 3)")
        return zorgen

    @property
    def id(self) -> str:
        """How messages name this plan (a plan is one per session, its versions numbered)."""
        return f"versie {self.versie}"

    def persoon_ids(self) -> list[str]:
        ids = [self.aanspreekpunt] if self.aanspreekpunt else []
        for afspraak in self.afspraken:
            ids += afspraak.persoon_ids()
        for bellen in self.bellen:
            ids += bellen.persoon_ids()
        return list(dict.fromkeys(ids))

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        if self.aanspreekpunt == oud:
            self.aanspreekpunt = nieuw
        for afspraak in self.afspraken:
            afspraak.vervang_persoon(oud, nieuw)
        for bellen in self.bellen:
            bellen.vervang_persoon(oud, nieuw)

    def nieuwe_afspraak(self) -> Afspraak:
        self.afspraken = [*self.afspraken, Afspraak()]
        return self.afspraken[-1]

    def nieuw_bellen(self) -> Bellen:
        self.bellen = [*self.bellen, Bellen()]
        return self.bellen[-1]

    def haal_bellen_weg(self, bellen_id: str) -> None:
        self.bellen = [b for b in self.bellen if b.id != bellen_id]

    def haal_afspraak_weg(self, afspraak_id: str) -> None:
        self.afspraken = [a for a in self.afspraken if a.id != afspraak_id]

    def afspraak(self, afspraak_id: str) -> Afspraak | None:
        return next((a for a in self.afspraken if a.id == afspraak_id), None)

    def rooster(self) -> dict[Dag, list[Afspraak]]:
        """Per weekday the agreements with someone on it (one-off dates count for their day)."""
        uit: dict[Dag, list[Afspraak]] = {dag: [] for dag in DAGEN}
        for afspraak in self.afspraken:
            if not afspraak.wie:
                continue  # a task nobody took on does not cover a day
            dagen = list(afspraak.dagen)
            if afspraak.datum is not None:
                dagen.append(DAGEN[afspraak.datum.weekday()])
            for dag in dict.fromkeys(dagen):
                uit[dag].append(afspraak)
        return uit

    def open_dagen(self) -> list[Dag]:
        return [dag for dag, afspraken in self.rooster().items() if not afspraken]

    def kopie_voor_nieuwe_versie(self) -> Plan:
        kopie = self.model_copy(deep=True)
        kopie.versie = self.versie + 1
        kopie.vastgesteld = nu()
        return kopie


class LogRegel(Basis):
    """One logbook line (000): who did what that day, and what they noticed."""

    id: str = Field(default_factory=lambda: nieuw_id("log"))
    datum: date = Field(default_factory=date.today)
    wie: str | None = None  # a person id; None = the professional
    wat: str = ""
    opgemerkt: str = ""

    def persoon_ids(self) -> list[str]:
        return [self.wie] if self.wie else []

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        if self.wie == oud:
            self.wie = nieuw


class Evaluatie(Basis):
    """What worked, what did not, what changes; `plan_versie` is the version evaluated."""

    id: str = Field(default_factory=lambda: nieuw_id("ev"))
    datum: date = Field(default_factory=date.today)
    plan_versie: int = Field(default=1, ge=1)
    werkte: str = ""
    werkte_niet: str = ""
    verandert: str = ""


class Afsluiting(Basis):
    """The closing conversation (002 §4): answers by question id of the bank, and the time
    after: a date to ask again how it goes ("vinger aan de pols") and what was agreed, so
    parents and network are never left to their fate (002)."""

    tijd: datetime = Field(default_factory=nu)
    antwoorden: dict[str, str] = Field(default_factory=dict)
    nazorg_datum: date | None = None
    nazorg: str = ""
