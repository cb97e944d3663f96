"""The Family Finding interviews driven as a person would with Pilot, checked in the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from tests.pilot import lees_toml, nieuwe_sessie
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.cirkel import CirkelScreen, RingLijst
from wievraag.tui.screens.interview import BehoefteScreen, MobilityScreen, ReunieScreen
from wievraag.tui.screens.olievlek import OlievlekScreen
from wievraag.tui.widgets.interviews import InterviewsPaneel

KLEIN = (80, 24)


def _ids(doc: dict[str, Any]) -> dict[str, str]:
    return {p["naam"]: p["id"] for p in doc.get("personen", [])}


async def _open_tool(pilot: Pilot[None], rij: int) -> None:
    """Resume the session, tab i, down to the tool, Enter."""
    await pilot.press("h")
    await pilot.pause()
    await pilot.press("i")
    await pilot.pause()
    await pilot.press(*["down"] * rij, "enter")
    await pilot.pause()


async def _noem(pilot: Pilot[None], veld: str, tekst: str) -> None:
    """Names into a person field and Enter (filled in at once: typing is tested elsewhere)."""
    invoer = pilot.app.screen.query_one(f"#{veld} Input", Input)
    invoer.focus()
    invoer.value = tekst
    await pilot.press("enter")
    await pilot.pause()


async def _vul(pilot: Pilot[None], veld: str, tekst: str) -> None:
    """Long text into a field, as pasting would (the field reports the change as typing does)."""
    widget = pilot.app.screen.query_one(f"#{veld}")
    widget.focus()
    if isinstance(widget, TextArea):
        widget.text = tekst
    else:
        assert isinstance(widget, Input)
        widget.value = tekst
    await pilot.pause()


async def test_mobility_mapping_twee_huizen_vier_namen(data: Path, config: Path) -> None:
    pad = nieuwe_sessie(data, ("Ans", "tante"))
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _open_tool(pilot, 0)
        assert isinstance(app.screen, MobilityScreen)
        # The form starts in its first field, "Gesteld aan"; Tab goes on to place and period.
        await pilot.press(*"moeder", "tab", *"Zwolle, 1990")
        await _noem(pilot, "n-buren", "ans, Karim (buurman)")  # Ans is known: no duplicate
        await _noem(pilot, "n-docent", "Meester Jan")
        await pilot.press("f6")  # the next house
        await pilot.pause()
        await _vul(pilot, "f-beschrijving", "Deventer")
        await _noem(pilot, "n-straat", "Bert (speelkameraad)")
        await pilot.press("f4")  # back to the first house: still there
        await pilot.pause()
        assert app.screen.query_one("#f-beschrijving", Input).value == "Zwolle, 1990"
        await pilot.press("escape")
        await pilot.pause()
        paneel = app.screen.query_one(InterviewsPaneel)
        assert paneel.plekken["mobility"][0] == 0  # where it was left: the first house
    doc = lees_toml(pad)
    ids = _ids(doc)
    assert sorted(ids) == ["Ans", "Bert", "Karim", "Meester Jan"]
    assert doc["family_finding"]["mobility_mapping"]["gesteld_aan"] == "moeder"
    huizen = doc["family_finding"]["mobility_mapping"]["huizen"]
    assert [h["beschrijving"] for h in huizen] == ["Zwolle, 1990", "Deventer"]
    assert huizen[0]["buren"] == [ids["Ans"], ids["Karim"]]
    assert huizen[0]["docent"] == [ids["Meester Jan"]]
    assert huizen[1]["straat"] == [ids["Bert"]]


async def test_vijf_veiligheidscirkels_een_persoon_in_drie(data: Path, config: Path) -> None:
    pad = nieuwe_sessie(data, ("Ans", "tante"), ("Karim", "buurman"))
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _open_tool(pilot, 4)
        assert isinstance(app.screen, CirkelScreen)
        assert len(app.screen.bladen) == 5
        await pilot.press("1")  # Ans, highlighted first: ring 1 of circle 1
        await pilot.press("f5", "f5")  # circle 3
        await pilot.pause()
        await pilot.press("2")
        await pilot.press("f5")  # circle 4
        await pilot.pause()
        await pilot.press("3")
        # A new name typed below enters the register and is placed with a number.
        await _vul(pilot, "cirkel-noem", "Joke (vriendin)")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.focused is app.screen.query_one(RingLijst)
        await pilot.press("1")
        await pilot.press("escape")
        await pilot.pause()
    doc = lees_toml(pad)
    ids = _ids(doc)
    cirkels = {c["sjabloon"]: c for c in doc["cirkels"]}
    assert set(cirkels) == {"veilig-1-weten", "veilig-3-kind", "veilig-4-betrekken"}
    assert cirkels["veilig-1-weten"]["ringen"][0] == "mensen die alles al weten"
    ans = ids["Ans"]
    plekken = {s: {p["persoon"]: p["ring"] for p in c["plaatsingen"]} for s, c in cirkels.items()}
    assert plekken["veilig-1-weten"] == {ans: 1}
    assert plekken["veilig-3-kind"] == {ans: 2}
    assert plekken["veilig-4-betrekken"] == {ans: 3, ids["Joke"]: 1}


async def test_olievlek_tweede_graad_via_een_bekende(data: Path, config: Path) -> None:
    pad = nieuwe_sessie(data, ("Ans", "tante"), ("Karim", "buurman"))
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _open_tool(pilot, 5)
        assert isinstance(app.screen, OlievlekScreen)
        await pilot.press("down", "enter")  # Karim; Enter goes to naming his people
        await pilot.pause()
        await _vul(pilot, "n-genoemd Input", "Fatima (vrouw van Karim), ans")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    doc = lees_toml(pad)
    ids = _ids(doc)
    fatima = next(p for p in doc["personen"] if p["naam"] == "Fatima")
    assert fatima["via"] == ids["Karim"]
    ans = next(p for p in doc["personen"] if p["naam"] == "Ans")
    assert "via" not in ans  # already known: named here, not moved to the second degree
    [ronde] = doc["family_finding"]["olievlek"]["rondes"]
    assert ronde == {"persoon": ids["Karim"], "genoemd": [ids["Fatima"], ids["Ans"]]}


async def test_biggest_unmet_need(data: Path, config: Path) -> None:
    pad = nieuwe_sessie(data, ("Sem", "zoon"))
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _open_tool(pilot, 6)
        assert isinstance(app.screen, BehoefteScreen)
        app.screen.query_one("#f-voor").value = _ids(lees_toml(pad))["Sem"]  # type: ignore[attr-defined]
        await _vul(pilot, "f-behoefte", "Sem heeft iemand nodig die hem elke dag aanmoedigt.")
        await _vul(pilot, "f-in_plaats_van", "Sem moet naar school.")
        await pilot.press("escape")
        await pilot.pause()
    doc = lees_toml(pad)
    [behoefte] = doc["family_finding"]["biggest_unmet_needs"]["behoeften"]
    assert behoefte["voor"] == _ids(doc)["Sem"]
    assert behoefte["behoefte"] == "Sem heeft iemand nodig die hem elke dag aanmoedigt."
    assert behoefte["in_plaats_van"] == "Sem moet naar school."


async def test_drie_tools_een_persoon_drie_vindplaatsen(data: Path, config: Path) -> None:
    pad = nieuwe_sessie(data)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _open_tool(pilot, 2)
        assert isinstance(app.screen, ReunieScreen)
        await _noem(pilot, "n-op_de_foto", "Ans (tante)")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("up", "up", "enter")  # mobility mapping
        await pilot.pause()
        await _noem(pilot, "n-sport", "ANS")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("down", "down", "down", "enter")  # waarde-interview
        await pilot.pause()
        await _vul(pilot, "f-waarde", "eerlijkheid")
        await _noem(pilot, "n-geleerd_van", "ans")
        await pilot.press("escape")
        await pilot.pause()
        from wievraag.tui.context import sessie

        s = sessie(app.screen)
        [ans] = s.personen
        via = [h.tekst for h in s.herkomst(ans.id)]
    assert len(via) == 3, via
    doc = lees_toml(pad)
    assert [p["naam"] for p in doc["personen"]] == ["Ans"]
    assert any(t.startswith("Mobility mapping: huis 1") for t in via)
    assert "Familie- en netwerkreünie: staat op de foto" in via
    assert "Waarde-interview: leerde hun “eerlijkheid”" in via


async def test_hoeveel_mensen_aantallen_en_een_levensfase(data: Path, config: Path) -> None:
    pad = nieuwe_sessie(data)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _open_tool(pilot, 1)
        await pilot.press("tab", "3", "0", "0")  # after "Gesteld aan": the first count
        await _vul(pilot, "f-weer_contact", "x")  # not a number: nothing stored
        await pilot.press("f6")  # a life phase
        await pilot.pause()
        await pilot.press(*"basisschool")
        await _noem(pilot, "n-personen", "Ans (juf)")
        await pilot.press("f7")  # done
        await pilot.press("escape")
        await pilot.pause()
    doc = lees_toml(pad)
    hoeveel = doc["family_finding"]["hoeveel_mensen"]
    assert hoeveel["ontmoet"] == 300 and "weer_contact" not in hoeveel
    assert hoeveel["fases"] == [
        {"id": hoeveel["fases"][0]["id"], "naam": "basisschool", "personen": [_ids(doc)["Ans"]]}
    ]
    assert hoeveel["klaar"] is True


async def test_cirkelscherm_voor_een_bestaand_sociogram(data: Path, config: Path) -> None:
    """The same screen places people in a circle that exists (an own sociogram question)."""
    from wievraag.model import Cirkel

    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Libel")
    bestand = opslag.open(opslag.pad_voor(sessie))
    ans, _ = bestand.sessie.persoon_voor("Ans", "tante")
    eigen = Cirkel(soort="sociogram", titel="Bij wie kun je terecht?", ringen=["a", "b", "c"])
    bestand.sessie.cirkels.append(eigen)
    bestand.opslaan()
    bestand.sluit()
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await pilot.press("h")
        await pilot.pause()
        await app.push_screen(CirkelScreen([eigen.id]))
        await pilot.pause()
        await pilot.press("2", "escape")
        await pilot.pause()
    [cirkel] = lees_toml(opslag.pad_voor(sessie))["cirkels"]
    assert cirkel["plaatsingen"] == [{"persoon": ans.id, "ring": 2}]
