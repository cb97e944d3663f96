"""The export dialog (x in the session): what, which format, with or without real names.

The file goes to the private `exports/` folder next to the sessions; the app says where, so
the professional can print it or attach it to the client file.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Label, RadioSet, Static

from wievraag.export import Formaat
from wievraag.tui.dialogs import Dialoog
from wievraag.tui.widgets.keuzes import Rondje, Vinkje
from wievraag.uitvoer import Keuze

# Short, so the five fit on one line of an 80-column dialog; the hint says what each is for.
KORT: dict[Formaat, str] = {
    "html": "HTML",
    "md": "Markdown",
    "docx": "Word",
    "graphml": "GraphML",
    "csv": "CSV",
}


def _formaat(knop: str | None) -> Formaat:
    gekozen = (knop or "").removeprefix("formaat-")
    return next((f for f in KORT if f == gekozen), "html")


class ExportDialoog(Dialoog[Keuze | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Annuleer")]

    def __init__(self) -> None:
        super().__init__(classes="dialoog")

    def compose(self) -> ComposeResult:
        # The choices scroll on a 60x20 projector (five formats need more rows than that); the
        # buttons stay below them, always on screen.
        with Vertical(classes="venster", id="export-venster"):
            yield Static("[b]Exporteren[/b]", classes="vraag")
            yield from self._keuzes()
            with Horizontal(classes="knoppen"):
                yield Button("Exporteer", id="ja", variant="primary")
                yield Button("Annuleer", id="nee")

    def _keuzes(self) -> ComposeResult:
        with VerticalScroll(id="export-keuzes", can_focus=False):
            yield Label("Wat wil je maken?")
            with RadioSet(id="export-soort", compact=True):
                yield Rondje("gedeeld plan (voor gezin en netwerk)", id="soort-plan", value=True)
                yield Rondje("volledige sessie (voor je dossier)", id="soort-sessie")
            yield Label("Formaat")
            with RadioSet(id="export-formaat", classes="keuzes", compact=True):
                for formaat, naam in KORT.items():
                    yield Rondje(naam, id=f"formaat-{formaat}", value=formaat == "html")
            yield Static(
                "Word voor het dossier · GraphML en CSV: het netwerk voor analyse", classes="hint"
            )
            yield Vinkje(
                "namen vervangen door rollen (voor intervisie of training)",
                id="export-pseudoniem",
                compact=True,
            )
            yield Static(
                "In het gedeelde plan staan alleen mensen met toestemming (ja).", classes="hint"
            )

    def on_mount(self) -> None:
        self.query_one("#export-soort", RadioSet).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id != "ja":
            self.dismiss(None)
            return
        soort = self.query_one("#export-soort", RadioSet).pressed_button
        formaat = self.query_one("#export-formaat", RadioSet).pressed_button
        self.dismiss(
            Keuze(
                soort="sessie" if soort is not None and soort.id == "soort-sessie" else "plan",
                formaat=_formaat(formaat.id if formaat is not None else None),
                pseudoniem=self.query_one("#export-pseudoniem", Vinkje).value,
            )
        )
