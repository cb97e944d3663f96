"""The session's appèls, newest first, each with its state; Enter goes on where it stopped."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.markup import escape
from textual.widgets import DataTable, Static

from wievraag.model import STAPPEN, VAN, Appel
from wievraag.opmaak import moment
from wievraag.tui.context import sessie, wv
from wievraag.tui.dialogs import Bevestig
from wievraag.tui.masker import toon_label, verberg_tekst
from wievraag.tui.widgets.status import appel_staat
from wievraag.tui.widgets.tabellen import AppelTabel


class AppelPaneel(Vertical):
    BINDINGS = [Binding("delete", "verwijder", "Verwijder", id="appel-weg")]

    def compose(self) -> ComposeResult:
        yield Static("", id="appels-telling")
        yield AppelTabel(id="appeltabel", cursor_type="row", zebra_stripes=True)
        yield Static("", id="appel-detail")

    def on_mount(self) -> None:
        tabel = self.query_one(DataTable)
        tabel.add_column("Wanneer", key="tijd", width=16)
        tabel.add_column("Van", key="van", width=12)
        # The state before the description: on a narrow screen it is the description that is cut.
        tabel.add_column("Staat", key="staat", width=13)
        tabel.add_column("Appèl", key="kort", width=30)
        self.ververs()

    def _appels(self) -> list[Appel]:
        return sorted(sessie(self).appels, key=lambda a: a.tijd, reverse=True)

    def ververs(self) -> None:
        tabel = self.query_one(DataTable)
        rij = tabel.cursor_row
        tabel.clear()
        appels = self._appels()
        for appel in appels:
            tabel.add_row(
                moment(appel.tijd),
                Text(VAN[appel.van] if appel.van else "—", no_wrap=True, overflow="ellipsis"),
                appel_staat(appel),
                Text(verberg_tekst(self, appel.kort), no_wrap=True, overflow="ellipsis"),
                key=appel.id,
            )
        if appels:
            tabel.move_cursor(row=min(rij, len(appels) - 1))
        open_ = sum(1 for a in appels if a.uitkomst == "open")
        self.query_one("#appels-telling", Static).update(
            f"[b]{len(appels)}[/b] {'appèl' if len(appels) == 1 else 'appèls'} · "
            f"[b]{open_}[/b] nog open · "
            "[b]Ctrl+A[/b] (F2) legt een nieuw appèl vast, waar je ook bent"
        )
        self._toon_detail()

    def gekozen(self) -> Appel | None:
        tabel = self.query_one(DataTable)
        if tabel.row_count == 0:
            return None
        sleutel = tabel.coordinate_to_cell_key(tabel.cursor_coordinate).row_key.value
        return sessie(self).appel(sleutel) if sleutel else None

    @on(DataTable.RowHighlighted)
    def _toon_detail(self) -> None:
        vak = self.query_one("#appel-detail", Static)
        appel = self.gekozen()
        if appel is None:
            vak.update(
                "Nog geen appèl vastgelegd. Vraagt iemand je iets over te nemen, of voel je "
                "zelf de neiging? Druk op [b]Ctrl+A[/b] (of F2)."
            )
            return
        s = sessie(self)
        regels = Text(f"{verberg_tekst(self, appel.kort)}\n", style="bold")
        stappen = "  ".join(
            f"{'✓' if appel.gedaan(stap) else '○'} {stap.capitalize()}" for stap in STAPPEN
        )
        regels.append(f"{stappen}\n", style="not bold")
        namen = [toon_label(self, p) for pid in appel.personen() if (p := s.persoon(pid))]
        if namen:
            regels.append(f"Genoemd bij stap 4: {', '.join(namen)}\n", style="not bold")
        vak.update(regels)

    @on(DataTable.RowSelected)
    def _kies(self) -> None:
        appel = self.gekozen()
        if appel is not None:
            from wievraag.tui.screens.appel import AppelScreen

            self.app.push_screen(AppelScreen(appel.id))

    @work
    async def action_verwijder(self) -> None:
        appel = self.gekozen()
        if appel is None:
            return
        ok = await self.app.push_screen_wait(
            Bevestig(
                f"Het appèl [b]{escape(appel.kort)}[/b] verwijderen? Genoemde personen blijven "
                "in het netwerk; wie-vragen die je erbij stelde blijven ook bewaard.",
                ja="Verwijder",
                gevaarlijk=True,
            )
        )
        if ok:
            wv(self).editor_open.doe(sessie(self).verwijder_appel, appel.id)
            self.ververs()
