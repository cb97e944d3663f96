"""One family's session: its parts as tabs (only parts that exist are shown)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, TabbedContent, TabPane

from wievraag.tui.context import wv
from wievraag.tui.widgets.personen import PersonenPaneel
from wievraag.tui.widgets.vragenlijst import VragenPaneel


class SessieScreen(Screen[None]):
    HELP_ONDERWERP = "sessie"
    BINDINGS = [
        Binding("escape", "terug", "Terug", id="terug"),
        Binding("v", "toon('vragen')", "Vragen", id="tab-vragen"),
        Binding("p", "toon('personen')", "Personen", id="tab-personen"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(initial="vragen"):
            with TabPane("Wie-vragen", id="vragen"):
                yield VragenPaneel()
            with TabPane("Personen", id="personen"):
                yield PersonenPaneel()
        yield Footer(compact=True)

    def hulp_onderwerpen(self) -> list[str]:
        """Help for the session and for the tab you are on."""
        return ["sessie", self.query_one(TabbedContent).active]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The key of the tab you are on is hidden: the footer keeps room for what you can do.
        if action == "toon" and parameters:
            return self.query_one(TabbedContent).active != parameters[0]
        return True

    def action_toon(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        self.call_after_refresh(self._focus_in, tab)

    def _focus_in(self, tab: str) -> None:
        doelen = {"vragen": "#vragenlijst", "personen": "#personentabel"}
        self.query_one(doelen[tab]).focus()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.refresh_bindings()
        if event.pane.id:
            self.call_after_refresh(self._focus_in, event.pane.id)

    def on_screen_suspend(self) -> None:
        wv(self).bewaar_nu()

    def on_screen_resume(self) -> None:
        # Another screen (answer, person) may have changed what these tabs show.
        for paneel in self.query(VragenPaneel):
            paneel.ververs()
        for tabel in self.query(PersonenPaneel):
            tabel.ververs()

    def action_terug(self) -> None:
        wv(self).sluit_sessie()
        self.app.pop_screen()
