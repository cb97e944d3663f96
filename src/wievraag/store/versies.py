"""A session and its sync copies, merged into one file (issue 22).

Two laptops changed one session offline; the sync tool kept one file and wrote the other as a
copy next to it (any tool's naming, kopieen.py). Here the copies are read, merged into the
session field by field (samenvoegen.py), the result validated and written with the store's
atomic write, read back, and only then is each copy deleted through the store — and only a
copy of which everything is now in the session (`nog_iets_nieuw`). A copy that cannot be read
(cut off half way by the sync) stays, with the reason; a session file that cannot be read is
rebuilt from the last file this laptop knew (laatst.py) plus the copies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wievraag import locations
from wievraag.fouten import BestandFout
from wievraag.store import laatst, sync, vorm
from wievraag.store.codering import codeer_document, document
from wievraag.store.codering import lees as lees_sessie
from wievraag.store.kopieen import lees_naam
from wievraag.store.samenvoegen import nog_iets_nieuw, voeg_samen
from wievraag.store.slot import Slot
from wievraag.store.sync import Conflict, Klok, SyncStaat

if TYPE_CHECKING:
    from wievraag.model import Persoon, Sessie
    from wievraag.store.opslag import Opslag


@dataclass
class Versie:
    pad: Path
    doc: dict[str, Any]
    staat: SyncStaat


@dataclass
class Samenvoeging:
    """What a merge did, for the notification and the command line."""

    pad: Path
    samengevoegd: list[Path] = field(default_factory=list)  # copies merged and deleted
    gebleven: list[tuple[Path, str]] = field(default_factory=list)  # copies kept, and why
    van_daar: int = 0  # fields and records taken from the copies
    verwijderd: int = 0  # records deleted because a copy deleted them
    conflicten: list[Conflict] = field(default_factory=list)  # open after the merge
    dubbel: list[tuple[str, str]] = field(default_factory=list)  # same names, to merge?
    hersteld: bool = False  # the session file could not be read: rebuilt from laatst.py
    sessie: Sessie | None = None

    def samenvatting(self, naam: Any = None) -> list[str]:
        """In Dutch, one line per fact; `naam(persoon_id)` shows a person (masked or not)."""
        regels: list[str] = []
        if self.hersteld:
            regels.append(
                "Het sessiebestand was beschadigd; het is opnieuw opgebouwd uit de laatste "
                "versie op deze laptop en de kopieën."
            )
        if self.samengevoegd:
            regels.append(
                f"{len(self.samengevoegd)} {'kopie' if len(self.samengevoegd) == 1 else 'kopieën'}"
                f" samengevoegd: {self.van_daar} "
                f"{'wijziging' if self.van_daar == 1 else 'wijzigingen'} overgenomen"
                + (f", {self.verwijderd} verwijderd" if self.verwijderd else "")
                + "."
            )
        for pad, reden in self.gebleven:
            regels.append(f"{pad.name} is blijven staan: {reden}")
        if self.conflicten:
            regels.append(
                f"{len(self.conflicten)} "
                f"{'vraag' if len(self.conflicten) == 1 else 'vragen'} voor jou: op twee "
                "laptops is hetzelfde anders ingevuld. Kies per veld welke waarde blijft."
            )
        if self.dubbel:
            regels.append(
                f"{len(self.dubbel)} keer twee personen met dezelfde naam: voeg ze samen in "
                "Personen (m … m) als het één persoon is."
            )
        if not regels:
            regels.append("Er was niets samen te voegen.")
        return regels


def kopieen_van(opslag: Opslag, pad: Path) -> list[Path]:
    """The sync copies of this session next to it (by name, any tool's naming)."""
    stam = lees_naam(pad.name).stam
    try:
        items = sorted(opslag.map.iterdir())
    except OSError:
        return []
    return [
        p
        for p in items
        if stam in p.name  # cheap first: a folder of thousands of sessions, at every open
        and p != pad
        and p.name.endswith(vorm.EXTENSIES)
        and not p.name.startswith(".")
        and (naam := lees_naam(p.name)).is_kopie
        and naam.stam == stam
    ]


def voeg_kopieen_samen(opslag: Opslag, pad: Path) -> Samenvoeging:
    """Merge every copy of the session at `pad` into it. Takes the session's lock
    (SessieInGebruik when a window has it open: merge there). BestandFout when neither the
    session nor its last known version can be read, or the merge is refused by the model;
    nothing is written or deleted then."""
    with Slot.neem(locations.locks_dir(opslag.data), pad.stem):
        vorm.ruim_tijdelijk_op(pad)
        return _voeg_samen(opslag, pad)


def _klok(opslag: Opslag) -> Klok:
    from wievraag.instellingen import apparaat_id

    return Klok(opslag.apparaat or apparaat_id())


def lees_versie(opslag: Opslag, pad: Path, klok: Klok, *, eigen: bool) -> Versie:
    """One file as a document with its stamps; a hand edit stamped as one on this laptop
    (for a copy: compared with nothing, so every field of it counts as changed there)."""
    gelezen = lees_sessie(pad, vorm.lees_plat(pad, opslag.kluis))
    doc = document(gelezen.sessie)
    staat = gelezen.staat if gelezen.staat is not None else SyncStaat()
    if gelezen.met_de_hand:
        if eigen:
            laatst.stempel_handwerk(pad.name, staat, doc, opslag.kluis, klok, opslag.laatst)
        else:
            kopie_klok = Klok(f"{klok.apparaat}.{sync.body_hash(pad.name)[:6]}")
            sync.stempel_alles(staat, doc, kopie_klok)
    return Versie(pad, doc, staat)


def _voeg_samen(opslag: Opslag, pad: Path) -> Samenvoeging:
    from pydantic import ValidationError

    from wievraag.fouten import validatie_fout
    from wievraag.model import Sessie

    klok = _klok(opslag)
    uit = Samenvoeging(pad)
    gezien = vorm.stempel(pad)
    try:
        hier = lees_versie(opslag, pad, klok, eigen=True)
    except BestandFout as fout:
        hier = _herstel(opslag, pad, fout)  # raises the file's own fault when it cannot
        uit.hersteld = True
    doc, staat = hier.doc, hier.staat
    kopieen: list[Versie] = []
    for kopie_pad in kopieen_van(opslag, pad):
        try:
            kopie = lees_versie(opslag, kopie_pad, klok, eigen=False)
        except BestandFout as fout:
            uit.gebleven.append((kopie_pad, f"niet te lezen ({fout.probleem})"))
            continue
        if kopie.doc.get("id") != doc.get("id"):
            uit.gebleven.append((kopie_pad, "het is een andere sessie (een ander id erin)"))
            continue
        uitkomst = voeg_samen(doc, staat, kopie.doc, kopie.staat)
        doc, staat = uitkomst.doc, uitkomst.staat
        uit.van_daar += len(uitkomst.van_daar)
        uit.verwijderd += len(uitkomst.verwijderd)
        uit.dubbel += [p for p in uitkomst.dubbel if p not in uit.dubbel]
        kopieen.append(kopie)
    if not kopieen and not uit.hersteld:
        uit.conflicten = list(staat.conflicten)
        uit.sessie = Sessie.model_validate(doc)
        return uit
    try:
        sessie = Sessie.model_validate(doc)
    except ValidationError as fout:
        raise validatie_fout(pad, fout, "") from None
    # The model completes what it must (a partner link on one side only): stamped as ours.
    definitief = document(sessie)
    sync.stempel(staat, doc, definitief, klok)
    if not uit.hersteld and vorm.stempel(pad) != gezien:
        raise BestandFout(pad, "het bestand veranderde tijdens het samenvoegen; probeer opnieuw")
    plat = codeer_document(definitief, None, staat)  # every piece parsed back before
    ruw = vorm.vercijfer(pad, plat, opslag.kluis)
    vorm.schrijf(pad, ruw)
    # Read back what is on disk now: the very bytes of `definitief` and `staat` (so no second
    # parse is needed); a copy goes only when all of it is in there.
    if vorm.lees_ruw(pad) != ruw:
        raise BestandFout(pad, "het bestand leest niet terug zoals het is geschreven")
    laatst.bewaar(pad.name, ruw, opslag.laatst)
    for kopie in kopieen:
        if nog_iets_nieuw(definitief, staat, kopie.doc, kopie.staat):
            uit.gebleven.append((kopie.pad, "nog niet alles ervan staat in de sessie"))
            continue
        rest = opslag.verwijder(kopie.pad)
        if rest:
            uit.gebleven.append((kopie.pad, "verwijderen lukte niet: " + ", ".join(rest)))
        else:
            uit.samengevoegd.append(kopie.pad)
    uit.conflicten = list(staat.conflicten)
    uit.sessie = sessie
    return uit


def _herstel(opslag: Opslag, pad: Path, fout: BestandFout) -> Versie:
    """The session file does not read (cut off by a half-finished sync): the last version
    this laptop knew stands in for it, and the broken file is kept in the rescue folder
    before it is replaced (nothing is ever lost). Without a last version: the file's fault."""
    ruw = laatst.lees(pad.name, opslag.laatst)
    if ruw is None:
        raise fout
    bron = laatst.pad_van(pad.name, opslag.laatst)
    try:
        gelezen = lees_sessie(bron, vorm.ontcijfer(bron, ruw, opslag.kluis))
    except BestandFout:
        raise fout from None
    if gelezen.sessie.id != lees_naam(pad.name).stam:
        raise fout
    from datetime import datetime

    from wievraag.bestanden import schrijf_atomisch

    try:
        kapot = vorm.lees_ruw(pad)
    except BestandFout:
        kapot = b""
    if kapot:
        redding = (
            locations.redding_dir()
            / f"{pad.stem}-beschadigd-{datetime.now():%Y%m%d-%H%M%S}{pad.suffix}"
        )
        schrijf_atomisch(redding, kapot)
    staat = gelezen.staat if gelezen.staat is not None else SyncStaat()
    return Versie(pad, document(gelezen.sessie), staat)


_SOORT = {
    "personen": "persoon",
    "antwoorden": "antwoord",
    "appels": "appèl",
    "cirkels": "cirkel",
    "afspraken": "afspraak",
    "bellen": "wie-bel-je",
    "logboek": "logboekregel",
    "evaluaties": "evaluatie",
    "plan": "het plan",
    "family_finding": "Family Finding",
}


def beschrijf_pad(
    sessie: Sessie | None, pad: str, naam: Callable[[Persoon], str] | None = None
) -> str:
    """A path of the stamps in words: "Oma Riet: toestemming", "het plan: doel". People are
    shown with `naam` (the TUI masks them under F8; the command line shows their relation)."""
    stukken = sync.delen(pad)
    woorden: list[str] = []
    n = 0
    while n < len(stukken):
        stuk = stukken[n]
        if stuk == "personen" and n == 0 and n + 1 < len(stukken):
            persoon = sessie.persoon(stukken[n + 1]) if sessie is not None else None
            if persoon is not None:
                woorden.append(naam(persoon) if naam else (persoon.relatie or "een persoon"))
            else:
                woorden.append("een persoon")
            n += 2
            continue
        woorden.append(_SOORT.get(stuk, stuk.replace("_", " ")))
        n += 2 if stuk in _SOORT and stuk not in ("plan", "family_finding") else 1
    if len(woorden) == 1:
        return woorden[0]
    return f"{', '.join(woorden[:-1])}: {woorden[-1]}"
