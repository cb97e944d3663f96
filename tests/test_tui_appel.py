"""The appèl stepper driven as a person would with Pilot, checked in the file on disk."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Footer, RadioButton, Select, Static, TextArea

from tests.pilot import lees_toml, nieuwe_sessie
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.antwoord import AntwoordScreen
from wievraag.tui.screens.appel import AppelScreen
from wievraag.tui.screens.sessie import SessieScreen
from wievraag.tui.screens.wievragen import WieVragenScreen

KLEIN = (80, 24)


def _kies(app: WievraagApp, knop: str) -> None:
    """Choose a radio button as a click would (the RadioSet reports it the same way)."""
    app.screen.query_one(f"#{knop}", RadioButton).value = True


def _typ_in(app: WievraagApp, veld: str) -> None:
    app.screen.query_one(f"#{veld}").focus()


async def _nieuw_appel(pilot: Pilot[None]) -> None:
    """Resume the only session and press F2, as at the table when an appèl comes."""
    await pilot.press("h")
    await pilot.pause()
    await pilot.press("f2")
    await pilot.pause()


async def test_volledig_appel_van_stap_1_tot_4(data: Path, config: Path) -> None:
    pad = nieuwe_sessie(data, ("Oma Riet", "oma"))
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _nieuw_appel(pilot)
        assert isinstance(app.screen, AppelScreen)
        # Step 1: the request is where typing starts; Tab to "received", Enter chooses it.
        await pilot.press(*"Moeder vraagt of ik Sem naar school breng")
        await pilot.press("tab", "enter")
        app.screen.query_one("#f-van", Select).value = "gezin"
        _typ_in(app, "f-herken-gevoel")
        await pilot.press(*"Ik wil het meteen regelen.")
        await pilot.press("f5")
        await pilot.pause()
        # Step 2: weigh it.
        _kies(app, "f-overweeg-nu--ja")
        _kies(app, "f-overweeg-lange_termijn--nee")
        _typ_in(app, "f-overweeg-als_niet")
        await pilot.press(*"Dan regelt moeder het met iemand anders.")
        _kies(app, "f-overweeg-enige--nee")
        await pilot.press("f5")
        await pilot.pause()
        # Step 3: discuss it; "Met wie" has the focus.
        await pilot.press(*"moeder")
        _typ_in(app, "f-bespreek-gezegd")
        await pilot.press(*"Je vraagt aan mij om Sem te brengen.")
        _typ_in(app, "f-bespreek-antwoord")
        await pilot.press(*"Ze is te moe.")
        await pilot.press("f5")
        await pilot.pause()
        # Step 4: pass it on, to an existing and a new person.
        assert app.screen.focused is not None and app.screen.focused.id == "noem-doen"
        await pilot.press(*"oma riet, Karim (buurman)", "enter")
        _typ_in(app, "noem-meedenken")
        await pilot.press(*"Juf Mirjam (juf)", "enter")
        _kies(app, "f-uitkomst--verlegd")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessieScreen)
        await pilot.press("ctrl+q")

    inhoud = lees_toml(pad)
    personen = {p["naam"]: p["id"] for p in inhoud["personen"]}
    assert set(personen) == {"Oma Riet", "Karim", "Juf Mirjam"}  # Oma not added twice
    [appel] = inhoud["appels"]
    assert appel["id"].startswith("ap-")
    assert appel["verzoek"] == "Moeder vraagt of ik Sem naar school breng"
    assert appel["soort"] == "gekregen" and appel["van"] == "gezin"
    assert appel["herken"]["gevoel"] == "Ik wil het meteen regelen."
    assert appel["overweeg"] == {
        "nu": "ja",
        "lange_termijn": "nee",
        "als_niet": "Dan regelt moeder het met iemand anders.",
        "enige": "nee",
        "toelichting": "",
        "tijd": appel["overweeg"]["tijd"],
    }
    assert appel["bespreek"]["met"] == "moeder"
    assert appel["bespreek"]["gezegd"] == "Je vraagt aan mij om Sem te brengen."
    assert appel["bespreek"]["antwoord"] == "Ze is te moe."
    assert appel["verleg"]["doen"] == [personen["Oma Riet"], personen["Karim"]]
    assert appel["verleg"]["meedenken"] == [personen["Juf Mirjam"]]
    for stap in ("herken", "overweeg", "bespreek", "verleg"):
        assert "tijd" in appel[stap], stap
    assert appel["uitkomst"] == "verlegd" and "uitkomst_tijd" in appel
    assert appel["stap"] == 4

    # Found via the appèl, shown in the network tab.
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert app.bestand is not None
        herkomst = app.bestand.sessie.herkomst(personen["Karim"])
        assert [(h.soort, h.id) for h in herkomst] == [("appel", appel["id"])]
        await pilot.press("e")
        await pilot.pause()
        detail = str(app.screen.query_one("#appel-detail", Static).render())
        assert "Karim" in detail and "✓ Verleg" in detail
        await pilot.press("ctrl+q")


async def test_weg_bij_stap_2_en_terug_gaat_verder_bij_stap_2(data: Path, config: Path) -> None:
    pad = nieuwe_sessie(data)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _nieuw_appel(pilot)
        await pilot.press(*"Opruimen in de woonkamer")
        await pilot.press("f5")
        await pilot.pause()
        _typ_in(app, "f-overweeg-als_niet")
        await pilot.press(*"Dan blijft het liggen.")
        await pilot.press("escape")  # interrupted half-way: back to the session
        await pilot.pause()
        assert isinstance(app.screen, SessieScreen)
        await pilot.press("ctrl+q")
    [appel] = lees_toml(pad)["appels"]
    assert appel["stap"] == 2
    assert appel["overweeg"]["als_niet"] == "Dan blijft het liggen."

    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("e", "enter")  # the appèls tab, the only appèl
        await pilot.pause()
        assert isinstance(app.screen, AppelScreen)
        assert app.screen.query_one("#stap-overweeg").display
        assert not app.screen.query_one("#stap-herken").display
        assert "Stap 2/4" in str(app.screen.query_one("#appel-voortgang", Static).render())
        tekst = app.screen.query_one("#f-overweeg-als_niet", TextArea)
        assert tekst.text == "Dan blijft het liggen."
        await pilot.press("f4")  # back to step 1: the request is there too
        await pilot.pause()
        assert app.screen.query_one("#f-verzoek").value == "Opruimen in de woonkamer"  # type: ignore[attr-defined]
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")
    [appel] = lees_toml(pad)["appels"]
    assert appel["stap"] == 1 and appel["overweeg"]["als_niet"] == "Dan blijft het liggen."


async def test_appel_vanuit_de_wievragen(data: Path, config: Path) -> None:
    pad = nieuwe_sessie(data)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("enter")  # the first wie-vraag; typing the answer
        await pilot.pause()
        assert isinstance(app.screen, AntwoordScreen)
        await pilot.press(*"Misschien de buurvrouw.")
        await pilot.press("f2")  # mid-sentence, the mother asks something
        await pilot.pause()
        assert isinstance(app.screen, AppelScreen)
        await pilot.press(*"Wil jij de school bellen?")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AntwoordScreen)  # back where you were, text intact
        assert app.screen.query_one(TextArea).text == "Misschien de buurvrouw."
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessieScreen)
        await pilot.press("f2")  # also straight from the list of wie-vragen
        await pilot.pause()
        assert isinstance(app.screen, AppelScreen)
        await pilot.press(*"Ik voel dat ik moet afwassen")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")
    inhoud = lees_toml(pad)
    assert [a["verzoek"] for a in inhoud["appels"]] == [
        "Wil jij de school bellen?",
        "Ik voel dat ik moet afwassen",
    ]
    assert inhoud["antwoorden"][0]["antwoord"] == "Misschien de buurvrouw."
    assert "appel" not in inhoud["antwoorden"][0]  # asked before the appèl: not linked


async def test_van_stap_4_naar_de_wievragen_en_terug(data: Path, config: Path) -> None:
    pad = nieuwe_sessie(data)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _nieuw_appel(pilot)
        await pilot.press(*"Vader vraagt om een waarschuwing aan zijn zoon")
        await pilot.press("f5", "f5", "f5")
        await pilot.pause()
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, WieVragenScreen)
        context = str(app.screen.query_one("#wievragen-context", Static).render())
        assert "Vader vraagt" in context
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AntwoordScreen)
        assert app.screen.query_one("#antwoord-context").display  # the context is visible
        await pilot.press(*"Zijn oom kan hem nog bereiken.")
        await pilot.click("#persoon-invoer")
        await pilot.press(*"Oom Kees (oom)", "enter")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AppelScreen)  # back at step 4, the answer listed
        bij = str(app.screen.query_one("#bij-appel", Static).render())
        assert "Oom Kees" in bij
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")
    inhoud = lees_toml(pad)
    [appel] = inhoud["appels"]
    [antwoord] = inhoud["antwoorden"]
    assert antwoord["appel"] == appel["id"]
    assert antwoord["antwoord"] == "Zijn oom kan hem nog bereiken."
    assert antwoord["personen"] == [inhoud["personen"][0]["id"]]


async def test_stappen_uitleg_en_voettekst_op_80_kolommen(data: Path, config: Path) -> None:
    nieuwe_sessie(data)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _nieuw_appel(pilot)
        uitleg = app.screen.query_one("#appel-uitleg", Static)
        assert not uitleg.display  # for trainers: hidden until asked for
        for stap in range(1, 5):
            if stap > 1:
                await pilot.press("f5")
                await pilot.pause()
            voet = app.screen.query_one(Footer)
            assert voet.virtual_size.width <= 80, f"voettekst te breed bij stap {stap}"
            keys = {b.binding.key for b in app.screen.active_bindings.values()}
            assert ("f4" in keys) == (stap > 1) and ("f5" in keys) == (stap < 4)
            assert ("f6" in keys) == (stap == 4)
        await pilot.press("f3")
        await pilot.pause()
        assert uitleg.display
        assert "§2.3" in str(uitleg.render())  # the verleg explanation, from the bank
        await pilot.press("f4")
        await pilot.pause()
        assert "Stap 3/4" in str(app.screen.query_one("#appel-voortgang", Static).render())
        await pilot.press("ctrl+q")
