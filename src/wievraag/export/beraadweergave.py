"""The netwerkberaad and the young person's voice as people read them: worded once.

Part of the one plan presentation (planweergave.py uses these for the plan the family holds):
the beraad screen, the plan tab and every export show the same words. Pure: no I/O, no
Textual. Who may be named is the caller's `Naamgever` (consent in a shared plan, the mask on
screen); a person it does not name is left out, and counted where the count says something.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from wievraag.model import DAGEN, GEKOMEN, TOESTEMMINGEN, Netwerkberaad, Sessie, StemJongere
from wievraag.opmaak import datum_lang

if TYPE_CHECKING:  # planweergave imports this module
    from wievraag.export.planweergave import Naamgever


def _tekst(tekst: Callable[[str], str] | None) -> Callable[[str], str]:
    return tekst or (lambda t: t)


def _en(delen: list[str], woord: str = "en") -> str:
    if len(delen) <= 1:
        return "".join(delen)
    return ", ".join(delen[:-1]) + f" {woord} " + delen[-1]


@dataclass(frozen=True)
class UitnodigingRegel:
    wie: str  # label
    door: str  # the inviter's name; "" when not agreed yet
    gekomen: str  # "nog niet bekend", "was er", "was er niet"
    was_er: bool | None


@dataclass(frozen=True)
class BesluitRegel:
    wat: str
    wie: tuple[str, ...]  # names
    in_plan: bool  # made into an agreement of the plan

    @property
    def tekst(self) -> str:
        return f"{_en(list(self.wie))}: {self.wat}" if self.wie else self.wat


@dataclass(frozen=True)
class BeraadWeergave:
    """One netwerkberaad, every fact as text. Empty strings mean "not filled in"."""

    id: str
    nummer: int  # 1 for the first meeting of the session
    datum: str  # "dinsdag 12 mei 2026"
    datum_voorbij: bool
    tijd: str
    plek: str
    vragen: tuple[str, ...]
    voorzitter: str  # label
    uitgenodigd: tuple[UitnodigingRegel, ...]
    niet_genoemd: int  # invited, but not to be named in this output
    doel: str
    besluiten: tuple[BesluitRegel, ...]
    verslag: str
    gehouden: bool

    @property
    def wanneer_waar(self) -> str:
        """ "op dinsdag 12 mei 2026, om 19 uur, bij Oma Ria thuis"; "" when nothing is set."""
        delen = [f"op {self.datum}" if self.datum else "", self.tijd, self.plek]
        return ", ".join(d for d in delen if d)

    @property
    def kop(self) -> str:
        return f"Netwerkberaad {self.nummer}" + (f" ({self.datum})" if self.datum else "")

    @property
    def aanwezig(self) -> tuple[str, ...]:
        return tuple(u.wie for u in self.uitgenodigd if u.was_er)

    @property
    def stand(self) -> str:
        """Where the meeting stands, in one line for a list."""
        if self.gehouden:
            return (
                f"gehouden: {len(self.aanwezig)} aanwezig, "
                f"{len(self.besluiten)} {'besluit' if len(self.besluiten) == 1 else 'besluiten'}"
            )
        aantal = len(self.uitgenodigd) + self.niet_genoemd
        mensen = "persoon" if aantal == 1 else "personen"
        return f"in voorbereiding: {aantal} {mensen} uitgenodigd"


def beraad_weergave(
    sessie: Sessie,
    beraad: Netwerkberaad,
    namen: Naamgever,
    *,
    vandaag: date,
    tekst: Callable[[str], str] | None = None,
) -> BeraadWeergave:
    vrij = _tekst(tekst)
    uitgenodigd = []
    niet_genoemd = 0
    for u in beraad.uitgenodigd:
        label = namen.label(u.persoon)
        if label is None:
            niet_genoemd += 1
            continue
        door = (namen.naam(u.door) or "") if u.door else ""
        was_er = {"ja": True, "nee": False}.get(u.gekomen)
        uitgenodigd.append(UitnodigingRegel(label, door, GEKOMEN[u.gekomen], was_er))
    plan_ids = {a.id for a in sessie.plan.afspraken} if sessie.plan else set()
    besluiten = tuple(
        BesluitRegel(
            vrij(b.wat),
            tuple(x for pid in b.wie if (x := namen.naam(pid)) is not None),
            b.afspraak is not None and b.afspraak in plan_ids,
        )
        for b in beraad.besluiten
    )
    nummer = next(n for n, b in enumerate(sessie.netwerkberaden, 1) if b.id == beraad.id)
    datum = ""
    if beraad.datum is not None:
        datum = f"{DAGEN[beraad.datum.weekday()]} {datum_lang(beraad.datum)}"
    return BeraadWeergave(
        id=beraad.id,
        nummer=nummer,
        datum=datum,
        datum_voorbij=beraad.datum is not None and beraad.datum < vandaag,
        tijd=vrij(beraad.tijd.strip()),
        plek=vrij(beraad.plek.strip()),
        vragen=tuple(vrij(v) for v in beraad.vragen),
        voorzitter=(namen.label(beraad.voorzitter) or "") if beraad.voorzitter else "",
        uitgenodigd=tuple(uitgenodigd),
        niet_genoemd=niet_genoemd,
        doel=vrij(beraad.doel.strip()),
        besluiten=besluiten,
        verslag=vrij(beraad.verslag.strip()),
        gehouden=beraad.gehouden,
    )


@dataclass(frozen=True)
class WensRegel:
    wie: str  # label
    toestemming: str  # the parent's consent, in words: "ja", "nog niet gevraagd", "nee"


@dataclass(frozen=True)
class StemWeergave:
    """What one young person wants, next to what the parent said about each person."""

    jongere: str  # name
    mentor: str  # label; "" when none chosen or not to be named here
    mentor_toestemming: str  # the parent's consent for the mentor, in words
    mentor_sinds: str
    waarom: str
    wil_erbij: tuple[WensRegel, ...]
    wil_niet_erbij: tuple[str, ...]  # labels

    @property
    def mentor_zin(self) -> str:
        """For the family's plan: the young person's own choice, in plain words."""
        if not self.mentor:
            return ""
        return f"{self.jongere} heeft zelf {self.mentor} gekozen als mentor (JIM)."

    @property
    def erbij_zin(self) -> str:
        if not self.wil_erbij:
            return ""
        doen = "meedoet" if len(self.wil_erbij) == 1 else "meedoen"
        return f"{self.jongere} wil graag dat {_en([w.wie for w in self.wil_erbij])} {doen}."

    @property
    def verschil(self) -> tuple[str, ...]:
        """Where the young person's wish and the parent's consent differ: to talk about."""
        uit = []
        if self.mentor and self.mentor_toestemming != TOESTEMMINGEN["ja"]:
            uit.append(f"mentor {self.mentor}: toestemming ouder {self.mentor_toestemming}")
        uit += [
            f"{w.wie}: toestemming ouder {w.toestemming}"
            for w in self.wil_erbij
            if w.toestemming != TOESTEMMINGEN["ja"]
        ]
        return tuple(uit)


def stem_weergave(
    sessie: Sessie,
    stem: StemJongere,
    namen: Naamgever,
    *,
    tekst: Callable[[str], str] | None = None,
) -> StemWeergave | None:
    """None when the young person may not be named in this output."""
    jongere = namen.naam(stem.jongere)
    if jongere is None:
        return None

    def toestemming(pid: str) -> str:
        persoon = sessie.persoon(pid)
        return TOESTEMMINGEN[persoon.toestemming] if persoon is not None else ""

    mentor = (namen.label(stem.mentor) or "") if stem.mentor else ""
    return StemWeergave(
        jongere=jongere,
        mentor=mentor,
        mentor_toestemming=toestemming(stem.mentor) if mentor and stem.mentor else "",
        mentor_sinds=datum_lang(stem.mentor_sinds) if mentor and stem.mentor_sinds else "",
        waarom=_tekst(tekst)(stem.waarom.strip()),
        wil_erbij=tuple(
            WensRegel(label, toestemming(pid))
            for pid in stem.wil_erbij
            if (label := namen.label(pid)) is not None
        ),
        wil_niet_erbij=tuple(
            label for pid in stem.wil_niet_erbij if (label := namen.label(pid)) is not None
        ),
    )
