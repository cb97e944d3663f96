"""The genogram of the family on its own screen (g in Personen)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Header, Static

from wievraag.tui.masker import naam_functie
from wievraag.tui.screens.basis import InSessieScreen
from wievraag.tui.widgets.genogram import GenogramTekening


class GenogramScreen(InSessieScreen):
    HELP_ONDERWERP = "genogram"
    BINDINGS = [Binding("escape", "terug", "Terug", id="terug")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(
            "De familie in generaties (blog 003). Ouders, partners en wie er in huis "
            "woont vul je in bij de persoon.",
            id="genogram-kop",
        )
        yield GenogramTekening(naam_functie(self), id="genogram")
        yield self.footer()

    def on_mount(self) -> None:
        self.query_one("#genogram-vlak").focus()  # arrows scroll a wide family

    def on_screen_resume(self) -> None:
        # Read again from the model: a person may have changed, or an undo happened.
        self.verouderd = False
        self.query_one(GenogramTekening).ververs()

    def toon_namen(self) -> None:
        self.query_one(GenogramTekening).ververs()  # F8: initials instead of names, or back

    async def toon_hersteld(self) -> None:
        self.query_one(GenogramTekening).ververs()

    def action_terug(self) -> None:
        self.app.pop_screen()
