"""The wie-vragen, opened from an appèl's last step: asking who else could do it or think
along is how an appèl is passed on (§2.5 step 4), so every answer given here links back."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Header, OptionList, Static

from wievraag.tui.context import sessie
from wievraag.tui.screens.basis import InSessieScreen
from wievraag.tui.widgets.vragenlijst import VragenPaneel


class WieVragenScreen(InSessieScreen):
    HELP_ONDERWERP = "vragen"
    HEEFT_UITLEG = True
    BINDINGS = [Binding("escape", "terug", "Terug naar appèl", id="terug")]

    def __init__(self, appel_id: str) -> None:
        super().__init__()
        self.appel_id = appel_id

    def compose(self) -> ComposeResult:
        appel = sessie(self).appel(self.appel_id)
        yield Header()
        yield Static(
            Text(f"↪ Wie-vragen bij appèl: {appel.kort if appel else '?'}"),
            id="wievragen-context",
        )
        yield VragenPaneel(appel=self.appel_id)
        yield self.footer()

    def hulp_onderwerpen(self) -> list[str]:
        return ["appel", "vragen"]

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_screen_resume(self) -> None:
        self.query_one(VragenPaneel).ververs()  # the answer screen changed the states

    def action_terug(self) -> None:
        self.app.pop_screen()
