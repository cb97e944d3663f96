"""The kitchen-table slice, driven as a person would with Pilot, checked in the file on disk."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Input, OptionList, TextArea

from tests.pilot import open_eerste_vraag, wacht_op_palet, wacht_tot
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.antwoord import AntwoordScreen
from wievraag.tui.screens.home import HomeScreen
from wievraag.tui.screens.sessie import SessieScreen

GROOT = (100, 36)


def _sessiebestand(data: Path) -> dict[str, Any]:
    [pad] = Opslag(data).bestanden()
    return tomllib.loads(pad.read_text(encoding="utf-8"))


async def test_sessie_vraag_twee_personen_afsluiten_en_terugvinden(
    data: Path, config: Path
) -> None:
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.press(*"Gezin Zonnebloem", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SessieScreen)
        # Go straight to a question through the command palette.
        await pilot.press("ctrl+p")
        await pilot.press(*"onveiligheid")
        await wacht_op_palet(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AntwoordScreen)
        vraag_id = app.screen.vraag_id
        await pilot.press(*"Oma misschien, en de buurman.")
        await pilot.click("#persoon-invoer")
        await pilot.press(*"Oma Riet (oma), Karim (buurman)", "enter")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")
    # The app is gone: everything must be in the file.
    inhoud = _sessiebestand(data)
    assert inhoud["gezin"] == "Gezin Zonnebloem"
    personen = {p["naam"]: p for p in inhoud["personen"]}
    assert set(personen) == {"Oma Riet", "Karim"}
    assert personen["Karim"]["relatie"] == "buurman"
    [antwoord] = inhoud["antwoorden"]
    assert antwoord["vraag"] == vraag_id
    assert antwoord["antwoord"] == "Oma misschien, en de buurman."
    assert antwoord["status"] == "beantwoord"
    assert set(antwoord["personen"]) == {p["id"] for p in personen.values()}

    # Restart: resume with one key, and the people are there, found via the question.
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, SessieScreen)
        await pilot.press("p")
        await pilot.pause()
        tabel = app.screen.query_one("#personentabel", DataTable)
        assert tabel.row_count == 2
        assert app.bestand is not None
        karim = app.bestand.sessie.zoek_persoon("karim")
        assert karim is not None
        assert [a.vraag for a in app.bestand.sessie.gevonden_via(karim.id)] == [vraag_id]


async def test_elke_toets_staat_binnen_een_seconde_op_schijf(data: Path, config: Path) -> None:
    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Snel")
    app = WievraagApp(data, config)
    async with app.run_test(size=GROOT) as pilot:
        await pilot.press("enter")  # the only session is selected
        await pilot.pause()
        await pilot.press("enter")  # first question of the list
        await pilot.pause()
        await pilot.press(*"abc")
        # The promise: on disk within a second (1.2 s for the event loop), without leaving.
        # This test is about time, so the bound is the point; it returns once the file has it.
        await wacht_tot(
            pilot,
            lambda: "abc" in opslag.pad_voor(sessie).read_text(encoding="utf-8"),
            tijd=1.2,
            wat="de getypte tekst op schijf",
        )
        await pilot.press("ctrl+q")


async def test_status_geweigerd_en_opnieuw_stellen(data: Path, config: Path) -> None:
    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Status")
    app = WievraagApp(data, config)
    async with app.run_test(size=GROOT) as pilot:
        await open_eerste_vraag(pilot)
        await pilot.click("#st-geweigerd")
        await pilot.pause()
        await pilot.press("ctrl+r")  # ask again later, rephrased
        await pilot.press(*"Nu wel: de juf.")
        await pilot.press("escape")
        await pilot.pause()
        assert app.bestand is not None
        [vraag_id] = {a.vraag for a in app.bestand.sessie.antwoorden}
        assert app.bestand.sessie.status_van(vraag_id) == "beantwoord"
        await pilot.press("ctrl+q")
    antwoorden = tomllib.loads(opslag.pad_voor(sessie).read_text())["antwoorden"]
    assert [a["status"] for a in antwoorden] == ["geweigerd", "beantwoord"]
    assert antwoorden[1]["antwoord"] == "Nu wel: de juf."


async def test_geen_dubbele_persoon_ongeacht_hoofdletters(data: Path, config: Path) -> None:
    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Dubbel")
    app = WievraagApp(data, config)
    async with app.run_test(size=GROOT) as pilot:
        await open_eerste_vraag(pilot)
        await pilot.click("#persoon-invoer")
        await pilot.press(*"Ans (tante)", "enter")
        await pilot.press(*"ANS", "enter")
        await pilot.pause()
        await pilot.press("ctrl+q")
    inhoud = tomllib.loads(opslag.pad_voor(sessie).read_text())
    assert [p["naam"] for p in inhoud["personen"]] == ["Ans"]
    assert len(inhoud["antwoorden"][0]["personen"]) == 1


async def test_favoriet_en_eigen_vraag(data: Path, config: Path) -> None:
    Opslag(data).nieuw("Gezin Fav")
    app = WievraagApp(data, config)
    async with app.run_test(size=GROOT) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f")
        await pilot.press("a")
        await pilot.press(*"Wie haalt de kinderen als het misgaat?", "enter")
        await pilot.pause()
        await pilot.press("ctrl+q")
    mijn = tomllib.loads((config / "mijn-vragen.toml").read_text())
    assert len(mijn["favorieten"]) == 1
    assert mijn["eigen"][0]["tekst"] == "Wie haalt de kinderen als het misgaat?"


async def test_zoeken_filtert_de_lijst(data: Path, config: Path) -> None:
    Opslag(data).nieuw("Gezin Zoek")
    app = WievraagApp(data, config)
    async with app.run_test(size=GROOT) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        lijst = app.screen.query_one("#vragenlijst", OptionList)
        alle = lijst.option_count
        await pilot.press("slash", *"onveiligheid")
        await pilot.pause()
        assert 0 < lijst.option_count < alle
        assert app.screen.query_one("#zoekveld", Input).value == "onveiligheid"
        await pilot.press("escape")  # first Esc clears the search, it does not leave
        await pilot.pause()
        assert isinstance(app.screen, SessieScreen)
        assert lijst.option_count == alle
        await pilot.press("ctrl+q")


async def test_onleesbaar_bestand_zichtbaar_en_onaangeroerd(data: Path, config: Path) -> None:
    opslag = Opslag(data)
    opslag.nieuw("Gezin Goed")
    kapot = opslag.map / "20260101-kapot.toml"
    kapot.write_text("schema = 1\ngezin = [\n", encoding="utf-8")
    voor = kapot.read_bytes()
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        tabel = app.screen.query_one(DataTable)
        assert tabel.row_count == 2
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)  # not opened
        detail = str(app.screen.query_one("#home-detail").render())
        assert "20260101-kapot.toml" in detail and "regel" in detail
        await pilot.press("ctrl+q")
    assert kapot.read_bytes() == voor


async def test_hervatten_als_geen_bestand_te_lezen_is(data: Path, config: Path) -> None:
    opslag = Opslag(data)
    opslag.map.mkdir(mode=0o700, parents=True, exist_ok=True)
    kapot = opslag.map / "20260101-kapot.toml"
    kapot.write_text("schema = 1\ngezin = [\n", encoding="utf-8")
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        [melding] = [m.message for m in app._notifications]
        assert "geen enkel bestand is te lezen" in melding, melding
        await pilot.press("ctrl+q")


async def test_verwijderen_vraagt_bevestiging(data: Path, config: Path) -> None:
    opslag = Opslag(data)
    opslag.nieuw("Gezin Weg")
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("enter")  # focus is on "Annuleer": a stray Enter deletes nothing
        await pilot.pause()
        assert len(opslag.bestanden()) == 1
        await pilot.press("d")
        await pilot.pause()
        await pilot.click("#ja")
        await pilot.pause()
        assert opslag.bestanden() == []
        await pilot.press("ctrl+q")


async def test_tweede_venster_opent_de_sessie_niet(data: Path, config: Path) -> None:
    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Twee")
    eerste = opslag.open(opslag.pad_voor(sessie))
    try:
        app = WievraagApp(data, config)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("h")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
            assert app.bestand is None
            await pilot.press("ctrl+q")
    finally:
        eerste.sluit()


async def test_systeemcommandos_zonder_screenshot(data: Path, config: Path) -> None:
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        titels = [c.title for c in app.get_system_commands(app.screen)]
        assert "Screenshot" not in titels
        assert "Afsluiten" in titels and "Kleurenschema" in titels
        assert all(t not in titels for t in ("Quit", "Theme", "Keys"))
        await pilot.press("ctrl+q")


async def test_persoon_bewerken_toestemming_met_datum(data: Path, config: Path) -> None:
    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Persoon")
    bestand = opslag.open(opslag.pad_voor(sessie))
    bestand.sessie.persoon_voor("Ans", "tante")
    bestand.opslaan()
    bestand.sluit()
    app = WievraagApp(data, config)
    async with app.run_test(size=GROOT) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#naam", Input).value == "Ans"
        toestemming = app.screen.query_one("#toestemming")
        toestemming.value = "ja"  # type: ignore[attr-defined]
        await pilot.pause()
        notities = app.screen.query_one("#notities", TextArea)
        notities.focus()
        await pilot.press(*"Belt op zondag.")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")
    [ans] = tomllib.loads(opslag.pad_voor(sessie).read_text())["personen"]
    assert ans["toestemming"] == "ja"
    assert "toestemming_datum" in ans
    assert ans["notities"] == "Belt op zondag."


async def test_veel_sessies_toont_de_nieuwste_en_zoekt_de_rest(
    data: Path, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wievraag.tui.screens import home

    monkeypatch.setattr(home, "MAX_RIJEN", 3)
    opslag = Opslag(data)
    for naam in ["Gezin Appel", "Gezin Peer", "Gezin Kers", "Gezin Pruim", "Gezin Druif"]:
        opslag.nieuw(naam)
    (opslag.map / "kapot.toml").write_text("schema = [", encoding="utf-8")
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        tabel = app.screen.query_one(DataTable)
        assert tabel.row_count == 4  # the 3 newest, and the unreadable file is never hidden
        await pilot.press("slash", *"appel")
        await pilot.pause()
        assert tabel.row_count == 2  # Gezin Appel + the unreadable file
        await pilot.press("enter")  # back in the table
        await pilot.press("enter")  # open the match
        await pilot.pause()
        assert isinstance(app.screen, SessieScreen)
        assert app.bestand is not None and app.bestand.sessie.gezin == "Gezin Appel"
        await pilot.press("ctrl+q")
