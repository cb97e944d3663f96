"""Whom to call in a given situation ("als Roos 's avonds vastloopt: Sanne, dan Lieke").

Part of the plan's details (000: who does what, whom to call); the people are the register's,
in the order to call them, and only with the parent's consent, like an agreement.
"""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header, Input, Static

from wievraag.model import Bellen
from wievraag.tui.context import sessie, wv
from wievraag.tui.screens.basis import InSessieScreen
from wievraag.tui.screens.plan import noem_in_plan, regel
from wievraag.tui.widgets.genoemd import GenoemdLijst, namen_suggester
from wievraag.tui.widgets.velden import Invoer


class BellenScreen(InSessieScreen):
    HELP_ONDERWERP = "plangegevens"
    BINDINGS = [Binding("escape", "terug", "Terug", id="terug")]

    def __init__(self, bellen_id: str | None) -> None:
        super().__init__()
        self.bellen_id = bellen_id

    def _bellen(self) -> Bellen | None:
        plan = sessie(self).plan
        if plan is None or self.bellen_id is None:
            return None
        return next((b for b in plan.bellen if b.id == self.bellen_id), None)

    def _maak(self) -> Bellen:
        """Made on the first thing typed: opening and leaving adds nothing."""
        bestaand = self._bellen()
        if bestaand is not None:
            return bestaand
        editor = wv(self).editor_open
        with editor.stap():
            bellen = editor.doe(editor.doe(sessie(self).zorg_voor_plan).nieuw_bellen)
        self.bellen_id = bellen.id
        return bellen

    def compose(self) -> ComposeResult:
        b = self._bellen() or Bellen()
        yield Header()
        # Not a focus stop of its own (it showed no highlight): it scrolls to the focused field.
        with VerticalScroll(id="plan-vak", can_focus=False):
            yield Static("Wie bel je als…", classes="titel")
            yield regel(
                "Als",
                Invoer(
                    b.wanneer,
                    placeholder="bijv. als Roos 's avonds vastloopt",
                    id="wanneer",
                    compact=True,
                ),
            )
            yield regel(
                "Wie",
                Invoer(placeholder="naam + Enter (met toestemming)", id="noem-wie", compact=True),
            )
            yield GenoemdLijst(id="lijst-wie", classes="genoemd")
            yield Static(
                "In de volgorde waarin je ze belt. Delete haalt iemand weg (niet uit het netwerk).",
                classes="hint",
            )
        yield self.footer()

    def on_mount(self) -> None:
        self._toon()
        self.query_one("#wanneer", Input).focus()

    def _toon(self) -> None:
        s = sessie(self)
        self.query_one("#lijst-wie", GenoemdLijst).toon(s, (self._bellen() or Bellen()).wie)
        self.query_one("#noem-wie", Input).suggester = namen_suggester(s)

    @on(Input.Changed, "#wanneer")
    def _wanneer(self, event: Input.Changed) -> None:
        if event.value == (self._bellen() or Bellen()).wanneer:
            return
        editor = wv(self).editor_open
        with editor.stap():
            editor.zet(self._maak(), wanneer=event.value)

    @on(Input.Submitted, "#noem-wie")
    @work(exclusive=True, group="noem")
    async def _noem(self, event: Input.Submitted) -> None:
        editor = wv(self).editor_open
        for persoon in await noem_in_plan(self, event.value):
            with editor.stap():
                b = self._maak()
                if persoon.id not in b.wie:
                    editor.zet(b, wie=[*b.wie, persoon.id])
        event.input.value = ""
        self._toon()

    @on(GenoemdLijst.HaalWeg)
    def _haal_weg(self, event: GenoemdLijst.HaalWeg) -> None:
        b = self._bellen()
        if b is None:
            return
        wv(self).editor_open.zet(b, wie=[p for p in b.wie if p != event.persoon_id])
        self._toon()

    def action_terug(self) -> None:
        self.app.pop_screen()
