"""Quitting with something not on disk: three choices, said in plain words, never a silent loss.

Saving can fail (a full disk, a folder made read-only, a synced folder gone) or wait on a
question (the file changed outside wievraag). Ctrl+Q then asks: try again, save a copy in a
folder you choose, or quit and lose the change. Escape stays in the app.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Static

from wievraag.tui.context import wv
from wievraag.tui.dialogs import Dialoog
from wievraag.tui.widgets.velden import Invoer


class NietOpgeslagen(Dialoog[None]):
    BINDINGS = [Binding("escape", "blijf", "Terug naar de app")]

    def __init__(self) -> None:
        super().__init__(classes="dialoog")

    def compose(self) -> ComposeResult:
        with Vertical(classes="venster", id="niet-opgeslagen"):
            yield Static(self._uitleg(), classes="vraag", id="afsluiten-uitleg")
            with Horizontal(classes="knoppen"):
                yield Button("Opnieuw proberen", id="opnieuw", variant="primary", compact=True)
                yield Button("Kopie bewaren in een map die je kiest…", id="kopie", compact=True)
                yield Button(
                    "Afsluiten en de wijziging kwijtraken",
                    id="kwijt",
                    variant="error",
                    compact=True,
                )
            # Hidden until "Kopie bewaren" is chosen; set here, not in on_mount, because a
            # dialog popped before it mounted has no children to query any more.
            label = Label("Map voor de kopie (Enter = bewaren):", id="kopie-label")
            label.display = False
            yield label
            invoer = Invoer(str(Path.home()), id="kopie-map")
            invoer.display = False
            yield invoer
            yield Static("", id="afsluiten-melding")

    def _uitleg(self) -> str:
        editor = wv(self).editor
        if editor is not None and editor.autosaver.extern:
            reden = "het bestand is buiten wievraag om veranderd, en wievraag overschrijft het niet"
        elif editor is not None and editor.autosaver.fout:
            reden = f"opslaan lukt niet ({editor.autosaver.fout})"
        else:
            reden = "het laatste is nog niet opgeslagen"
        return (
            f"Niet alles is opgeslagen: {reden}.\n\n"
            "Wat wil je doen? Je werk staat nog in het geheugen zolang de app open is."
        )

    def on_mount(self) -> None:
        for knop in self.query("#opnieuw").results(Button):  # none when popped before mount
            knop.focus()

    def _meld(self, tekst: str) -> None:
        self.query_one("#afsluiten-melding", Static).update(tekst)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        app = wv(self)
        if event.button.id == "opnieuw":
            if app.editor is not None and app.editor.autosaver.extern:
                self._meld("Dat lukt niet zolang het bestand buiten wievraag om veranderd is.")
                return
            if app.sluit_sessie():
                app.exit()
                return
            self._uitleg_opnieuw("Het lukte weer niet.")
        elif event.button.id == "kopie":
            self.query_one("#kopie-label").display = True
            invoer = self.query_one("#kopie-map", Input)
            invoer.display = True
            invoer.focus()
        elif event.button.id == "kwijt":
            app.verlaat_zonder_opslaan()

    def _uitleg_opnieuw(self, melding: str) -> None:
        self.query_one("#afsluiten-uitleg", Static).update(self._uitleg())
        self._meld(melding)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        app = wv(self)
        if app.editor is None:
            app.exit()
            return
        map_ = Path(event.value.strip() or str(Path.home())).expanduser()
        if not map_.is_dir():
            self._meld(f"De map {map_} bestaat niet. Kies een bestaande map.")
            return
        try:
            pad = app.editor.bestand.bewaar_kopie_naar(map_, prive_map=False)
        except OSError as fout:
            self._meld(
                f"Bewaren in {map_} lukt niet ({fout.strerror or fout}). Kies een andere map."
            )
            return
        app.verlaat_zonder_opslaan(melding=f"Je werk staat in {pad}.")

    def action_blijf(self) -> None:
        wv(self).wil_stoppen = False  # staying: a reload after this does not quit
        self.dismiss(None)
