"""A question row keeps its drawing per width (widgets/vragenlijst.py `Bewaard`): the same
lines as drawing it anew, drawn once per width however often the list measures it."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text

from wievraag.tui.widgets.vragenlijst import Bewaard


class Teller:
    def __init__(self) -> None:
        self.keer = 0
        self.rooster = Table.grid(padding=(0, 1), expand=True)
        self.rooster.add_column(width=3, no_wrap=True)
        self.rooster.add_column(ratio=1)
        self.rooster.add_row("✓ ★", Text("Wie zou met jou orde in huis kunnen brengen? " * 3))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        self.keer += 1
        yield self.rooster


def _tekst(console: Console, iets: object, breedte: int) -> str:
    with console.capture() as vangst:
        console.print(iets, width=breedte)
    return vangst.get()


def test_zelfde_regels_en_eenmaal_getekend_per_breedte() -> None:
    console = Console(width=120, color_system=None, force_terminal=False)
    teller = Teller()
    rij = Bewaard(teller)
    for breedte in (40, 40, 40, 80, 80):
        assert _tekst(console, rij, breedte) == _tekst(console, teller.rooster, breedte)
    assert teller.keer == 2  # once for 40 columns, once for 80
