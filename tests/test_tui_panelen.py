"""The method's explanation panels without a screen of their own are shown with F3 where
they belong: intercultural aspects (§5) with Personen and the ecogram, asking for help
(§3.1.4) with the 'niemand' questions, the family process (§2.4) with the appèl."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select, Static, TabbedContent

from tests.pilot import wacht_tot
from wievraag.demo import maak_demo
from wievraag.model.vragen import PANEEL_BIJ, PANELEN
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.widgets.uitleg import UitlegVak
from wievraag.vragen import lees_bank

BRON = Path(__file__).resolve().parents[1] / "src" / "wievraag" / "tui"


def test_elk_paneel_wordt_ergens_getoond() -> None:
    """A panel in the bank that no screen shows is text nobody reads."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in BRON.rglob("*.py"))
    bij = {p for panelen in PANEEL_BIJ.values() for p in panelen}
    nergens = [p for p in PANELEN if p not in bij and f'UitlegVak("{p}"' not in code]
    assert not nergens, nergens


async def test_f3_toont_de_panelen_van_de_methode(data: Path, config: Path) -> None:
    bank = lees_bank()
    intercultureel, hulp = bank.weergave("intercultureel"), bank.weergave("hulp-vragen")
    assert intercultureel is not None and hulp is not None
    Opslag(data).voeg_toe(maak_demo(bank))
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36)) as pilot:
        await pilot.press("h")
        await wacht_tot(pilot, lambda: bool(app.screen.query(TabbedContent)), wat="sessie")
        await pilot.press("f3")
        app.screen.query_one(TabbedContent).active = "personen"
        await pilot.pause()
        vak = app.screen.query_one("#personen-uitleg", UitlegVak)
        assert intercultureel.naam in str(vak.render())
        app.screen.query_one(TabbedContent).active = "vragen"
        await pilot.pause()
        app.screen.query_one("#themakeuze", Select).value = "geen-netwerk"
        await wacht_tot(
            pilot,
            lambda: hulp.naam in str(app.screen.query_one("#vraag-uitleg", Static).render()),
            wat="het paneel bij de vragen voor als er 'niemand' is",
        )
        await pilot.press("ctrl+q")
