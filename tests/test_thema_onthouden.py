"""The colour theme is remembered in the user's settings (issue 21): a trainer who chose a
light theme for the projector finds it light the next time."""

from __future__ import annotations

from pathlib import Path

from tests.pilot import wacht_tot
from wievraag.instellingen import Instellingen, bewaar_thema
from wievraag.tui.app import WievraagApp


def test_bewaar_thema_laat_de_rest_staan(config: Path) -> None:
    pad = config / "instellingen.toml"
    config.mkdir(parents=True)
    pad.write_text("# mijn instellingen\nvergrendel_na_minuten = 5\n", encoding="utf-8")
    bewaar_thema("textual-light", config)
    assert pad.read_text(encoding="utf-8") == (
        '# mijn instellingen\nvergrendel_na_minuten = 5\nthema = "textual-light"\n'
    )
    bewaar_thema("nord", config)
    assert pad.read_text(encoding="utf-8").count("thema") == 1
    assert Instellingen.laad(config).thema == "nord"
    assert Instellingen.laad(config).vergrendel_na == 300
    assert pad.stat().st_mode & 0o777 == 0o600


def test_kapot_bestand_blijft_onaangeroerd(config: Path) -> None:
    config.mkdir(parents=True)
    pad = config / "instellingen.toml"
    pad.write_text("vergrendel_na_minuten = [\n", encoding="utf-8")
    bewaar_thema("nord", config)
    assert pad.read_text(encoding="utf-8") == "vergrendel_na_minuten = [\n"


async def test_app_onthoudt_het_thema(data: Path, config: Path) -> None:
    app = WievraagApp(data, config)
    async with app.run_test() as pilot:
        app.theme = "textual-light"
        await pilot.pause()
    assert Instellingen.laad(config).thema == "textual-light"
    opnieuw = WievraagApp(data, config)
    async with opnieuw.run_test() as pilot:
        await wacht_tot(pilot, lambda: opnieuw.theme == "textual-light", wat="het thema")
    # An unknown name in the file leaves the default.
    (config / "instellingen.toml").write_text('thema = "bestaat-niet"\n', encoding="utf-8")
    derde = WievraagApp(data, config)
    async with derde.run_test():
        assert derde.theme != "bestaat-niet"


async def test_weergave_gekozen_en_onthouden(data: Path, config: Path) -> None:
    """The view (compact, ruim, automatisch) is chosen in the palette and holds after a
    restart: a trainer who wants everything written out at 80×24 gets it every time."""
    from textual.widgets import OptionList

    from tests.pilot import wacht_op_palet

    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.has_class("-laag")  # automatically folded: 24 rows is low
        await pilot.press("ctrl+p", *"Weergave")
        await wacht_op_palet(pilot)
        await pilot.press("enter")
        await wacht_tot(pilot, lambda: bool(app.screen.query(OptionList)), wat="de keuze")
        await pilot.press("down", "down", "enter")  # automatisch, compact, ruim
        await wacht_tot(pilot, lambda: not app.has_class("-laag"), wat="ruim")
    assert Instellingen.laad(config).weergave == "ruim"
    assert 'weergave = "ruim"' in (config / "instellingen.toml").read_text(encoding="utf-8")

    opnieuw = WievraagApp(data, config)
    async with opnieuw.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not opnieuw.has_class("-laag")  # still ruim after the restart
        opnieuw.zet_weergave("compact")
        await pilot.pause()
    derde = WievraagApp(data, config)
    async with derde.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        assert derde.has_class("-laag")  # compact also on a big screen
    # A value the app does not know (a typo) is the automatic view.
    (config / "instellingen.toml").write_text('weergave = "groot"\n', encoding="utf-8")
    assert Instellingen.laad(config).weergave == "automatisch"
