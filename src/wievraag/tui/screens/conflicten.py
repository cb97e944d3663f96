"""Two laptops, one family: merging a session's sync copies when it opens, and asking a person
about what the merge could not decide (issue 22).

Opening a session that has copies next to it (OneDrive, Nextcloud, Syncthing…) merges them
first (store/versies.py; the copies are deleted through the store once everything of them is
in the session). Opening a copy itself changes nothing, as before. What both laptops changed
differently is asked here, one field at a time: this laptop's value, the other one, or both
(for free text). A record deleted on one laptop and changed on the other: keep or delete.
Every choice goes through the editor (one undo step, saved like any change) and then gets a
decision stamp, so it closes the question on the other laptop too. Esc leaves the rest for
later: the questions stay in the file and come back at the next opening.

Names follow the privacy mask (F8) like everywhere else (tui/masker.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from wievraag.tui.context import wv
from wievraag.tui.dialogs import Dialoog
from wievraag.tui.masker import toon_naam, veilig, verberg_tekst

if TYPE_CHECKING:
    from wievraag.model import Sessie
    from wievraag.store.sync import Conflict
    from wievraag.store.versies import Samenvoeging
    from wievraag.tui.app import WievraagApp


def voeg_versies_samen(app: WievraagApp, pad: Path) -> Samenvoeging | None:
    """Merge the copies of the session at `pad` before it opens; says what happened in a
    notification. None when there was nothing to merge (or it could not be done: said too,
    and the session opens as it is)."""
    from wievraag.fouten import BestandFout
    from wievraag.store import SessieInGebruik
    from wievraag.store.kopieen import lees_naam
    from wievraag.store.versies import kopieen_van, voeg_kopieen_samen

    if lees_naam(pad.name).is_kopie or not kopieen_van(app.opslag, pad):
        return None
    try:
        uit = voeg_kopieen_samen(app.opslag, pad)
    except SessieInGebruik:
        return None  # opening says so
    except (BestandFout, OSError) as fout:
        melding = fout.melding if isinstance(fout, BestandFout) else str(fout.strerror)
        app.notify(
            f"De kopieën konden niet worden samengevoegd: {melding}",
            title="Samenvoegen",
            severity="error",
            timeout=10,
        )
        return None
    app.notify(
        " ".join(uit.samenvatting()),
        title="Twee versies samengevoegd",
        severity="warning" if uit.conflicten or uit.gebleven else "information",
        timeout=10,
    )
    return uit


# -- where a path of the stamps lives in the model --------------------------------------------


@dataclass(frozen=True)
class Plek:
    """The model part a conflict's path points at: a field `veld` of `deel`, or (with
    `sleutel`) the record with that key in the list `veld` of `deel`."""

    deel: BaseModel
    veld: str
    sleutel: str | None = None


def _veld(model: BaseModel, alias: str) -> str | None:
    for naam, info in type(model).model_fields.items():
        if (info.alias or naam) == alias:
            return naam
    return None


def _sleutel_van(item: BaseModel) -> str:
    for naam in ("id", "versie", "persoon"):
        if naam in type(item).model_fields:
            return str(getattr(item, naam))
    return ""


def zoek_plek(sessie: Sessie, pad: str) -> Plek | None:
    """Follow a path (`personen/p-1/toestemming`, `plan/afspraken/af-1`) through the model."""
    from wievraag.store.sync import delen

    stukken = delen(pad)
    knoop: BaseModel = sessie
    n = 0
    while n < len(stukken):
        veld = _veld(knoop, stukken[n])
        if veld is None:
            return None
        if n == len(stukken) - 1:
            return Plek(knoop, veld)
        waarde = getattr(knoop, veld)
        if isinstance(waarde, list):
            sleutel = stukken[n + 1]
            item = next(
                (x for x in waarde if isinstance(x, BaseModel) and _sleutel_van(x) == sleutel),
                None,
            )
            if item is None:
                return None
            if n + 1 == len(stukken) - 1:
                return Plek(knoop, veld, sleutel)
            knoop = item
            n += 2
        elif isinstance(waarde, BaseModel):
            knoop = waarde
            n += 1
        else:
            return None
    return None


# -- the screen -------------------------------------------------------------------------------


class ConflictScherm(Dialoog[None]):
    """One question at a time, until none is open or the person chooses later (Esc). After
    the questions of the merge: two people with one name (both laptops added someone), offered
    to the merge of two people (`Sessie.voeg_samen`, as m … m in Personen does)."""

    BINDINGS = [
        Binding("1", "kies('hier')", "Deze laptop", show=False),
        Binding("2", "kies('daar')", "De andere", show=False),
        Binding("3", "kies('beide')", "Allebei", show=False),
        Binding("escape", "later", "Later"),
    ]

    def __init__(self, dubbel: list[tuple[str, str]] | None = None) -> None:
        super().__init__(classes="dialoog")
        self._klaar = 0
        self._dubbel = list(dubbel or [])

    def compose(self) -> ComposeResult:
        with Vertical(classes="venster", id="conflict"):
            yield Static("", id="conflict-vraag", classes="vraag")
            with Horizontal(classes="knoppen"):
                yield Button("1 · deze laptop", id="hier", variant="primary")
                yield Button("2 · de andere", id="daar")
                yield Button("3 · allebei", id="beide")
            yield Static("Esc = later kiezen (de vraag blijft bewaard)", classes="hint")

    def on_mount(self) -> None:
        self.watch(self.app, "namen_verborgen", lambda _: self._toon(), init=False)
        self._toon()

    @property
    def _conflicten(self) -> list[Conflict]:
        editor = wv(self).editor
        return list(editor.bestand.sync.conflicten) if editor is not None else []

    def _dubbel_nu(self, sessie: Sessie) -> tuple[str, str] | None:
        """The next pair of people with one name, both still there."""
        while self._dubbel:
            een, ander = self._dubbel[0]
            if sessie.persoon(een) is not None and sessie.persoon(ander) is not None:
                return een, ander
            self._dubbel.pop(0)
        return None

    def _toon(self) -> None:
        conflicten = self._conflicten
        sessie = wv(self).editor_open.sessie
        beide = self.query_one("#beide", Button)
        totaal = len(conflicten) + len(self._dubbel) + self._klaar
        kop = f"[b]Op twee laptops anders ingevuld[/b] ({self._klaar + 1} van {totaal})\n\n"
        if not conflicten:
            paar = self._dubbel_nu(sessie)
            if paar is None:
                self.dismiss(None)
                return
            een = sessie.persoon(paar[0])
            assert een is not None
            self.query_one("#conflict-vraag", Static).update(
                f"{kop}Er staan nu [b]twee personen[/b] met de naam "
                f"[b]{veilig(toon_naam(self, een))}[/b]: op beide laptops is deze persoon "
                "toegevoegd. Is het één persoon? Dan komt alles van de tweede bij de eerste."
            )
            self.query_one("#hier", Button).label = "1 · één persoon"
            self.query_one("#daar", Button).label = "2 · twee personen"
            beide.display = False
            self.query_one("#hier", Button).focus()
            return
        conflict = conflicten[0]
        wat = self._wat(sessie, conflict.pad)
        if conflict.soort == "weg":
            tekst = (
                f"{kop}[b]{veilig(wat)}[/b] is op de andere laptop verwijderd, maar hier "
                "gewijzigd of nog gebruikt. Houden of verwijderen?"
            )
            self.query_one("#hier", Button).label = "1 · houden"
            self.query_one("#daar", Button).label = "2 · verwijderen"
            beide.display = False
        else:
            plek = zoek_plek(sessie, conflict.pad)
            hier = getattr(plek.deel, plek.veld) if plek is not None else None
            tekst = (
                f"{kop}[b]{veilig(wat)}[/b]\n\n"
                f"Deze laptop: [b]{veilig(self._waarde(sessie, hier))}[/b]\n"
                f"De andere:   [b]{veilig(self._waarde(sessie, conflict.waarde))}[/b]"
            )
            self.query_one("#hier", Button).label = "1 · deze laptop"
            self.query_one("#daar", Button).label = "2 · de andere"
            beide.display = isinstance(hier, str) and isinstance(conflict.waarde, str)
        self.query_one("#conflict-vraag", Static).update(tekst)
        self.query_one("#hier", Button).focus()

    def _wat(self, sessie: Sessie, pad: str) -> str:
        from wievraag.store.versies import beschrijf_pad

        return beschrijf_pad(sessie, pad, lambda p: toon_naam(self, p))

    def _waarde(self, sessie: Sessie, waarde: Any) -> str:
        """A value as a person reads it: ids as names (masked under F8), free text masked."""
        if waarde is None or waarde == "" or waarde == []:
            return "(leeg)"
        if isinstance(waarde, bool):
            return "ja" if waarde else "nee"
        if isinstance(waarde, datetime | date):
            return f"{waarde:%d-%m-%Y}"
        if isinstance(waarde, list):
            return ", ".join(self._waarde(sessie, w) for w in waarde)
        if isinstance(waarde, str):
            persoon = sessie.persoon(waarde)
            if persoon is not None:
                return toon_naam(self, persoon)
            return verberg_tekst(self, waarde)
        return str(waarde)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id in ("hier", "daar", "beide"):
            self.action_kies(event.button.id)

    def action_later(self) -> None:
        self.dismiss(None)

    def action_kies(self, keuze: str) -> None:
        conflicten = self._conflicten
        editor = wv(self).editor_open
        if not conflicten:
            paar = self._dubbel_nu(editor.sessie)
            if paar is None or keuze == "beide":
                return
            self._dubbel.pop(0)
            if keuze == "hier":
                editor.doe(editor.sessie.voeg_samen, paar[1], paar[0])
                editor.bewaar_nu()
            self._klaar += 1
            self._toon()
            return
        conflict = conflicten[0]
        if keuze == "beide" and not self.query_one("#beide", Button).display:
            return
        try:
            self._pas_toe(conflict, keuze)
        except (ValidationError, ValueError) as fout:
            self.notify(f"Dat kan niet: {fout}", severity="error")
            return
        if not (conflict.soort == "weg" and keuze == "daar"):
            # The deletion itself closes a delete question (stamped as a delete on save).
            editor.bestand.besluit(conflict.pad)
        editor.bewaar_nu()
        self._klaar += 1
        self._toon()

    def _pas_toe(self, conflict: Conflict, keuze: str) -> None:
        editor = wv(self).editor_open
        sessie = editor.sessie
        plek = zoek_plek(sessie, conflict.pad)
        if plek is None:
            return  # gone meanwhile: the decision stamp alone settles it
        if conflict.soort == "weg":
            if keuze != "daar" or plek.sleutel is None:
                return  # keep: the record is there already
            if plek.deel is sessie and plek.veld == "personen":
                editor.doe(sessie.verwijder_persoon, plek.sleutel)
            else:
                lijst = getattr(plek.deel, plek.veld)
                editor.zet(
                    plek.deel, **{plek.veld: [x for x in lijst if _sleutel_van(x) != plek.sleutel]}
                )
            return
        hier = getattr(plek.deel, plek.veld)
        if keuze == "daar":
            waarde = conflict.waarde
            if waarde is None:  # not set there: the field's empty value
                info = type(plek.deel).model_fields[plek.veld]
                waarde = info.get_default(call_default_factory=True)
            editor.zet(plek.deel, **{plek.veld: waarde})
        elif keuze == "beide" and isinstance(hier, str) and isinstance(conflict.waarde, str):
            editor.zet(plek.deel, **{plek.veld: f"{hier}\n{conflict.waarde}"})
