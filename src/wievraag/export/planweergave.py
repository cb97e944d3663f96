"""The plan as people read it: every fact of one version, worded once.

The shared plan, the full export, the plan tab and the evaluation screen all show the same
plan; each used to word it by hand, and each forgot something (a one-off agreement's date,
whom to call off with). Here every fact becomes plain strings and rows, once; every output
only lays them out. Pure: no I/O, no Textual. Who may be named, and how, is the caller's
`Namen` (see `Naamgever`): the export's (consent, pseudonyms) or the screen's (the mask).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from wievraag.export.beraadweergave import (
    BeraadWeergave,
    StemWeergave,
    beraad_weergave,
    stem_weergave,
)
from wievraag.model import DAGEN, Afspraak, Dag, Persoon, Plan, Sessie
from wievraag.model.persoon import met_relatie
from wievraag.opmaak import datum_kort, datum_lang

AANSPREEKPUNT = "aanspreekpunt"  # one word for the role, everywhere (000: "één aanspreekpunt")
NIEMAND = "nog niemand"
ZORGEN_MELDEN = "Zorgen? Meld het bij het aanspreekpunt"

# Relations (relative to the family's children) that make someone a parent or a child of
# the household: the family itself, never "a helper" in their own plan.
_OUDER = {
    "moeder", "vader", "ouder", "mama", "papa", "pleegmoeder", "pleegvader", "pleegouder",
    "stiefmoeder", "stiefvader", "stiefouder",
}  # fmt: skip
_KIND = {
    "zoon", "dochter", "kind", "pleegzoon", "pleegdochter", "pleegkind", "stiefzoon",
    "stiefdochter", "stiefkind", "broer", "zus", "zusje", "broertje",
}  # fmt: skip


class Naamgever(Protocol):
    """How an output names people; `None` means: this person may not appear here."""

    def naam(self, persoon_id: str) -> str | None: ...

    def label(self, persoon_id: str) -> str | None: ...

    def telefoon(self, persoon_id: str) -> str | None: ...


def en(delen: Sequence[str], woord: str = "en") -> str:
    """ "Ans", "Ans en Karim", "Ans, Karim en Riet"."""
    if len(delen) <= 1:
        return "".join(delen)
    return ", ".join(delen[:-1]) + f" {woord} " + delen[-1]


class SessieNamen:
    """Everyone in the session (the app's screens). `naam` and `label` may mask a name (the
    app's F8); `telefoon=False` leaves the numbers out (under that mask too)."""

    def __init__(
        self,
        sessie: Sessie,
        naam: Callable[[Persoon], str] | None = None,
        label: Callable[[Persoon], str] | None = None,
        *,
        telefoon: bool = True,
    ) -> None:
        self._sessie = sessie
        self._naam = naam or (lambda p: p.naam)
        self._label = label or (lambda p: met_relatie(self._naam(p), p.relatie))
        self._telefoon = telefoon

    def naam(self, persoon_id: str) -> str | None:
        persoon = self._sessie.persoon(persoon_id)
        return self._naam(persoon) if persoon is not None else None

    def label(self, persoon_id: str) -> str | None:
        persoon = self._sessie.persoon(persoon_id)
        return self._label(persoon) if persoon is not None else None

    def telefoon(self, persoon_id: str) -> str | None:
        persoon = self._sessie.persoon(persoon_id)
        if persoon is None or not self._telefoon:
            return None
        return persoon.telefoon or None


# -- the household --------------------------------------------------------------------------


def _eerste_woord(relatie: str) -> str:
    """The relation's word when it names a household role; "zus van moeder" names none."""
    woorden = relatie.replace("(", " ").replace(")", " ").casefold().split()
    return woorden[0] if woorden and "van" not in woorden else ""


def ouders_van_gezin(sessie: Sessie) -> list[Persoon]:
    """The parents of the household: a relation "moeder", "vader" (also foster, step)."""
    return [p for p in sessie.personen if _eerste_woord(p.relatie) in _OUDER]


def kinderen_van_gezin(sessie: Sessie) -> list[Persoon]:
    """The household's children: the parents' children, or a relation "zoon", "dochter"."""
    ouders = {p.id for p in ouders_van_gezin(sessie)}
    return [
        p
        for p in sessie.personen
        if p.id not in ouders
        and (_eerste_woord(p.relatie) in _KIND or any(o in ouders for o in p.ouders))
    ]


def helpers(sessie: Sessie, plan: Plan | None) -> list[str]:
    """Who the plan names as helpers: people with consent who have a role in the plan or
    are in the "who knows" circle; never the household's own parents or children."""
    gezin = {p.id for p in (*ouders_van_gezin(sessie), *kinderen_van_gezin(sessie))}
    rol = set(plan.persoon_ids()) if plan is not None else set()
    weten, bron = sessie.wie_weten()
    if bron.startswith("cirkel"):  # the fallback "everyone with consent" is no circle
        rol |= set(weten)
    return [
        p.id for p in sessie.personen if p.id in rol and p.id not in gezin and p.toestemming == "ja"
    ]


# -- the pieces -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AfspraakRegel:
    """One agreement, worded: who, what, when (days or a date, and the time), call off with."""

    id: str
    wie: tuple[str, ...]  # the labels of those who may be shown
    wie_namen: tuple[str, ...]  # just their names, for a narrow column
    wat: str
    dagen: tuple[Dag, ...]  # every week on these days, in week order
    datum: date | None  # once, on this date
    tijd: str  # "om 8 uur", "hele dag"
    afbellen: tuple[str, ...]  # labels
    afbellen_namen: tuple[str, ...] = ()  # just the names

    @property
    def dagen_tekst(self) -> str:
        """ "elke maandag en woensdag"; "" without weekly days."""
        return f"elke {en(list(self.dagen))}" if self.dagen else ""

    @property
    def datum_tekst(self) -> str:
        """ "eenmalig op zaterdag 12 december 2026"; "" for a weekly agreement."""
        if self.datum is None:
            return ""
        return f"eenmalig op {DAGEN[self.datum.weekday()]} {datum_lang(self.datum)}"

    @property
    def wanneer(self) -> str:
        """Days or date and the time in one phrase: "elke maandag, om 8 uur"."""
        return ", ".join(x for x in (self.dagen_tekst, self.datum_tekst, self.tijd) if x)

    @property
    def moment(self) -> str:
        """The date (short) and time, for a rooster whose columns are the weekdays."""
        datum = datum_kort(self.datum) if self.datum else ""
        return ", ".join(x for x in (datum, self.tijd) if x)

    @property
    def wie_tekst(self) -> str:
        return en(list(self.wie)) or NIEMAND

    @property
    def afbellen_tekst(self) -> str:
        """ "afbellen bij Tante Sanne"; "" when nobody is named."""
        return f"afbellen bij {en(list(self.afbellen), 'of')}" if self.afbellen else ""

    def week_dagen(self) -> tuple[Dag, ...]:
        """The weekdays this agreement shows on in the week (a date counts for its day)."""
        dagen = list(self.dagen)
        if self.datum is not None:
            dagen.append(DAGEN[self.datum.weekday()])
        return tuple(d for d in DAGEN if d in dagen)

    def teken(self, dag: str) -> str:
        """In a rooster cell: ✓ every week, 1× once (a date), ? when nobody took it on yet."""
        if self.datum is not None and DAGEN[self.datum.weekday()] == dag:
            teken = "1×"
        elif dag in self.dagen:
            teken = "✓"
        else:
            return ""
        return teken if self.wie else "?"

    def op_dag(self, dag: str) -> str:
        """What this agreement is on that day of "Onze week": a one-off says its date."""
        tijd = self.tijd
        if self.datum is not None and DAGEN[self.datum.weekday()] == dag and dag not in self.dagen:
            tijd = ", ".join(x for x in (f"alleen op {datum_lang(self.datum)}", self.tijd) if x)
        return f"{self.wat} ({tijd})" if tijd else self.wat


@dataclass(frozen=True)
class BelRegel:
    """Whom to call in a situation: the first one first, with a phone number where allowed."""

    wanneer: str
    wie: tuple[str, ...]  # labels, each with its phone number when the output may show it

    @property
    def tekst(self) -> str:
        return f"{self.wanneer}: bel {en(list(self.wie), 'of')}"


@dataclass(frozen=True)
class RegelStand:
    """One minimum requirement and whether the plan meets it, in words."""

    id: str
    tekst: str
    ok: bool
    uitleg: str  # how it stands, for everyone: "3 van minimaal 3 mensen", "niemand op zaterdag"
    bron: str = ""  # where the count comes from, for the professional

    @property
    def stand(self) -> str:
        return "✓ ja" if self.ok else "✗ nog niet"

    @property
    def toelichting(self) -> str:
        """The state when it adds something: "iedereen … heeft toestemming" under "Iedereen in
        het plan heeft toestemming" says nothing new."""
        nieuw = set(self.uitleg.casefold().split()) - set(self.tekst.casefold().split())
        return self.uitleg if nieuw else ""

    @property
    def regel(self) -> str:
        """The whole check in one line: "✓ Er is één aanspreekpunt … — Tante Sanne"."""
        bron = f"; {self.bron}" if self.bron else ""
        return f"{'✓' if self.ok else '✗'} {self.tekst} — {self.uitleg}{bron}"


@dataclass(frozen=True)
class PlanWeergave:
    """Every fact of one version of the plan, as text. Empty strings mean "not filled in"."""

    versie: int
    vastgesteld: str
    doel: str
    zorgen: tuple[str, ...]
    regels: tuple[RegelStand, ...]
    afspraken: tuple[AfspraakRegel, ...]
    aanspreekpunt: str  # label, with phone number where the output may show it
    aanspreekpunt_naam: str  # just the name: "meld het bij Tante Sanne"
    verantwoordelijkheden: str
    bellen: tuple[BelRegel, ...]
    plan_b: str
    start: str
    duur: str
    evaluatie: str  # the date, "" when none
    evaluatie_voorbij: bool
    minimum: str
    # The family's own plan (001 §3.2.5), and the meeting it was made in, if any.
    familiegroepsplan: bool = False
    beraad: BeraadWeergave | None = None
    # What each young person wants (their mentor, JIM; who they want involved).
    stemmen: tuple[StemWeergave, ...] = ()

    @property
    def naam(self) -> str:
        """One name for the plan, everywhere: "familiegroepsplan" when the family made it."""
        return "familiegroepsplan" if self.familiegroepsplan else "netwerkplan"

    @property
    def familiegroepsplan_zin(self) -> str:
        """The mark, in the family's voice; "" for a plan they did not make as their own."""
        if not self.familiegroepsplan:
            return ""
        zin = "Dit is ons familiegroepsplan: we hebben het zelf gemaakt, met de mensen om ons heen"
        if self.beraad is not None and self.beraad.datum:
            zin += f", in het netwerkberaad van {self.beraad.datum}"
        return zin + "."

    def week(self) -> list[tuple[Dag, list[AfspraakRegel]]]:
        """Per weekday the agreements with someone on it; an empty list is an open day."""
        return [
            (dag, [a for a in self.afspraken if a.wie and dag in a.week_dagen()]) for dag in DAGEN
        ]

    def open_dagen(self) -> list[Dag]:
        return [dag for dag, afspraken in self.week() if not afspraken]

    @property
    def looptijd(self) -> str:
        """ "2 weken, vanaf 17 november 2026"; "" when neither is known."""
        if self.duur and self.start:
            return f"{self.duur}, vanaf {self.start}"
        return self.duur or (f"vanaf {self.start}" if self.start else "")

    @property
    def evaluatie_zin(self) -> str:
        """The evaluation in the family's voice, in the right tense."""
        if not self.evaluatie:
            return "We spreken nog een datum af om samen te kijken hoe het gaat."
        if self.evaluatie_voorbij:
            return (
                f"Op {self.evaluatie} zouden we samen kijken hoe het gaat. Die datum is voorbij: "
                "we spreken snel een nieuwe af."
            )
        return f"Op {self.evaluatie} kijken we samen hoe het gaat: wat gaat goed, wat moet anders?"

    @property
    def evaluatie_kort(self) -> str:
        """For the professional: "30 november 2026 (voorbij)"."""
        if not self.evaluatie:
            return ""
        return self.evaluatie + (" (was gepland, is voorbij)" if self.evaluatie_voorbij else "")

    @property
    def zorgen_melden(self) -> str:
        wie = self.aanspreekpunt_naam
        return f"{ZORGEN_MELDEN}" + (f": {wie}." if wie else ".")


def weergave(
    sessie: Sessie,
    plan: Plan,
    namen: Naamgever,
    *,
    vandaag: date,
    regelteksten: Mapping[str, str] | None = None,
    telefoon: bool = True,
    tekst: Callable[[str], str] | None = None,
) -> PlanWeergave:
    """The plan worded for one output. `namen` decides who appears and how (consent, mask,
    pseudonyms); `telefoon` adds the phone numbers `namen` allows next to the names that
    people call (the aanspreekpunt, "wie bel je"). `tekst` treats the free texts (the app's
    mask); an export does that over the whole document instead (`Document.vervang`)."""
    vrij = tekst or (lambda t: t)

    def labels(ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(x for pid in ids if (x := namen.label(pid)) is not None)

    def met_telefoon(pid: str) -> str | None:
        label = namen.label(pid)
        if label is None:
            return None
        nummer = namen.telefoon(pid) if telefoon else None
        return f"{label}, tel. {nummer}" if nummer else label

    afspraken = tuple(_afspraak(a, namen, labels, vrij) for a in plan.afspraken)
    contact = plan.aanspreekpunt
    return PlanWeergave(
        versie=plan.versie,
        vastgesteld=datum_lang(plan.vastgesteld.date()),
        doel=vrij(plan.doel.strip()),
        zorgen=tuple(vrij(z.strip()) for z in plan.zorgen if z.strip()),
        regels=_regels(sessie, plan, namen, regelteksten or {}),
        afspraken=afspraken,
        aanspreekpunt=(met_telefoon(contact) or "") if contact else "",
        aanspreekpunt_naam=(namen.naam(contact) or "") if contact else "",
        verantwoordelijkheden=vrij(plan.verantwoordelijkheden.strip()),
        bellen=tuple(
            BelRegel(vrij(b.wanneer.strip()), wie)
            for b in plan.bellen
            if b.wanneer.strip() and (wie := tuple(x for p in b.wie if (x := met_telefoon(p))))
        ),
        plan_b=vrij(plan.plan_b.strip()),
        start=datum_lang(plan.start) if plan.start else "",
        duur=(
            f"{plan.duur_weken} {'week' if plan.duur_weken == 1 else 'weken'}"
            if plan.duur_weken
            else ""
        ),
        evaluatie=datum_lang(plan.evaluatie) if plan.evaluatie else "",
        evaluatie_voorbij=plan.evaluatie is not None and plan.evaluatie < vandaag,
        minimum=f"{plan.minimum_weten} mensen die weten wat er speelt",
        familiegroepsplan=plan.familiegroepsplan,
        beraad=(
            beraad_weergave(sessie, b, namen, vandaag=vandaag, tekst=tekst)
            if plan.beraad and (b := sessie.beraad(plan.beraad)) is not None
            else None
        ),
        stemmen=tuple(
            w for s in sessie.stemmen if (w := stem_weergave(sessie, s, namen, tekst=tekst))
        ),
    )


def _afspraak(
    a: Afspraak,
    namen: Naamgever,
    labels: Callable[[Iterable[str]], tuple[str, ...]],
    vrij: Callable[[str], str],
) -> AfspraakRegel:
    return AfspraakRegel(
        id=a.id,
        wie=labels(a.wie),
        wie_namen=tuple(x for pid in a.wie if (x := namen.naam(pid)) is not None),
        wat=vrij(a.wat.strip()),
        dagen=tuple(d for d in DAGEN if d in a.dagen),
        datum=a.datum,
        tijd=vrij(a.wanneer.strip()),
        afbellen=labels(a.afbellen),
        afbellen_namen=tuple(x for pid in a.afbellen if (x := namen.naam(pid)) is not None),
    )


def _regels(
    sessie: Sessie, plan: Plan, namen: Naamgever, teksten: Mapping[str, str]
) -> tuple[RegelStand, ...]:
    """The model's checks (Sessie.plan_regels) of this version, with names from `namen`."""
    # The checks read `sessie.plan`; an earlier version is checked as if it were current.
    kopie = sessie.model_copy(update={"plan": plan})
    uit = []
    for regel in kopie.plan_regels():
        uitleg, bron = regel.uitleg, ""
        if regel.id == "weten":
            eis = kopie.bodemeis()
            bron = eis.bron
            uitleg = (
                f"{len(eis.weten)} van minimaal {eis.minimum} mensen weten het; {eis.beurt_tekst}"
            )
        elif regel.id == "aanspreekpunt" and plan.aanspreekpunt:
            uitleg = namen.label(plan.aanspreekpunt) or "iemand zonder toestemming"
        elif regel.id == "toestemming" and not regel.ok:
            zonder = [
                pid
                for pid in plan.persoon_ids()
                if (p := sessie.persoon(pid)) is not None and p.toestemming != "ja"
            ]
            # In a shared plan these people cannot be named: a count says enough.
            genoemd = [x for pid in zonder if (x := namen.label(pid)) is not None]
            uitleg = (
                "zonder toestemming (meer): " + ", ".join(genoemd)
                if len(genoemd) == len(zonder)
                else f"{len(zonder)} in het plan zonder toestemming"
            )
        elif regel.id == "evaluatie" and plan.evaluatie:
            uitleg = f"evaluatie op {datum_lang(plan.evaluatie)}"
        uit.append(RegelStand(regel.id, teksten.get(regel.id, regel.id), regel.ok, uitleg, bron))
    return tuple(uit)
