"""Phone numbers: an optional, loosely checked field per person, typed on the person screen,
shown in the shared plan only for people with consent, and hidden like a name."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from pydantic import ValidationError
from textual.widgets import Input

from tests.exportfamilie import familie, plan_voor_test
from tests.pilot import wacht_tot
from wievraag.export import exporteer
from wievraag.model import Persoon
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.persoon import PersoonScreen
from wievraag.tui.screens.sessie import SessieScreen


@pytest.mark.parametrize(
    "nummer", ["06-12345678", "+31 6 1234 5678", "(010) 555 66 77", "0032 3 123 45 67", ""]
)
def test_telefoon_los_gecontroleerd(nummer: str) -> None:
    assert Persoon(naam="Ans", telefoon=nummer).telefoon == nummer


@pytest.mark.parametrize("nummer", ["bel me", "06-1234x", "+", "1" * 21, "06 ++ 12"])
def test_telefoon_geweigerd(nummer: str) -> None:
    with pytest.raises(ValidationError, match="telefoonnummer"):
        Persoon(naam="Ans", telefoon=nummer)


def test_telefoon_spaties_samengevoegd() -> None:
    assert Persoon(naam="Ans", telefoon="  06  1234 ").telefoon == "06 1234"


def test_telefoon_in_gedeeld_plan_alleen_met_toestemming() -> None:
    s = familie()
    s.personen[0].notities = "Riet: 06-11112222, Kees: 06-99998888"
    tekst = exporteer(s, "plan", "md", plan=plan_voor_test())
    assert "Riet de Boer (oma, moederskant), tel. 06-11112222" in tekst  # aanspreekpunt
    assert "+31 6 3333 4444" in tekst  # Els, in "wie bellen we"
    assert "06-99998888" not in tekst and "010-5556666" not in tekst


@pytest.mark.parametrize("soort", ["plan", "sessie"])
def test_telefoon_weg_met_pseudoniem(soort: str) -> None:
    s = familie()
    s.plan = None
    s.antwoorden[0].antwoord = "Bel oma op 06-11112222 of Els op +31 6 3333 4444."
    tekst = exporteer(s, soort, "md", plan=plan_voor_test(), pseudoniem=True)  # type: ignore[arg-type]
    for nummer in ("06-11112222", "3333 4444", "06-99998888", "010-5556666"):
        assert nummer not in tekst
    if soort == "sessie":
        assert "Bel oma op (nummer weggelaten) of buurvrouw 1 op (nummer weggelaten)." in tekst


def test_volledige_sessie_toont_elk_nummer() -> None:
    tekst = exporteer(familie(), "sessie", "md")
    assert "**Telefoon:** 06-99998888" in tekst  # the professional's own file: everyone


async def test_telefoon_op_het_persoonscherm(data: Path, config: Path) -> None:
    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Specht")
    bestand = opslag.open(opslag.pad_voor(sessie))
    bestand.sessie.persoon_voor("Ans", "tante")
    bestand.opslaan()
    bestand.sluit()
    pad = opslag.pad_voor(sessie)
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="sessie")
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("enter")
        await wacht_tot(pilot, lambda: isinstance(app.screen, PersoonScreen), wat="persoon")
        veld = app.screen.query_one("#telefoon", Input)
        veld.focus()
        await pilot.press(*"06-1234x 5678")  # the letter is refused as it is typed
        await wacht_tot(pilot, lambda: veld.value == "06-1234 5678", wat=veld.value)
        await pilot.press("f8")  # under the mask the number is dots, like the name
        await wacht_tot(pilot, lambda: veld.password, wat="masker")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")
    personen = tomllib.loads(pad.read_text(encoding="utf-8"))["personen"]
    assert personen[0]["telefoon"] == "06-1234 5678"
