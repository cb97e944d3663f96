"""The netwerkberaad (n on the plan tab) and the young person's voice (j) driven with Pilot at
80x24: prepare, invite with consent asked, record who came and what was agreed, make the
familiegroepsplan; the young person's own mentor next to the parent's consent. Every result
is checked in the file on disk."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Select, Static, TextArea

from tests.pilot import wacht_op_sessielijst, wacht_tot
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.beraad import BeraadScreen
from wievraag.tui.screens.stem import StemScreen
from wievraag.tui.widgets.plan import PlanPaneel

KLEIN = (80, 24)


def _sessie(data: Path, mensen: dict[str, tuple[str, str]]) -> Path:
    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Reiger")
    bestand = opslag.open(opslag.pad_voor(sessie))
    for naam, (relatie, stand) in mensen.items():
        bestand.sessie.persoon_voor(naam, relatie)[0].toestemming = stand  # type: ignore[assignment]
    bestand.opslaan()
    bestand.sluit()
    return opslag.pad_voor(sessie)


def _lees(pad: Path) -> dict[str, Any]:
    return tomllib.loads(pad.read_text(encoding="utf-8"))


def _naam_van(pad: Path) -> dict[str, str]:
    return {p["id"]: p["naam"] for p in _lees(pad).get("personen", [])}


async def _naar(pilot: Pilot[None], toets: str, scherm: type) -> None:
    await wacht_op_sessielijst(pilot)
    await pilot.press("h")
    await wacht_tot(pilot, lambda: bool(pilot.app.screen.query(PlanPaneel)), wat="sessie")
    await pilot.press("l")
    await pilot.pause()
    await pilot.press(toets)
    await wacht_tot(pilot, lambda: isinstance(pilot.app.screen, scherm), wat=scherm.__name__)
    await pilot.pause()


async def _typ(pilot: Pilot[None], veld: str, tekst: str, enter: bool = True) -> None:
    invoer = pilot.app.screen.query_one(veld, Input)
    invoer.focus()
    invoer.value = tekst
    await pilot.pause()
    if enter:
        await pilot.press("enter")
        await pilot.pause()


MENSEN = {
    "Lotte": ("moeder", "ja"),
    "Sem": ("zoon", "ja"),
    "Tante Wil": ("tante", "ja"),
    "Oom Bas": ("oom", "niet-gevraagd"),
    "Buurman Co": ("buurman", "nee"),
}


async def test_beraad_voorbereiden_vastleggen_en_familiegroepsplan(
    data: Path, config: Path
) -> None:
    pad = _sessie(data, MENSEN)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _naar(pilot, "n", BeraadScreen)
        scherm = app.screen
        assert app.bestand is not None and app.bestand.sessie.netwerkberaden == []  # not yet
        await _typ(pilot, "#datum", "12-05-2027", enter=False)
        assert "12 mei 2027" in str(scherm.query_one("#datum-uitleg", Static).render())
        await _typ(pilot, "#plek", "bij Tante Wil thuis", enter=False)
        vragen = scherm.query_one("#vragen", TextArea)
        vragen.text = "Wie kan er op woensdag?\n\nHoe vertellen we het aan Sem?"
        await pilot.pause()
        sessie = app.bestand.sessie
        lotte = sessie.zoek_persoon("Lotte")
        assert lotte is not None
        scherm.query_one("#door", Select).value = lotte.id
        await pilot.pause()
        await _typ(pilot, "#noem-uit", "Tante Wil")
        # Oom Bas has no consent yet: the app asks; the parent says yes now.
        await _typ(pilot, "#noem-uit", "Oom Bas")
        await wacht_tot(pilot, lambda: bool(app.screen.query("#ja")), wat="toestemmingsvraag")
        await pilot.click("#ja")
        await pilot.pause()
        # Buurman Co: the parent said no, and says no again.
        await _typ(pilot, "#noem-uit", "Buurman Co")
        await wacht_tot(pilot, lambda: bool(app.screen.query("#nee")), wat="toestemmingsvraag")
        await pilot.click("#nee")
        await wacht_tot(pilot, lambda: isinstance(app.screen, BeraadScreen), wat="terug")
        lijst = scherm.query_one("#uitgenodigd", OptionList)
        assert lijst.option_count == 2
        assert "gevraagd door Lotte" in str(lijst.get_option_at_index(0).prompt)
        # After the meeting: Tante Wil was there (Space), Oom Bas was not (Space twice).
        lijst.focus()
        lijst.highlighted = 0
        await pilot.press("space")
        lijst.highlighted = 1
        await pilot.press("space", "space")
        await pilot.pause()
        assert "✓ was er" in str(lijst.get_option_at_index(0).prompt)
        await _typ(pilot, "#doel", "Sem gaat elke dag naar school.", enter=False)
        await _typ(pilot, "#besluit-wat", "brengt Sem op woensdag", enter=False)
        await _typ(pilot, "#besluit-wie", "Tante Wil")
        assert scherm.query_one("#besluiten", OptionList).option_count == 1
        await pilot.press("f6")
        await pilot.pause()
        assert "familiegroepsplan" in str(scherm.query_one("#beraad-stand", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert "Familiegroepsplan" in str(app.screen.query_one("#plan-kop", Static).render())
        await pilot.press("ctrl+q")
    s = _lees(pad)
    namen = _naam_van(pad)
    [beraad] = s["netwerkberaden"]
    assert beraad["datum"].isoformat() == "2027-05-12" and beraad["plek"] == "bij Tante Wil thuis"
    assert beraad["vragen"] == ["Wie kan er op woensdag?", "Hoe vertellen we het aan Sem?"]
    assert [
        (namen[u["persoon"]], namen[u["door"]], u["gekomen"]) for u in beraad["uitgenodigd"]
    ] == [
        ("Tante Wil", "Lotte", "ja"),
        ("Oom Bas", "Lotte", "nee"),
    ]
    assert {namen[p["id"]]: p["toestemming"] for p in s["personen"]}["Oom Bas"] == "ja"
    [besluit] = beraad["besluiten"]
    plan = s["plan"]
    assert plan["familiegroepsplan"] is True and plan["beraad"] == beraad["id"]
    assert plan["doel"] == "Sem gaat elke dag naar school."
    [afspraak] = plan["afspraken"]
    assert afspraak["id"] == besluit["afspraak"] and afspraak["wat"] == "brengt Sem op woensdag"
    assert [namen[w] for w in afspraak["wie"]] == ["Tante Wil"]


async def test_beraad_openen_en_sluiten_maakt_niets(data: Path, config: Path) -> None:
    pad = _sessie(data, MENSEN)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _naar(pilot, "n", BeraadScreen)
        await pilot.press("f3")  # the explanation, in own words
        await pilot.pause()
        assert "familiegroepsplan" in str(app.screen.query_one("#beraad-uitleg", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")
    assert _lees(pad)["netwerkberaden"] == []


async def test_jongere_kiest_eigen_mentor_naast_toestemming(data: Path, config: Path) -> None:
    pad = _sessie(data, MENSEN)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _naar(pilot, "j", StemScreen)
        scherm = app.screen
        assert app.bestand is not None
        sem = app.bestand.sessie.zoek_persoon("Sem")
        assert sem is not None and scherm.query_one("#jongere", Select).value == sem.id
        # The young person names someone new: in the register, without consent; chosen all
        # the same, with the parent's consent shown next to it.
        await _typ(pilot, "#noem-mentor", "Trainer Joost (voetbaltrainer)")
        mentor = str(scherm.query_one("#lijst-mentor", OptionList).get_option_at_index(0).prompt)
        assert "Trainer Joost" in mentor and "toestemming ouder: nog niet gevraagd" in mentor
        await _typ(pilot, "#noem-erbij", "Tante Wil")
        await _typ(pilot, "#noem-niet", "Buurman Co")
        scherm.query_one("#waarom", TextArea).text = "Joost luistert."
        await pilot.pause()
        verschil = str(scherm.query_one("#verschil", Static).render())
        assert "Om te bespreken" in verschil and "Trainer Joost" in verschil
        # Delete takes the mentor off the list, Ctrl+Z brings them back.
        lijst = scherm.query_one("#lijst-mentor", OptionList)
        lijst.focus()
        lijst.highlighted = 0
        await pilot.press("delete")
        await pilot.pause()
        assert app.bestand.sessie.stemmen[0].mentor is None
        await pilot.press("ctrl+z")
        await wacht_tot(pilot, lambda: bool(app.bestand and app.bestand.sessie.stemmen[0].mentor))
        await pilot.press("ctrl+q")
    s = _lees(pad)
    namen = _naam_van(pad)
    [stem] = s["stemmen"]
    assert namen[stem["jongere"]] == "Sem" and namen[stem["mentor"]] == "Trainer Joost"
    assert [namen[p] for p in stem["wil_erbij"]] == ["Tante Wil"]
    assert [namen[p] for p in stem["wil_niet_erbij"]] == ["Buurman Co"]
    assert stem["waarom"] == "Joost luistert."
    joost = next(p for p in s["personen"] if p["naam"] == "Trainer Joost")
    assert joost["toestemming"] == "niet-gevraagd"


async def test_wat_kan_iemand_wel_bij_een_taak(data: Path, config: Path) -> None:
    """000: someone unsafe in one role may help in another; naming them for a task shows both,
    so the family and professional look at what can be done."""
    pad = _sessie(data, MENSEN)
    opslag = Opslag(data)
    bestand = opslag.open(pad)
    wil = bestand.sessie.zoek_persoon("Tante Wil")
    assert wil is not None
    wil.niet_als, wil.kan_wel = "alleen oppassen", "boodschappen doen"
    bestand.opslaan()
    bestand.sluit()
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _naar(pilot, "n", BeraadScreen)
        await _typ(pilot, "#besluit-wat", "doet de boodschappen", enter=False)
        await _typ(pilot, "#besluit-wie", "Tante Wil")
        await wacht_tot(pilot, lambda: bool(app._notifications), wat="een melding")
        meldingen = " ".join(m.message for m in app._notifications)
        assert "niet als: alleen oppassen · wél: boodschappen doen" in meldingen
        await pilot.press("ctrl+q")
    [besluit] = _lees(pad)["netwerkberaden"][0]["besluiten"]
    assert besluit["wat"] == "doet de boodschappen"


async def test_vinger_aan_de_pols_bij_de_afsluiting(data: Path, config: Path) -> None:
    from wievraag.tui.screens.evaluatie import AfsluitingScreen

    pad = _sessie(data, MENSEN)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _naar(pilot, "s", AfsluitingScreen)
        await _typ(pilot, "#nazorg_datum", "1-3-2027", enter=False)
        assert "1 maart 2027" in str(app.screen.query_one("#nazorg-uitleg", Static).render())
        vak = app.screen.query_one("#nazorg", TextArea)
        vak.text = "Bram belt Lotte."
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")
    afsluiting = _lees(pad)["afsluiting"]
    assert afsluiting["nazorg_datum"].isoformat() == "2027-03-01"
    assert afsluiting["nazorg"] == "Bram belt Lotte."
    assert afsluiting["antwoorden"] == {}


async def test_aanmelding_vanuit_personen(data: Path, config: Path) -> None:
    from wievraag.tui.screens.aanmelding import AanmeldingScreen

    pad = _sessie(data, MENSEN)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await wacht_op_sessielijst(pilot)
        await pilot.press("h")
        await wacht_tot(pilot, lambda: bool(pilot.app.screen.query(PlanPaneel)), wat="sessie")
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("r")
        await wacht_tot(pilot, lambda: isinstance(app.screen, AanmeldingScreen), wat="aanmelding")
        await _typ(pilot, "#verwijzer", "huisarts", enter=False)
        await _typ(pilot, "#noem-steun", "Tante Wil, Juf Ans (leerkracht)")
        await _typ(pilot, "#noem-start", "Tante Wil")
        assert app.screen.query_one("#lijst-start", OptionList).option_count == 1
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")
    s = _lees(pad)
    namen = _naam_van(pad)
    a = s["aanmelding"]
    assert a["verwijzer"] == "huisarts"
    assert [namen[p] for p in a["steun_genoemd"]] == ["Tante Wil", "Juf Ans"]
    assert [namen[p] for p in a["uitgenodigd"]] == ["Tante Wil"]
    juf = next(p for p in s["personen"] if p["naam"] == "Juf Ans")
    assert juf["toestemming"] == "niet-gevraagd" and juf["relatie"] == "leerkracht"


async def test_persoon_wat_kan_wel_en_voor_en_nadelen(data: Path, config: Path) -> None:
    from wievraag.tui.screens.persoon import PersoonScreen

    pad = _sessie(data, MENSEN)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await wacht_op_sessielijst(pilot)
        await pilot.press("h")
        await wacht_tot(pilot, lambda: bool(pilot.app.screen.query(PlanPaneel)), wat="sessie")
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("enter")  # the first of the register, by name
        await wacht_tot(pilot, lambda: isinstance(app.screen, PersoonScreen), wat="persoon")
        naam = app.screen.query_one("#naam", Input).value
        for veld, tekst in (
            ("#kan_wel", "boodschappen doen"),
            ("#niet_als", "alleen oppassen"),
            ("#voordelen", "de kinderen zijn dol op hem"),
            ("#nadelen", "hij zegt snel ja en vergeet het dan"),
        ):
            await _typ(pilot, veld, tekst, enter=False)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")
    persoon = next(p for p in _lees(pad)["personen"] if p["naam"] == naam)
    assert (persoon["kan_wel"], persoon["niet_als"]) == ("boodschappen doen", "alleen oppassen")
    assert persoon["voordelen"] == "de kinderen zijn dol op hem"
    assert persoon["nadelen"] == "hij zegt snel ja en vergeet het dan"


async def test_familiegroepsplan_ook_zonder_beraad(data: Path, config: Path) -> None:
    from wievraag.tui.screens.plan import PlanGegevensScreen
    from wievraag.tui.widgets.keuzes import Vinkje

    pad = _sessie(data, MENSEN)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _naar(pilot, "g", PlanGegevensScreen)
        await _typ(pilot, "#doel", "Sem slaapt weer thuis.", enter=False)
        app.screen.query_one("#familiegroepsplan", Vinkje).value = True
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert "Familiegroepsplan versie 1" in str(
            app.screen.query_one("#plan-kop", Static).render()
        )
        await pilot.press("ctrl+q")
    plan = _lees(pad)["plan"]
    assert plan["familiegroepsplan"] is True and "beraad" not in plan


async def test_voettekst_van_de_nieuwe_schermen_past_op_80(data: Path, config: Path) -> None:
    """Every key visible at 80x24, also with all of the beraad's keys active (the demo's
    first meeting: decisions, and a second meeting to page to)."""
    from textual.widgets import Footer

    from wievraag.demo import maak_demo
    from wievraag.tui.screens.aanmelding import AanmeldingScreen
    from wievraag.vragen import lees_bank

    Opslag(data).voeg_toe(maak_demo(lees_bank()))
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:

        def breedte() -> int:
            return app.screen.query_one(Footer).virtual_size.width

        await _naar(pilot, "n", BeraadScreen)
        await pilot.press("f4")  # the meeting that was held: F6 is there too
        await wacht_tot(
            pilot, lambda: "1 van 2" in str(app.screen.query_one("#beraad-titel", Static).render())
        )
        assert app.screen.check_action("maak_plan", ()) and breedte() <= 80
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("j")
        await wacht_tot(pilot, lambda: isinstance(app.screen, StemScreen), wat="stem")
        assert breedte() <= 80
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("r")
        await wacht_tot(pilot, lambda: isinstance(app.screen, AanmeldingScreen), wat="aanmelding")
        assert breedte() <= 80
        await pilot.press("ctrl+q")
