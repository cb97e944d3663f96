"""The session's one register of people, each with the questions that brought them up."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.markup import escape
from textual.widgets import DataTable, Static

from wievraag.model import TOESTEMMINGEN, Herkomst, Persoon
from wievraag.tui.context import sessie
from wievraag.tui.dialogs import Bevestig
from wievraag.tui.messages import SessieGewijzigd
from wievraag.tui.widgets.tabellen import PersonenTabel

GEMIDDELDE = "6,5"  # §3.1.4: mean number of people named per family in the research


class PersonenPaneel(Vertical):
    BINDINGS = [
        Binding("a", "nieuw", "Nieuw", id="persoon-nieuw"),
        Binding("delete", "verwijder", "Verwijder", id="persoon-weg"),
    ]

    def compose(self) -> ComposeResult:
        yield Static("", id="personen-telling")
        yield PersonenTabel(id="personentabel", cursor_type="row", zebra_stripes=True)
        yield Static("", id="persoon-herkomst")

    def on_mount(self) -> None:
        tabel = self.query_one(DataTable)
        tabel.add_column("Naam", key="naam")
        tabel.add_column("Relatie", key="relatie")
        tabel.add_column("Toestemming", key="toestemming")
        tabel.add_column("Gevonden via", key="via")
        self.ververs()

    def ververs(self) -> None:
        s = sessie(self)
        tabel = self.query_one(DataTable)
        rij = tabel.cursor_row
        tabel.clear()
        for p in sorted(s.personen, key=lambda p: p.naam.casefold()):
            tabel.add_row(
                Text(p.naam),
                Text(p.relatie),
                TOESTEMMINGEN[p.toestemming],
                _telling(s.herkomst(p.id)),
                key=p.id,
            )
        if s.personen:
            tabel.move_cursor(row=min(rij, len(s.personen) - 1))
        met = sum(1 for p in s.personen if p.toestemming == "ja")
        self.query_one("#personen-telling", Static).update(
            f"[b]{len(s.personen)}[/b] personen · [b]{met}[/b] met toestemming om te benaderen · "
            f"ter vergelijking: in onderzoek noemden gezinnen gemiddeld {GEMIDDELDE} personen"
        )
        self._toon_herkomst()

    def _gekozen(self) -> Persoon | None:
        tabel = self.query_one(DataTable)
        if tabel.row_count == 0:
            return None
        sleutel = tabel.coordinate_to_cell_key(tabel.cursor_coordinate).row_key.value
        return sessie(self).persoon(sleutel) if sleutel else None

    @on(DataTable.RowHighlighted)
    def _toon_herkomst(self) -> None:
        vak = self.query_one("#persoon-herkomst", Static)
        persoon = self._gekozen()
        if persoon is None:
            vak.update("Nog niemand genoemd. Stel een wie-vraag, of voeg iemand toe met [b]a[/b].")
            return
        via = sessie(self).herkomst(persoon.id)
        if not via:
            vak.update(Text(f"{persoon.label}: met de hand toegevoegd."))
            return
        regels = Text(f"{persoon.label} is genoemd bij:\n", style="bold")
        for herkomst in via:
            teken = "↪" if herkomst.soort == "appel" else "•"
            regels.append(f"{teken} {herkomst.tekst}\n", style="not bold")
        vak.update(regels)

    @on(DataTable.RowSelected)
    def _kies(self) -> None:
        self.action_bewerk()

    def action_bewerk(self) -> None:
        persoon = self._gekozen()
        if persoon is not None:
            from wievraag.tui.screens.persoon import PersoonScreen

            self.app.push_screen(PersoonScreen(persoon.id))

    def action_nieuw(self) -> None:
        from wievraag.tui.screens.persoon import PersoonScreen

        self.app.push_screen(PersoonScreen(None))

    @work
    async def action_verwijder(self) -> None:
        persoon = self._gekozen()
        if persoon is None:
            return
        via = sessie(self).herkomst(persoon.id)
        gevolg = (
            f" Ze verdwijnen ook uit de antwoorden en appèls waarin ze genoemd zijn "
            f"({_telling(via)})."
            if via
            else ""
        )
        ok = await self.app.push_screen_wait(
            Bevestig(
                f"[b]{escape(persoon.label)}[/b] uit het netwerk verwijderen?{gevolg}",
                ja="Verwijder",
                gevaarlijk=True,
            )
        )
        if ok:
            sessie(self).verwijder_persoon(persoon.id)
            self.post_message(SessieGewijzigd())
            self.ververs()


def _telling(via: list[Herkomst]) -> str:
    """ "1 vraag · 2 appèls": how many answers and appèls brought this person up."""
    vragen = sum(1 for h in via if h.soort == "vraag")
    appels = len(via) - vragen
    delen = []
    if vragen:
        delen.append(f"{vragen} vraag" if vragen == 1 else f"{vragen} vragen")
    if appels:
        delen.append(f"{appels} appèl" if appels == 1 else f"{appels} appèls")
    return " · ".join(delen) or "—"
