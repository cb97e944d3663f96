"""The plan tab (l) driven with Pilot: agreements, consent, logbook, evaluation, the closing
conversation and the home screen's mark; every result checked in the file on disk."""

from __future__ import annotations

import json
import tomllib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import DataTable, Input, OptionList, Select, Static, TextArea

from wievraag import locations
from wievraag.model import Afspraak, Plan
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.bellen import BellenScreen
from wievraag.tui.screens.evaluatie import AfsluitingScreen, EvaluatieScreen, PlanVersieScreen
from wievraag.tui.screens.logboek import LogboekScreen
from wievraag.tui.screens.plan import AfspraakScreen, PlanGegevensScreen
from wievraag.tui.widgets.keuzes import Vinkje

KLEIN = (80, 24)


def _sessie(data: Path, toestemming: dict[str, str], plan: Plan | None = None) -> Path:
    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Reiger")
    bestand = opslag.open(opslag.pad_voor(sessie))
    for naam, stand in toestemming.items():
        bestand.sessie.persoon_voor(naam)[0].toestemming = stand  # type: ignore[assignment]
    bestand.sessie.plan = plan
    bestand.opslaan()
    bestand.sluit()
    return opslag.pad_voor(sessie)


def _lees(pad: Path) -> dict[str, Any]:
    return tomllib.loads(pad.read_text(encoding="utf-8"))


def _namen(pad: Path) -> dict[str, dict[str, Any]]:
    return {p["id"]: p for p in _lees(pad).get("personen", [])}


async def _plan_tab(pilot: Pilot[None]) -> None:
    await pilot.press("h")
    await pilot.pause()
    await pilot.press("l")
    await pilot.pause()


def _tekst(pilot: Pilot[None], selector: str) -> str:
    return str(pilot.app.screen.query_one(selector, Static).render())


async def _noem(pilot: Pilot[None], veld: str, naam: str) -> None:
    invoer = pilot.app.screen.query_one(veld, Input)
    invoer.focus()
    invoer.value = naam
    await pilot.press("enter")
    await pilot.pause()


async def _afspraak(pilot: Pilot[None], wat: str, wie: str, dagen: list[str]) -> None:
    await pilot.press("a")
    await pilot.pause()
    scherm = pilot.app.screen
    assert isinstance(scherm, AfspraakScreen)
    scherm.query_one("#wat", Input).value = wat
    await _noem(pilot, "#noem-wie", wie)
    for dag in dagen:
        scherm.query_one(f"#dag-{dag}", Vinkje).value = True
    await pilot.pause()
    await pilot.press("escape")
    await pilot.pause()


async def test_plan_met_drie_afspraken_aanspreekpunt_en_ongedaan(data: Path, config: Path) -> None:
    pad = _sessie(data, {"Tante Wil": "ja", "Oom Bas": "ja", "Buurvrouw Els": "ja"})
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _plan_tab(pilot)
        assert "Nog geen plan" in _tekst(pilot, "#plan-kop")
        await _afspraak(pilot, "ontbijt maken", "Tante Wil", ["maandag", "dinsdag", "woensdag"])
        await _afspraak(pilot, "naar school brengen", "Oom Bas", ["donderdag", "vrijdag"])
        await _afspraak(pilot, "koffie drinken", "Buurvrouw Els", ["zaterdag"])
        regels = _tekst(pilot, "#plan-regels")
        assert "✗ Elke dag van de week is er iemand. — niemand op zondag" in regels
        assert "✗ Er is één aanspreekpunt" in regels
        tabel = app.screen.query_one("#rooster", DataTable)
        assert tabel.row_count == 4  # three agreements and the line of the uncovered day
        laatste = [str(c) for c in tabel.get_row_at(3)]
        assert laatste[0] == "— niemand —" and laatste[-2] == "✗"  # "zo" column
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, PlanGegevensScreen)
        app.screen.query_one("#doel", Input).value = "De kinderen beginnen de dag goed."
        wil = app.bestand.sessie.zoek_persoon("Tante Wil") if app.bestand else None
        assert wil is not None
        app.screen.query_one("#aanspreekpunt", Select).value = wil.id
        app.screen.query_one("#start", Input).value = f"{date.today():%d-%m-%Y}"
        app.screen.query_one("#duur_weken", Input).value = "2"  # suggests the evaluation date
        bellen = app.screen.query_one("#bellen", OptionList)
        bellen.focus()  # "+ nieuw: wie bel je als…" is the only line, and highlighted
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BellenScreen)
        app.screen.query_one("#wanneer", Input).value = "als het 's avonds misgaat"
        await _noem(pilot, "#noem-wie", "Oom Bas, Tante Wil")
        await pilot.press("escape")
        await pilot.pause()
        assert "als het 's avonds misgaat: Oom Bas, Tante Wil" in str(
            app.screen.query_one("#bellen", OptionList).get_option_at_index(0).prompt
        )
        await pilot.press("escape")
        await pilot.pause()
        assert "✓ Er is één aanspreekpunt" in _tekst(pilot, "#plan-regels")
        # Delete the first agreement (confirmed), then take it back with Ctrl+Z.
        app.screen.query_one("#rooster", DataTable).move_cursor(row=0)
        await pilot.press("delete")
        await pilot.pause()
        await pilot.click("#ja")
        await pilot.pause()
        assert app.bewaar_nu()
        assert len(_lees(pad)["plan"]["afspraken"]) == 2
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.screen.query_one("#rooster", DataTable).row_count == 4
        await pilot.press("ctrl+q")
    plan = _lees(pad)["plan"]
    personen = _namen(pad)
    assert [(personen[a["wie"][0]]["naam"], a["wat"], a["dagen"]) for a in plan["afspraken"]] == [
        ("Tante Wil", "ontbijt maken", ["maandag", "dinsdag", "woensdag"]),
        ("Oom Bas", "naar school brengen", ["donderdag", "vrijdag"]),
        ("Buurvrouw Els", "koffie drinken", ["zaterdag"]),
    ]
    assert personen[plan["aanspreekpunt"]]["naam"] == "Tante Wil"
    assert plan["doel"] == "De kinderen beginnen de dag goed."
    [bel] = plan["bellen"]
    assert bel["wanneer"] == "als het 's avonds misgaat"
    assert [personen[p]["naam"] for p in bel["wie"]] == ["Oom Bas", "Tante Wil"]
    assert plan["start"] == date.today() and plan["duur_weken"] == 2
    assert plan["evaluatie"] == date.today() + timedelta(weeks=2)


async def test_geen_toestemming_geweigerd_tot_de_ouder_ja_zegt(data: Path, config: Path) -> None:
    pad = _sessie(data, {"Tante Wil": "ja", "Ahmed": "niet-gevraagd", "Co": "nee"})
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _plan_tab(pilot)
        await pilot.press("a")
        await pilot.pause()
        await _noem(pilot, "#noem-wie", "Ahmed")
        melding = _tekst(pilot, ".vraag")
        assert "Ahmed mag (nog) niet benaderd worden" in melding
        assert "nog niets gezegd over toestemming" in melding
        await pilot.click("#nee")
        await pilot.pause()
        assert app.bestand is not None and app.bestand.sessie.plan is None  # nothing given
        await _noem(pilot, "#noem-wie", "Ahmed")
        await pilot.click("#ja")  # the parent says yes now: recorded, then given the task
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        # The contact person: Co's "nee" is refused and the choice goes back.
        await pilot.press("g")
        await pilot.pause()
        co = app.bestand.sessie.zoek_persoon("Co")
        assert co is not None
        keuze = app.screen.query_one("#aanspreekpunt", Select)
        keuze.value = co.id
        await pilot.pause()
        assert "de ouder heeft nee gezegd" in _tekst(pilot, ".vraag")
        await pilot.click("#nee")
        await pilot.pause()
        assert keuze.is_blank()
        await pilot.press("ctrl+q")
    personen = {p["naam"]: p for p in _namen(pad).values()}
    assert personen["Ahmed"]["toestemming"] == "ja"
    assert personen["Ahmed"]["toestemming_datum"] == date.today()
    assert personen["Co"]["toestemming"] == "nee"
    plan = _lees(pad)["plan"]
    assert plan["afspraken"][0]["wie"] == [personen["Ahmed"]["id"]]
    assert "aanspreekpunt" not in plan


async def test_logboek_regel_nieuwste_eerst_en_filter(data: Path, config: Path) -> None:
    pad = _sessie(data, {"Tante Wil": "ja", "Oom Bas": "ja"})
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _plan_tab(pilot)
        await pilot.press("b")
        await pilot.pause()
        scherm = app.screen
        assert isinstance(scherm, LogboekScreen)
        wil = app.bestand.sessie.zoek_persoon("Tante Wil") if app.bestand else None
        assert wil is not None
        for dag, wie, wat in (
            (date.today() - timedelta(days=2), wil.id, "Finn naar school gebracht"),
            (date.today(), "__ik__", "Huisbezoek"),
        ):
            scherm.query_one("#datum", Input).value = f"{dag:%d-%m-%Y}"
            scherm.query_one("#wie", Select).value = wie
            scherm.query_one("#wat", Input).value = wat
            scherm.query_one("#opgemerkt", Input).value = "viel op"
            scherm.query_one("#opgemerkt", Input).focus()
            await pilot.press("enter")
            await pilot.pause()
        tabel = scherm.query_one("#logboek", DataTable)
        assert [str(tabel.get_row_at(n)[2]) for n in range(2)] == [
            "Huisbezoek",
            "Finn naar school gebracht",
        ]
        scherm.query_one("#filter", Select).value = wil.id
        await pilot.pause()
        assert tabel.row_count == 1 and str(tabel.get_row_at(0)[1]) == "Tante Wil"
        scherm.query_one("#wat", Input).value = "Gebeld"  # no Enter: leaving saves it too
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")
    logboek = _lees(pad)["logboek"]
    assert logboek[0]["wie"] == wil.id and logboek[0]["datum"] == date.today() - timedelta(days=2)
    assert logboek[0]["wat"] == "Finn naar school gebracht" and logboek[0]["opgemerkt"] == "viel op"
    assert "wie" not in logboek[1] and logboek[1]["wat"] == "Huisbezoek"  # the professional
    assert logboek[2]["wat"] == "Gebeld" and logboek[2]["datum"] == date.today()


async def test_evaluatie_houdt_het_oude_plan_leesbaar(data: Path, config: Path) -> None:
    plan = Plan(doel="Oud doel", evaluatie=date.today() - timedelta(days=1))
    plan.afspraken = [Afspraak(wat="ontbijt", dagen=["maandag"])]
    pad = _sessie(data, {"Tante Wil": "ja"}, plan)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _plan_tab(pilot)
        assert "⚑ Evaluatie was gepland op" in _tekst(pilot, "#plan-kop")
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, EvaluatieScreen)
        app.screen.query_one("#werkte", TextArea).text = "Het ontbijt lukte elke week."
        await pilot.pause()
        await pilot.press("escape")  # half written: kept in the file, not yet recorded
        await pilot.pause()
        assert app.bewaar_nu()
        assert _lees(pad)["evaluaties"][0]["werkte"] == "Het ontbijt lukte elke week."
        assert _lees(pad)["plan"]["versie"] == 1 and "⚑" in _tekst(pilot, "#plan-kop")
        await pilot.press("t")
        await pilot.pause()
        assert app.screen.query_one("#werkte", TextArea).text == "Het ontbijt lukte elke week."
        app.screen.query_one("#verandert", TextArea).text = "Oom Bas doet de woensdag."
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.click("#ja")
        await pilot.pause()
        assert "Plan versie 2" in _tekst(pilot, "#plan-kop")
        await pilot.press("t")  # the earlier version, to read
        await pilot.pause()
        app.screen.query_one("#versies").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PlanVersieScreen)
        oud = _tekst(pilot, "#versie-tekst")
        assert "Plan versie 1" in oud and "Oud doel" in oud and "ontbijt" in oud
        assert "Het ontbijt lukte elke week." in _tekst(pilot, ".evaluatie")
        await pilot.press("ctrl+q")
    sessie = _lees(pad)
    assert (
        sessie["planversies"][0]["versie"] == 1 and sessie["planversies"][0]["doel"] == "Oud doel"
    )
    assert sessie["plan"]["versie"] == 2 and "evaluatie" not in sessie["plan"]
    [evaluatie] = sessie["evaluaties"]
    assert evaluatie["plan_versie"] == 1 and evaluatie["werkte"] == "Het ontbijt lukte elke week."
    assert evaluatie["verandert"] == "Oom Bas doet de woensdag."


async def test_afsluiting_antwoorden_op_schijf(data: Path, config: Path) -> None:
    pad = _sessie(data, {"Tante Wil": "ja"})
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _plan_tab(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, AfsluitingScreen)
        assert "0 van 5 vragen beantwoord" in _tekst(pilot, "#afsluiting-stand")
        await pilot.press(*"Beter")  # the first question has the focus
        app.screen.query_one("#af-af-04", TextArea).text = "Wil belt Bas."
        await pilot.pause()
        assert "2 van 5 vragen beantwoord" in _tekst(pilot, "#afsluiting-stand")
        await pilot.press("ctrl+q")
    assert _lees(pad)["afsluiting"]["antwoorden"] == {"af-01": "Beter", "af-04": "Wil belt Bas."}


async def test_startscherm_markeert_een_verlopen_evaluatie(data: Path, config: Path) -> None:
    gisteren = date.today() - timedelta(days=1)
    _sessie(data, {}, Plan(evaluatie=gisteren))
    _sessie(data, {}, Plan(evaluatie=date.today() + timedelta(days=7)))
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await pilot.pause()
        tabel = app.screen.query_one("#sessies", DataTable)
        gezinnen = sorted(str(tabel.get_row_at(n)[0]) for n in range(tabel.row_count))
        assert gezinnen == ["Gezin Reiger", "Gezin Reiger  ⚑ evalueer"]
        await pilot.press("ctrl+q")


def test_oude_index_zonder_evaluatie_wordt_opnieuw_gelezen(data: Path) -> None:
    """An index written before it held the evaluation date must not hide the mark."""
    pad = _sessie(data, {}, Plan(evaluatie=date(2026, 1, 5)))
    opslag = Opslag(data)
    assert opslag.lijst().items[0].evaluatie == date(2026, 1, 5)
    index = locations.index_file(data)
    stempel = json.loads(index.read_text(encoding="utf-8"))["items"][pad.name][:2]
    oud = {"stempel": stempel, "id": pad.stem, "gezin": "Gezin Reiger", "personen": 0}
    # As an older app wrote it: another version, an entry without the evaluation date.
    index.write_text(json.dumps({"versie": 1, "items": {pad.name: oud}}), encoding="utf-8")
    assert opslag.lijst().items[0].evaluatie == date(2026, 1, 5)
    assert json.loads(index.read_text(encoding="utf-8"))["items"][pad.name][-1] == "2026-01-05"


def test_roostercel_en_regels_zonder_kleur() -> None:
    """Every state is a symbol or a word: ✓ weekly, 1× once, ? nobody yet, ✗ not met."""
    from wievraag.model import Persoon, Sessie
    from wievraag.tui.widgets.plan import regels_tekst, weergave_van

    wil = Persoon(naam="Wil", toestemming="ja")
    week = Afspraak(wie=[wil.id], dagen=["maandag"])
    eens = Afspraak(wie=[wil.id], datum=date(2026, 11, 24))  # a Tuesday
    niemand = Afspraak(dagen=["maandag"])
    alle = Sessie(gezin="Gezin Reiger", personen=[wil], plan=Plan(afspraken=[week, eens, niemand]))
    w, e, n = weergave_van(alle).afspraken
    assert (w.teken("maandag"), w.teken("dinsdag")) == ("✓", "")
    assert e.teken("dinsdag") == "1×" and n.teken("maandag") == "?"
    sessie = Sessie(gezin="Gezin Reiger", personen=[wil], plan=Plan(afspraken=[week]))
    teksten = {"elke-dag": "Elke dag van de week is er iemand."}
    regels = str(regels_tekst(sessie, teksten, 60)).splitlines()
    # Whole, never cut: the block above the rooster wraps and scrolls (issue 21).
    assert len(regels) == 5 and not any("…" in r for r in regels)
    assert regels[1] == (
        "✗ Elke dag van de week is er iemand. — niemand op dinsdag, woensdag, donderdag, "
        "vrijdag, zaterdag, zondag"
    )
    # No text in the bank: its id; the one requirement's state, whole.
    assert regels[0].startswith("✗ weten — 1 van minimaal 3 mensen weten het; 1 van hen")
