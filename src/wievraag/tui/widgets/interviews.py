"""The seven Family Finding tools of Bijlage I, each with its progress; Enter opens one.

The panel also keeps, while the session is open, where each form was left (page, field,
circle), so coming back to a tool goes on exactly there.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from wievraag.model.familyfinding import TOOLS, ToolId
from wievraag.model.interviews import TOOL_NAMEN, VEILIGHEID_SJABLONEN, ToolStand, stand
from wievraag.tui.context import sessie, wv
from wievraag.tui.masker import toon_naam
from wievraag.tui.screens.cirkel import CirkelPlekken
from wievraag.tui.screens.interview import Plekken

STAAT_TEKST = {"leeg": "○ leeg", "begonnen": "◐ begonnen", "klaar": "✓ klaar"}


class InterviewTabel(DataTable[object]):
    BINDINGS = [Binding("enter", "select_cursor", "Open", id="interview-open")]


class InterviewsPaneel(Vertical):
    def __init__(self) -> None:
        super().__init__()
        self.plekken: Plekken = {}
        self.cirkelplekken: CirkelPlekken = {}

    def compose(self) -> ComposeResult:
        yield Static("", id="interviews-telling")
        yield InterviewTabel(id="interviewtabel", cursor_type="row", zebra_stripes=True)
        yield Static("", id="interview-detail")

    def on_mount(self) -> None:
        tabel = self.query_one(DataTable)
        tabel.add_column("Tool (Bijlage I)", key="tool", width=28)
        tabel.add_column("Staat", key="staat", width=12)
        tabel.add_column("Gevonden", key="gevonden", width=14)
        self.watch(self.app, "uitleg", lambda _: self._toon_detail(), init=False)
        self.ververs()

    def ververs(self) -> None:
        tabel = self.query_one(DataTable)
        rij = tabel.cursor_row
        tabel.clear()
        s = sessie(self)
        for nummer, tool in enumerate(TOOLS, 1):
            st = stand(s, tool)
            tabel.add_row(
                f"{nummer}. {TOOL_NAMEN[tool]}", STAAT_TEKST[st.staat], _gevonden(st), key=tool
            )
        tabel.move_cursor(row=min(rij, len(TOOLS) - 1))
        klaar = sum(stand(s, t).staat == "klaar" for t in TOOLS)
        self.query_one("#interviews-telling", Static).update(
            f"Family Finding: [b]{klaar}[/b] van de {len(TOOLS)} tools klaar · "
            "[b]Enter[/b] opent, je gaat verder waar je was"
        )
        self._toon_detail()

    def gekozen(self) -> ToolId:
        tabel = self.query_one(DataTable)
        sleutel = tabel.coordinate_to_cell_key(tabel.cursor_coordinate).row_key.value
        return sleutel if sleutel in TOOLS else TOOLS[0]

    @on(DataTable.RowHighlighted)
    def _toon_detail(self) -> None:
        tekst = wv(self).vragen.bank.interview(self.gekozen())
        vak = self.query_one("#interview-detail", Static)
        if tekst is None:
            vak.update("")
            return
        s = sessie(self)
        regels = Text(tekst.inleiding, style="italic")
        if tekst.vragen:
            regels.append(f"\n{tekst.vragen[0]}", style="not italic")
        namen = [
            toon_naam(self, p) for pid in stand(s, self.gekozen()).personen if (p := s.persoon(pid))
        ]
        if namen:
            regels.append("\nGevonden: ", style="bold not italic")
            regels.append(", ".join(namen), style="not italic")
        vak.set_class(bool(wv(self).uitleg), "-uitgebreid")
        if wv(self).uitleg:
            regels.append("\nWaarom en hoe? ", style="bold not italic")
            regels.append(tekst.uitleg, style="not italic")
            regels.append(f"\n(uitleg in eigen woorden; zie {tekst.bron})", style="dim")
        vak.update(regels)

    @on(DataTable.RowSelected)
    def _open(self) -> None:
        open_tool(self, self.gekozen())


def open_tool(paneel: InterviewsPaneel, tool: ToolId) -> None:
    app = wv(paneel)
    if tool == "veiligheid":
        from wievraag.tui.screens.cirkel import CirkelScreen

        bank = app.vragen.bank
        sjablonen = [c for i in VEILIGHEID_SJABLONEN if (c := bank.cirkel_sjabloon(i))]
        tekst = bank.interview("veiligheid")
        uitleg = (tekst.uitleg, tekst.bron) if tekst is not None else None
        app.push_screen(CirkelScreen(sjablonen, "veiligheid", paneel.cirkelplekken, uitleg))
    elif tool == "olievlek":
        from wievraag.tui.screens.olievlek import OlievlekScreen

        app.push_screen(OlievlekScreen(paneel.plekken))
    else:
        from wievraag.tui.screens.interview import SCHERMEN

        app.push_screen(SCHERMEN[tool](paneel.plekken))


def _gevonden(st: ToolStand) -> str:
    if st.behoeften:
        return f"{st.behoeften} behoefte{'n' if st.behoeften != 1 else ''}"
    return f"{len(st.personen)} personen" if st.personen else "—"
