"""How people are named in an export: real names, role-based pseudonyms, or left out.

Two needs meet here. A shared plan may never show someone the parent did not agree to
(PRODUCT.md §Consent), not even by name in a free-text line. A pseudonymised export (for
supervision or a workshop) replaces every name by a stable role ("oma (moederskant)",
"buurvrouw 2"). Both are whole-word replacements over every text of the document: a name is
never touched inside another word ("Ans" stays in "Ansje" and "Hansen").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from wievraag.model import Persoon, Sessie

WEGGELATEN = "(naam weggelaten)"
TELEFOON_WEG = "(nummer weggelaten)"
ONBEKEND = "[naam]"  # a name part shared by several people: which one is unknown
GEZIN_PSEUDONIEM = "Gezin X"

# Parts of a name that are ordinary words: never replaced on their own (the whole name is).
_TUSSENVOEGSELS = {
    "van", "de", "der", "den", "het", "ten", "ter", "te", "in", "op", "'t", "la", "le", "el",
    "al", "da", "di", "du", "von", "bin", "ben", "gezin", "familie", "fam",
}  # fmt: skip
# Role words some people are called by ("Oma Riet"): replacing every "oma" in the bank's
# questions would garble them; the full name is replaced all the same.
_ROLWOORDEN = {
    "oma", "opa", "tante", "oom", "mama", "papa", "moeder", "vader", "juf", "meester", "buurman",
    "buurvrouw", "neef", "nicht", "broer", "zus", "zuster", "vriend", "vriendin", "mevrouw",
    "meneer", "dokter", "pastor", "imam", "dominee",
}  # fmt: skip
_ROL_PER_SECTOR = {
    "familie": "familielid",
    "vrienden": "vriend(in)",
    "buren": "buur",
    "school": "iemand van school",
    "werk": "collega",
    "geloof": "iemand van de geloofsgemeenschap",
    "sport": "iemand van de club",
    "online": "online contact",
    "professional": "professional",
}
_WOORD = re.compile(r"[\w'’-]+")


class Namen:
    """Names for one export. Build once per export; every section asks it."""

    def __init__(
        self, sessie: Sessie, *, pseudoniem: bool = False, alleen_toestemming: bool = False
    ) -> None:
        self.pseudoniem = pseudoniem
        self._sessie = sessie
        # Looked up by id for every name in the document: a dict, not a scan of the register
        # (an export is built from one unchanging session).
        self._per_id = {p.id: p for p in sessie.personen}
        self._zichtbaar = {
            p.id for p in sessie.personen if not alleen_toestemming or p.toestemming == "ja"
        }
        self._pseudoniemen = _pseudoniemen(sessie.personen) if pseudoniem else {}
        self._vervang = _vervanger(self._vervangingen())

    # -- people --------------------------------------------------------------------------

    def zichtbaar(self, persoon_id: str) -> bool:
        return persoon_id in self._zichtbaar

    def personen(self) -> list[Persoon]:
        """The people this export may show, in register order."""
        return [p for p in self._sessie.personen if p.id in self._zichtbaar]

    def naam(self, persoon_id: str) -> str | None:
        """Just the name (or pseudonym); None for someone who may not appear."""
        persoon = self._per_id.get(persoon_id)
        if persoon is None or persoon.id not in self._zichtbaar:
            return None
        return self._pseudoniemen.get(persoon.id, persoon.naam)

    def label(self, persoon_id: str) -> str | None:
        """Name with relation ("Ans (tante)"); a pseudonym is already the role."""
        persoon = self._per_id.get(persoon_id)
        if persoon is None or persoon.id not in self._zichtbaar:
            return None
        return self._pseudoniemen.get(persoon.id, persoon.label)

    def labels(self, persoon_ids: Iterable[str]) -> list[str]:
        """Labels of those who may appear; the others are left out without a trace."""
        return [label for pid in persoon_ids if (label := self.label(pid)) is not None]

    def telefoon(self, persoon_id: str) -> str | None:
        """The phone number where this export may show it: someone with consent "ja", never
        in a pseudonymised export (a number identifies as surely as a name)."""
        persoon = self._sessie.persoon(persoon_id)
        if (
            persoon is None
            or self.pseudoniem
            or persoon.id not in self._zichtbaar
            or persoon.toestemming != "ja"
        ):
            return None
        return persoon.telefoon or None

    @property
    def gezin(self) -> str:
        return GEZIN_PSEUDONIEM if self.pseudoniem else self._sessie.gezin

    # -- free text -----------------------------------------------------------------------

    def tekst(self, tekst: str) -> str:
        """Names in free text replaced (pseudonyms) or left out (no consent), whole words."""
        return self._vervang(tekst)

    def _vervangingen(self) -> dict[str, str]:
        vervang: dict[str, str] = {}
        verborgen = [p for p in self._sessie.personen if p.id not in self._zichtbaar]
        if self.pseudoniem:
            zichtbaar = [p for p in self._sessie.personen if p.id in self._zichtbaar]
            for p in zichtbaar:
                vervang[_sleutel(p.naam)] = self._pseudoniemen[p.id]
            for deel, eigenaars in _naamdelen(zichtbaar).items():
                vervang.setdefault(
                    deel, self._pseudoniemen[eigenaars[0]] if len(eigenaars) == 1 else ONBEKEND
                )
            for deel in _delen(self._sessie.gezin):
                vervang.setdefault(deel, ONBEKEND)
        # Names of people who may not appear, and the parts only they have.
        eigen_aan_zichtbaren = set(
            _naamdelen(p for p in self._sessie.personen if p.id in self._zichtbaar)
        )
        if not self.pseudoniem:
            # The family's own label is on the page anyway ("Gezin Vlinder", uncle Kees Vlinder).
            eigen_aan_zichtbaren |= set(_delen(self._sessie.gezin))
        for p in verborgen:
            vervang[_sleutel(p.naam)] = WEGGELATEN
        # Phone numbers in free text go the way of the names: hidden with their person,
        # and never in a pseudonymised export.
        for p in self._sessie.personen:
            if p.telefoon and (self.pseudoniem or p.id not in self._zichtbaar):
                vervang[_sleutel(p.telefoon)] = TELEFOON_WEG
        for deel in _naamdelen(verborgen):
            if deel not in eigen_aan_zichtbaren:
                vervang[deel] = WEGGELATEN
        if not self.pseudoniem:
            # Real names shown: a visible person's own name is never "left out".
            for p in self._sessie.personen:
                if p.id in self._zichtbaar:
                    vervang.pop(_sleutel(p.naam), None)
        return vervang


def _sleutel(tekst: str) -> str:
    return " ".join(tekst.split()).casefold()


def _delen(naam: str) -> list[str]:
    """The parts of a name that identify on their own: not particles, not role words."""
    return [
        d
        for w in _WOORD.findall(naam)
        if len(d := w.casefold()) >= 2 and d not in _TUSSENVOEGSELS and d not in _ROLWOORDEN
    ]


def _naamdelen(personen: Iterable[Persoon]) -> dict[str, list[str]]:
    eigenaars: dict[str, list[str]] = {}
    for p in personen:
        for deel in _delen(p.naam):
            if p.id not in eigenaars.setdefault(deel, []):
                eigenaars[deel].append(p.id)
    return eigenaars


def _vervanger(vervang: dict[str, str]) -> Callable[[str], str]:
    if not vervang:
        return lambda tekst: tekst
    # Longest first, so "Piet van Dam" wins over "Piet"; one pass, so a replacement is never
    # replaced again. A hyphen or apostrophe joins words ("Jan-Willem" is not "Jan").
    patroon = "|".join(
        r"\s+".join(re.escape(w) for w in sleutel.split())
        for sleutel in sorted(vervang, key=len, reverse=True)
    )
    regex = re.compile(rf"(?<![\w'’-])(?:{patroon})(?![\w-])", re.IGNORECASE)

    def vervanger(tekst: str) -> str:
        return regex.sub(lambda m: vervang[_sleutel(m.group(0))], tekst)

    return vervanger


def _pseudoniemen(personen: list[Persoon]) -> dict[str, str]:
    """A role per person, numbered where several share one ("buurvrouw 1", "buurvrouw 2").

    Numbered in register order, so the same session always gives the same pseudonyms. A
    relation that holds a name ("moeder van Sanne") is not used: it would give the name away.
    """
    alle_delen = set(_naamdelen(personen))
    rollen: dict[str, str] = {}
    for p in personen:
        relatie = " ".join(p.relatie.split())
        bruikbaar = relatie and not any(w.casefold() in alle_delen for w in _WOORD.findall(relatie))
        if bruikbaar:
            rollen[p.id] = relatie
        else:
            rollen[p.id] = _ROL_PER_SECTOR.get(p.sector or "", "persoon")
    aantal = Counter(r.casefold() for r in rollen.values())
    volgnummer: Counter[str] = Counter()
    uit: dict[str, str] = {}
    for p in personen:
        rol = rollen[p.id]
        if aantal[rol.casefold()] > 1:
            volgnummer[rol.casefold()] += 1
            rol = f"{rol} {volgnummer[rol.casefold()]}"
        uit[p.id] = rol
    return uit


def naam_vervanger(
    personen: Iterable[Persoon], nieuw: Callable[[Persoon], str]
) -> Callable[[str], str]:
    """Free text with every person's name replaced by `nieuw(persoon)`, whole words: the
    full name, and each part of it that only one person has ("Ria" of "Oma Ria"). The
    privacy mask of the app uses it with initials."""
    personen = list(personen)
    vervang = {_sleutel(p.naam): nieuw(p) for p in personen}
    for deel, eigenaars in _naamdelen(personen).items():
        if len(eigenaars) == 1:
            eigenaar = next(p for p in personen if p.id == eigenaars[0])
            vervang.setdefault(deel, nieuw(eigenaar))
    return _vervanger(vervang)
