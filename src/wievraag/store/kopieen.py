"""Copies a sync tool or a person made of a session file, recognised by their name.

A professional's folder is often synced (OneDrive, SharePoint, Dropbox, Nextcloud, Syncthing,
Google Drive). When two laptops change one session, the tool keeps both: the original name and
a copy with a marker in its name. The file name is the truth about which session a file
belongs to (the id inside may be damaged, or the file unreadable): `lees_naam` maps a name to
the session's stem and, for a copy, the tool that made it. Deleting a session must take its
copies too (they hold the same names), and deleting a copy must leave the original alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from wievraag.store.overzicht import Overzicht

# The session id as the app writes it (model/sessie.py SESSIE_ID; a test keeps both equal).
# Not imported from the model: listing stays free of pydantic.
SESSIE_ID = re.compile(r"\d{8}-[0-9a-f]{8}")
_EXTENSIES = (".toml", ".wvs")
_GEWOON = re.compile(SESSIE_ID.pattern + r"\.(?:toml|wvs)")

# What the tools put between the stem and the extension, most specific first.
_MERKEN: list[tuple[re.Pattern[str], str]] = [
    # Syncthing: x.sync-conflict-20261122-101010-ABCDEFG.toml
    (re.compile(r"\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]+"), "Syncthing"),
    # Nextcloud (and ownCloud): x (conflicted copy 2026-11-22 101010).toml, older x_conflict-…
    (re.compile(r" \(conflicted copy(?: [^()]*)? \d{4}-\d{2}-\d{2} \d{6}\)"), "Nextcloud"),
    (re.compile(r"_conflict-\d{8}-\d{6}"), "Nextcloud"),
    # Dropbox: x (LAPTOP's conflicted copy 2026-11-22).toml, Dutch: (Conflicterende kopie …)
    (re.compile(r" \([^()]*conflicted copy[^()]*\)", re.IGNORECASE), "Dropbox"),
    (re.compile(r" \([^()]*conflicterende kopie[^()]*\)", re.IGNORECASE), "Dropbox"),
    # Google Drive: x_conf(1).toml
    (re.compile(r"_conf\(\d+\)"), "Google Drive"),
    # A plain copy: x (1).toml (Google Drive, Windows, macOS), x - Kopie.toml, x - Copy (2).toml
    (re.compile(r" ?\(\d+\)"), "een kopie"),
    (re.compile(r" - (?:Kopie|kopie|Copy|copy)(?: \(\d+\))?"), "een kopie"),
    (re.compile(r" (?:kopie|copy)(?: \d+)?"), "een kopie"),
]
# OneDrive and SharePoint add the computer (or user) name: x-LAPTOP-PC.toml, x-LAPTOP-PC-2.toml.
# Only after a real session id: on any other name a dash is simply part of it.
_ONEDRIVE = re.compile(r"-[A-Za-z0-9][A-Za-z0-9_.-]*")
# Google Drive and Windows also put it in front: "Kopie van x.toml", "Copy of x.toml".
_VOOR = re.compile(r"^(?:Kopie van|Copy of) ")


class Naam(NamedTuple):
    """A file name read as a session's: its stem (the session id for every file we write),
    and for a copy the tool that made it, in words. (A named tuple, not a frozen dataclass:
    one is made for every file at start-up, issue 18.)"""

    stam: str
    kopie: str | None = None

    @property
    def is_kopie(self) -> bool:
        return self.kopie is not None


def lees_naam(bestandsnaam: str) -> Naam:
    """Which session a file of the sessions folder belongs to, and whether it is a copy."""
    if _GEWOON.fullmatch(bestandsnaam):  # the name the app writes: one look, not five
        return Naam(bestandsnaam[: bestandsnaam.rindex(".")])
    stam = bestandsnaam
    for ext in _EXTENSIES:
        if stam.endswith(ext):
            stam = stam[: -len(ext)]
            break
    voor = _VOOR.match(stam)
    if voor:
        stam = stam[voor.end() :]
    id_ = SESSIE_ID.match(stam)
    if id_:
        rest = stam[id_.end() :]
        if not rest and not voor:
            return Naam(stam)
        return Naam(id_.group(), _soort(rest) if rest else "een kopie")
    # A name we never wrote (a hand-made or renamed file): its copies are still its copies.
    for merk, soort in _MERKEN:
        gevonden = _aan_het_eind(merk, stam)
        if gevonden is not None:
            return Naam(gevonden, soort)
    return Naam(stam, "een kopie") if voor else Naam(stam)


def _soort(rest: str) -> str:
    for merk, soort in _MERKEN:
        if merk.search(rest):
            return soort
    if _ONEDRIVE.fullmatch(rest):
        return "OneDrive of SharePoint"
    return "een kopie"  # named after the session, with something added: still its copy


def _aan_het_eind(merk: re.Pattern[str], stam: str) -> str | None:
    for gevonden in merk.finditer(stam):
        if gevonden.end() == len(stam) and gevonden.start() > 0:
            return stam[: gevonden.start()]
    return None


def hoort_bij(bestandsnaam: str, stam: str) -> bool:
    """True for the session's own file and every copy of it."""
    return lees_naam(bestandsnaam).stam == stam


def beschrijf(naam: Naam) -> str:
    """In plain words, for the list and the delete dialog."""
    if naam.kopie is None:
        return "het origineel"
    if naam.kopie == "een kopie":
        return "een kopie"
    return f"een kopie van {naam.kopie}"


def omschrijf(item: Overzicht) -> str:
    """What a line of the list is, in words: "het origineel", "een kopie van Dropbox"…"""
    if item.bestandsnaam.is_kopie or not item.conflict:
        return beschrijf(item.bestandsnaam)
    return "een kopie (het id erin is niet dat van de bestandsnaam)"


def verschil(kopie: Overzicht, origineel: Overzicht | None) -> str:
    """How a copy differs from its original, in plain words: newer or older, how many people."""
    if origineel is None:
        return "het origineel is er niet (meer)"
    if origineel.fout or kopie.fout:
        return "niet te vergelijken: een van beide is niet te lezen"
    delen = [_wanneer(kopie, origineel)]
    meer = kopie.personen - origineel.personen
    if meer:
        delen.append(
            f"{abs(meer)} {'persoon' if abs(meer) == 1 else 'personen'} "
            f"{'meer' if meer > 0 else 'minder'}"
        )
    else:
        delen.append("evenveel personen")
    return ", ".join(delen)


def _wanneer(kopie: Overzicht, origineel: Overzicht) -> str:
    if kopie.gewijzigd is None or origineel.gewijzigd is None:
        return "niet bekend of hij nieuwer is"
    k, o = _lokaal(kopie.gewijzigd), _lokaal(origineel.gewijzigd)
    if k > o:
        return "nieuwer dan het origineel"
    if k < o:
        return "ouder dan het origineel"
    return "even oud als het origineel"


def _lokaal(moment: datetime) -> datetime:
    """As naive local time, so stored times with and without offset compare."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def zonder_kopieen(items: Iterable[Overzicht]) -> bool:
    """True when none of `items` is a copy, seen at a glance: every name is one the app
    writes and holds the id of its file. The common case, checked without reading each name
    in full (`lees_naam`): at every start, for each of up to 10,000 sessions (issue 18)."""
    return all(not item.conflict and _GEWOON.fullmatch(item.naam) for item in items)


def groepeer(items: list[Overzicht]) -> list[Overzicht]:
    """Each session's copies right after its original, original first; sessions in the order
    given (newest first). Opening or changing a copy never moves it above its original."""
    # Nearly always no copy at all: each file is then its own session (no two names in a
    # folder have one stem), and the order stays as it is.
    if zonder_kopieen(items):
        return list(items)
    groepen: dict[str, list[Overzicht]] = {}
    for item in items:
        groepen.setdefault(item.stam, []).append(item)
    uit: list[Overzicht] = []
    for groep in groepen.values():
        if len(groep) == 1:  # nearly always: no copies, nothing to sort
            uit.append(groep[0])
        else:
            uit += sorted(groep, key=lambda i: i.is_kopie)  # stable: copies keep their order
    return uit
