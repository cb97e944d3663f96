"""One family's session: its parts as tabs (only parts that exist are shown)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Header, TabbedContent, TabPane

if TYPE_CHECKING:
    from wievraag.uitvoer import Keuze

from wievraag.tui.context import sessie, wv
from wievraag.tui.screens.basis import InSessieScreen
from wievraag.tui.widgets.appels import AppelPaneel
from wievraag.tui.widgets.inbeeld import revisie, zelfde
from wievraag.tui.widgets.interviews import InterviewsPaneel
from wievraag.tui.widgets.kaart import KaartPaneel
from wievraag.tui.widgets.personen import PersonenPaneel
from wievraag.tui.widgets.plan import PlanPaneel
from wievraag.tui.widgets.vragenlijst import VragenPaneel


class SessieScreen(InSessieScreen):
    HELP_ONDERWERP = "sessie"
    HEEFT_UITLEG = True  # the tabs with a panel explain themselves (the widgets watch F3)
    UITLEG_TABS = frozenset({"vragen", "interviews", "personen", "kaart", "plan"})
    BINDINGS = [
        Binding("escape", "terug", "Terug", id="terug"),
        # The tab keys are written in the tab labels, right where you look for them; the
        # footer keeps its 80 columns for what you can do in the tab (F2 included).
        Binding("e", "toon('appel')", "Appèls", id="tab-appel", show=False),
        Binding("v", "toon('vragen')", "Vragen", id="tab-vragen", show=False),
        Binding("p", "toon('personen')", "Personen", id="tab-personen", show=False),
        Binding("i", "toon('interviews')", "Interviews", id="tab-interviews", show=False),
        Binding("k", "toon('kaart')", "Kaart", id="tab-kaart", show=False),
        Binding("l", "toon('plan')", "Plan", id="tab-plan", show=False),
        Binding(
            "x", "exporteer", "Exporteren", id="exporteer", tooltip="Plan of sessie exporteren"
        ),
    ]

    _breed = True  # the tab labels are the wide ones

    def compose(self) -> ComposeResult:
        # The panels fill themselves when mounted (or first shown): that is this state (set
        # here, before the first tab's activation arrives, which would refresh it again).
        self._gezien = revisie(self)
        yield Header()
        # The method's order: the appèl comes first, then the wie-vraag, then the network.
        with TabbedContent(initial="vragen"):
            with TabPane(_tab("e", "Appèls"), id="appel"):
                yield AppelPaneel()
            with TabPane(_tab("v", "Wie-vragen"), id="vragen"):
                yield VragenPaneel()
            with TabPane(_tab("i", "Interviews"), id="interviews"):
                yield InterviewsPaneel()
            with TabPane(_tab("p", "Personen"), id="personen"):
                yield PersonenPaneel()
            with TabPane(_tab("k", "Kaart"), id="kaart"):
                yield KaartPaneel(id="kaart-paneel")
            with TabPane(_tab("l", "Plan"), id="plan"):
                yield PlanPaneel()
        yield self.footer()

    def on_resize(self, event: events.Resize) -> None:
        # Every tab named at 60 columns (a projector with big letters): the app's `-smal`
        # class narrows their padding (wievraag.tcss), and "Wie-vragen" becomes "Vragen".
        breed = event.size.width >= wv(self).SMAL
        if breed != self._breed:
            self._breed = breed
            tab = self.query_one(TabbedContent).get_tab("vragen")
            tab.label = _tab("v", "Wie-vragen" if breed else "Vragen")

    def hulp_onderwerpen(self) -> list[str]:
        """Help for the session and for the tab you are on."""
        return ["sessie", self.query_one(TabbedContent).active]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "uitleg":
            return self.query_one(TabbedContent).active in self.UITLEG_TABS
        return super().check_action(action, parameters)

    def action_toon(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        self.call_after_refresh(self._focus_in, tab)

    def _focus_in(self, tab: str) -> None:
        if self.query_one(TabbedContent).active != tab:
            return  # another tab was chosen since: focusing this one would switch back
        doelen = {
            "appel": "#appeltabel",
            "vragen": "#vragenlijst",
            "personen": "#personentabel",
            "plan": "#rooster",
            "interviews": "#interviewtabel",
            "kaart": "#kaart-paneel",
        }
        self.query_one(doelen[tab]).focus()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.refresh_bindings()
        if event.pane.id:
            self._ververs_tab(event.pane.id)
            self.call_after_refresh(self._focus_in, event.pane.id)

    # Which tab shows which panel. A tab is refreshed when it is shown and the session
    # changed since it last showed it, not every tab on every return (2,000 people: the
    # register alone takes a quarter of a second to fill).
    PANELEN: dict[str, type[Widget]] = {
        "appel": AppelPaneel,
        "vragen": VragenPaneel,
        "interviews": InterviewsPaneel,
        "personen": PersonenPaneel,
        "kaart": KaartPaneel,
        "plan": PlanPaneel,
    }
    _gezien: tuple[object, ...] = ()  # the state of the session the tabs show
    _verouderd: frozenset[str] = frozenset()  # tabs to refresh when next shown

    def on_screen_resume(self) -> None:
        # Another screen (answer, person) may have changed what these tabs show.
        self._ververs_tab(self.query_one(TabbedContent).active)

    def _zie_wijzigingen(self) -> None:
        """After a change (here, on another screen, an undo) every tab is out of date."""
        nu = revisie(self)
        if not zelfde(nu, self._gezien):
            self._gezien = nu
            self._verouderd = frozenset(self.PANELEN)

    def _alles_verouderd(self) -> None:
        """Every tab shows the session anew when it is next in view; the one in view now."""
        self._gezien = revisie(self)
        self._verouderd = frozenset(self.PANELEN)
        self._ververs_tab(self.query_one(TabbedContent).active)

    def _ververs_tab(self, tab: str) -> None:
        self._zie_wijzigingen()
        if tab not in self._verouderd:
            return
        self._verouderd -= {tab}
        soort = self.PANELEN.get(tab)
        if soort is None:
            return  # a tab without a panel that refreshes
        for paneel in self.query(soort):
            paneel.ververs()  # type: ignore[attr-defined]

    def action_exporteer(self) -> None:
        from wievraag.tui.screens.exporteer import ExportDialoog

        self.app.push_screen(ExportDialoog(), self._exporteer)

    def _exporteer(self, keuze: Keuze | None) -> None:
        from wievraag.tui.dialogs import Bevestig
        from wievraag.uitvoer import ExportFout, regelteksten, schrijf_export, vraagteksten

        if keuze is None:
            return
        app = wv(self)
        sleutel = app.instellingen.organisatie_sleutel
        if app.opslag.versleuteld and not sleutel and not keuze.onversleuteld:
            # The sessions are encrypted; an export would be readable text: ask first.
            def verder(ja: bool | None) -> None:
                if ja:
                    self._exporteer(replace(keuze, onversleuteld=True))

            self.app.push_screen(
                Bevestig(
                    "Je sessies zijn versleuteld, maar deze export wordt leesbare tekst voor "
                    "iedereen die het bestand heeft. Toch exporteren? (Met de sleutel van je "
                    "organisatie in de instellingen wordt elke export versleuteld.)",
                    ja="Onversleuteld exporteren",
                    gevaarlijk=True,
                ),
                verder,
            )
            return
        try:
            paden = schrijf_export(
                sessie(self),
                keuze,
                data=app.opslag.data,
                teksten=vraagteksten(app.vragen),
                regels=regelteksten(app.vragen),
                sleutel=sleutel,
                map_versleuteld=app.opslag.versleuteld,
            )
        except ExportFout as fout:
            self.notify(fout.melding, title="Export mislukt", severity="error", timeout=10)
            return
        versleuteld = " (versleuteld voor je organisatie)" if paden[0].suffix == ".age" else ""
        self.notify(
            "Opgeslagen in:\n" + "\n".join(str(p) for p in paden) + versleuteld,
            title="✓ Export klaar",
            timeout=20,
        )

    def toon_namen(self) -> None:
        self._alles_verouderd()  # the privacy mask changed: every tab shows names anew

    async def toon_hersteld(self) -> None:
        # The tabs stay where they are; their contents are read again from the session.
        self._alles_verouderd()

    def action_terug(self) -> None:
        wv(self).sluit_sessie()
        self.app.pop_screen()


def _tab(toets: str, naam: str) -> Content:
    return Content.from_markup(f"[b $footer-key-foreground]{toets}[/] {naam}")
