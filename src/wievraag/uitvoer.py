"""Writing an export to a file, and finding the session to export (CLI and app share this).

The export itself is pure (`wievraag.export`); this is the one place that puts it on disk:
atomically and private (0600), like every file of wievraag.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wievraag import locations
from wievraag.bestanden import maak_prive_map, schrijf_atomisch
from wievraag.export import Formaat, Soort, bestandsnaam, exporteer
from wievraag.model import Sessie
from wievraag.store import Opslag, Overzicht

if TYPE_CHECKING:
    from wievraag.vragen import Vragen


class ExportFout(Exception):
    """A problem to tell the user in one Dutch sentence."""

    def __init__(self, melding: str) -> None:
        super().__init__(melding)
        self.melding = melding


@dataclass(frozen=True)
class Keuze:
    soort: Soort
    formaat: Formaat
    pseudoniem: bool = False


def vraagteksten(vragen: Vragen | None = None) -> dict[str, str]:
    """Question texts for answers saved without one, and the closing conversation's questions
    (the session keeps only their ids); an unreadable bank just gives none."""
    try:
        if vragen is None:
            from wievraag.vragen import Vragen

            vragen = Vragen.laad()
        teksten = {v.id: v.tekst for v in vragen.alle}
        return teksten | {t.id: t.tekst for t in vragen.bank.afsluiting}
    except Exception:  # the export must not fail on the bank: the answers hold the texts
        return {}


def regelteksten(vragen: Vragen | None = None) -> dict[str, str]:
    """The bank's words for the plan's minimum requirements; none when the bank is unreadable
    (the export then names each requirement by its id)."""
    try:
        if vragen is None:
            from wievraag.vragen import Vragen

            vragen = Vragen.laad()
        return {r.id: r.tekst for r in vragen.bank.plan_regels}
    except Exception:  # the export must not fail on the bank
        return {}


def schrijf_export(
    sessie: Sessie,
    keuze: Keuze,
    doel: Path | None = None,
    data: Path | None = None,
    teksten: Mapping[str, str] | None = None,
    regels: Mapping[str, str] | None = None,
) -> Path:
    """Write the export; returns where it went.

    Without `doel` it goes to the private `exports/` folder next to the sessions. A `doel`
    that is a folder gets the standard file name (no family name in it).
    """
    tekst = exporteer(
        sessie,
        keuze.soort,
        keuze.formaat,
        pseudoniem=keuze.pseudoniem,
        vraagteksten=vraagteksten() if teksten is None else teksten,
        regelteksten=regelteksten() if regels is None else regels,
    )
    naam = bestandsnaam(sessie, keuze.soort, keuze.formaat, pseudoniem=keuze.pseudoniem)
    if doel is None:
        map_ = maak_prive_map(locations.exports_dir(data or locations.data_dir()))
        pad, prive = map_ / naam, True
    else:
        doel = doel.expanduser()
        pad = doel / naam if doel.is_dir() else doel
        prive = False
        if not pad.parent.is_dir():
            raise ExportFout(f"De map {pad.parent} bestaat niet.")
    try:
        schrijf_atomisch(pad, tekst.encode("utf-8"), prive_map=prive)
    except OSError as fout:
        raise ExportFout(f"Kan {pad} niet schrijven: {fout.strerror or fout}.") from None
    return pad


def schrijf_tekening(sessie: Sessie, svg: str, naam: str, data: Path | None = None) -> Path:
    """Write a drawing of the network (the Kaart tab's "save as SVG") to the private
    `exports/` folder, named by session id like every export (so `wis` removes it too)."""
    map_ = maak_prive_map(locations.exports_dir(data or locations.data_dir()))
    pad = map_ / f"{sessie.id}-kaart-{naam}.svg"
    try:
        schrijf_atomisch(pad, svg.encode("utf-8"), prive_map=True)
    except OSError as fout:
        raise ExportFout(f"Kan {pad} niet schrijven: {fout.strerror or fout}.") from None
    return pad


def zoek_sessie(opslag: Opslag, sleutel: str) -> Overzicht:
    """A session by id or by its family label (whole label, any case; else a unique part)."""
    items = [i for i in opslag.lijst().items if not i.fout]
    gevonden = [i for i in items if i.id == sleutel] or [i for i in items if i.naam == sleutel]
    if not gevonden:
        woorden = " ".join(sleutel.split()).casefold()
        gevonden = [i for i in items if " ".join((i.gezin or "").split()).casefold() == woorden]
        if not gevonden and woorden:
            gevonden = [i for i in items if woorden in (i.gezin or "").casefold()]
    # A sync tool's conflict copy carries the same id: the real file goes first.
    echt = [i for i in gevonden if not i.conflict]
    if len({i.id for i in gevonden}) == 1:
        return (echt or gevonden)[0]
    if not gevonden:
        raise ExportFout(
            f"Geen sessie gevonden met id of label '{sleutel}'. "
            "`wievraag lijst` toont alle sessies."
        )
    regels = "\n".join(f"  {i.id}  {i.gezin}" for i in gevonden)
    raise ExportFout(f"'{sleutel}' past bij meer dan één sessie. Kies er één met het id:\n{regels}")
