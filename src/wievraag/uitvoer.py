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
from wievraag.export import Formaat, Soort, bestanden
from wievraag.export.context import NEE_SLEUTEL
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
    # Written as plain text although the data folder is encrypted, or although the
    # organisation's key is set: only when the user said so (asked first in the app).
    onversleuteld: bool = False


AGE = ".age"


def versleutel_voor(inhoud: bytes, sleutel: str) -> bytes:
    """`inhoud` encrypted to the organisation's age public key: only its private key opens
    it (`age -d -i sleutel.txt bestand.age`). A wrong key is an ExportFout, never a plain file."""
    import pyrage  # loads only for an encrypted export

    try:
        ontvanger = pyrage.x25519.Recipient.from_str(sleutel)
    except Exception:  # pyrage.RecipientError: not an "age1…" key
        raise ExportFout(
            "De organisatie_sleutel in instellingen.toml is geen geldige age-sleutel "
            "(die begint met age1…). Er is niets geschreven."
        ) from None
    versleuteld: bytes = pyrage.encrypt(inhoud, [ontvanger])
    return versleuteld


def vraagteksten(vragen: Vragen | None = None) -> dict[str, str]:
    """Question texts for answers saved without one, and the closing conversation's questions
    (the session keeps only their ids); an unreadable bank just gives none."""
    try:
        if vragen is None:
            from wievraag.vragen import Vragen

            vragen = Vragen.laad()
        teksten = {v.id: v.tekst for v in vragen.alle}
        teksten |= {f"{NEE_SLEUTEL}{t.id}": t.tekst for t in vragen.bank.nee_soorten}
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
    *,
    sleutel: str = "",
    map_versleuteld: bool = False,
) -> list[Path]:
    """Write the export (CSV: two files); returns where they went.

    Without `doel` it goes to the private `exports/` folder next to the sessions. A `doel`
    that is a folder gets the standard file name (no family name in it). With the
    organisation's key (`sleutel`) every file is written encrypted to it, as `.age`. A plain
    export from an encrypted data folder is refused unless the user chose it (`onversleuteld`).
    """
    versleutel = bool(sleutel) and not keuze.onversleuteld
    if map_versleuteld and not versleutel and not keuze.onversleuteld:
        raise ExportFout(
            "Je sessies zijn versleuteld, maar een export is leesbare tekst voor iedereen die "
            "het bestand heeft. Kies bewust voor een onversleutelde export "
            "(--onversleuteld), of zet de sleutel van je organisatie in instellingen.toml "
            "(organisatie_sleutel, zie de README)."
        )
    delen = bestanden(
        sessie,
        keuze.soort,
        keuze.formaat,
        pseudoniem=keuze.pseudoniem,
        vraagteksten=vraagteksten() if teksten is None else teksten,
        regelteksten=regelteksten() if regels is None else regels,
    )
    if versleutel:
        delen = [(naam + AGE, versleutel_voor(inhoud, sleutel)) for naam, inhoud in delen]
    if doel is None:
        map_ = maak_prive_map(locations.exports_dir(data or locations.data_dir()))
        paden, prive = [map_ / naam for naam, _ in delen], True
    else:
        doel = doel.expanduser()
        if len(delen) > 1 and not doel.is_dir():
            # Two files (CSV): a given file name becomes their common stem.
            stam = doel.name.removesuffix(AGE).removesuffix(".csv")
            paden = [doel.parent / f"{stam}-{_deel(naam)}" for naam, _ in delen]
        else:
            paden = [doel / naam if doel.is_dir() else doel for naam, _ in delen]
        prive = False
        if not paden[0].parent.is_dir():
            raise ExportFout(f"De map {paden[0].parent} bestaat niet.")
    for pad, (_, inhoud) in zip(paden, delen, strict=True):
        try:
            schrijf_atomisch(pad, inhoud, prive_map=prive)
        except OSError as fout:
            raise ExportFout(f"Kan {pad} niet schrijven: {fout.strerror or fout}.") from None
    return paden


def _deel(naam: str) -> str:
    """ "…-sessie-personen.csv.age" → "personen.csv.age": the part that tells the files apart."""
    return naam.rsplit("-", 1)[1]


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
