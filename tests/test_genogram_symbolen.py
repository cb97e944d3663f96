"""McGoldrick's genogram symbols (issue 21): sex as □ ○ ◇, the partner line by kind (married,
living together, separated, divorced), in the terminal and in the SVG; the fields round-trip
through the session file."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wievraag.model import Persoon, Sessie
from wievraag.store import codeer
from wievraag.store.codering import decodeer
from wievraag.tekening.genogram import LEGENDA, leg_uit
from wievraag.tekening.genogram_weergave import als_regels, als_svg, als_tekst


def _familie() -> tuple[Sessie, dict[str, Persoon]]:
    s = Sessie(gezin="Gezin Merel")
    p: dict[str, Persoon] = {}
    for naam, generatie, geslacht in [
        ("Opa Henk", "grootouders", "man"),
        ("Oma Lies", "grootouders", "vrouw"),
        ("Roos", "ouders", "vrouw"),
        ("Daan", "ouders", "man"),
        ("Sam", "ouders", "anders"),
        ("Finn", "kinderen", None),
    ]:
        persoon = Persoon(naam=naam, generatie=generatie, geslacht=geslacht)
        s.personen.append(persoon)
        p[naam] = persoon
    s.zet_partner(p["Opa Henk"].id, p["Oma Lies"].id)
    s.zet_partnerrelatie(p["Opa Henk"].id, p["Oma Lies"].id, "getrouwd")
    s.zet_partner(p["Roos"].id, p["Daan"].id)
    s.zet_partnerrelatie(p["Roos"].id, p["Daan"].id, "gescheiden")
    p["Roos"].ouders = [p["Opa Henk"].id, p["Oma Lies"].id]
    p["Finn"].ouders = [p["Roos"].id, p["Daan"].id]
    return s, p


def _rij(tekst: str, naam: str) -> str:
    return next(r for r in tekst.splitlines() if naam in r)


def test_symbolen_voor_geslacht_en_geen_voor_niet_ingevuld() -> None:
    s, _ = _familie()
    tekst = als_tekst(leg_uit(s))
    assert "□ Opa Henk" in tekst and "○ Oma Lies" in tekst and "◇ Sam" in tekst
    assert "□ Finn" not in tekst and "○ Finn" not in tekst and "Finn" in tekst


@pytest.mark.parametrize(
    ("soort", "teken", "niet"),
    [
        ("getrouwd", "═", "/"),
        ("samenwonend", "╌", "═"),
        ("uit-elkaar", "/", "//"),
        ("gescheiden", "//", "╌"),
    ],
)
def test_partnerlijn_per_soort(soort: str, teken: str, niet: str) -> None:
    s, p = _familie()
    s.zet_partnerrelatie(p["Roos"].id, p["Daan"].id, soort)  # type: ignore[arg-type]
    g = leg_uit(s)
    rij = _rij(als_tekst(g), "Roos")
    tussen = rij[rij.index("Roos") : rij.index("Daan")]
    assert teken in tussen, rij
    assert niet not in tussen.replace("Roos", ""), rij
    lijn = next(
        lijn for lijn in g.lijnen if lijn.soort == "partner" and p["Roos"].id in lijn.ouders
    )
    assert lijn.relatie == soort
    # The grandparents stay married whatever the parents do.
    assert "═" in _rij(als_tekst(g), "Opa Henk") and "/" not in _rij(als_tekst(g), "Opa Henk")


def test_svg_tekent_dezelfde_soorten() -> None:
    s, p = _familie()
    svg = als_svg(leg_uit(s))
    ET.fromstring(svg)  # well-formed
    assert svg.count('class="streep"') == 2  # divorced: two slashes
    s.zet_partnerrelatie(p["Roos"].id, p["Daan"].id, "samenwonend")
    svg = als_svg(leg_uit(s))
    assert "stroke-dasharray" in svg and 'class="streep"' not in svg
    assert "□ man" in LEGENDA and "gescheiden" in LEGENDA


def test_stijl_van_de_streep_is_een_lijn() -> None:
    s, _ = _familie()
    rij = next(r for r in als_regels(leg_uit(s)) if any("Roos" in t for t, _ in r))
    assert any("//" in t and stijl == "lijn" for t, stijl in rij)


def test_heen_en_weer_door_het_bestand(tmp_path: Path) -> None:
    s, p = _familie()
    terug = decodeer(tmp_path / "s.toml", codeer(s))
    roos = terug.persoon(p["Roos"].id)
    assert roos is not None and roos.geslacht == "vrouw"
    assert roos.partner_relatie == {p["Daan"].id: "gescheiden"}
    finn = terug.persoon(p["Finn"].id)
    assert finn is not None and finn.geslacht is None and finn.partner_relatie is None
    assert b"partner_relatie" not in codeer(Sessie(gezin="x", personen=[Persoon(naam="a")]))


def test_los_maken_vergeet_de_relatie_en_alleen_partners() -> None:
    s, p = _familie()
    s.zet_partner(p["Roos"].id, p["Daan"].id, samen=False)
    assert p["Roos"].partner_relatie is None and p["Daan"].partner_relatie is None
    with pytest.raises(ValueError):
        s.zet_partnerrelatie(p["Roos"].id, p["Daan"].id, "getrouwd")


async def test_geslacht_en_partnerrelatie_in_het_persoonscherm(tmp_path: Path) -> None:
    from textual.widgets import Select

    from tests.test_tui_genogram import _typ
    from tests.test_tui_personen import KLEIN, _open_persoon, _personen, _sessie
    from wievraag.tui.app import WievraagApp

    data, config = tmp_path / "data", tmp_path / "config"
    pad = _sessie(data, "Moeder", "Vader")
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await _open_persoon(pilot, "Moeder")
        app.screen.query_one("#geslacht", Select).value = "vrouw"
        await pilot.pause()
        await _typ(pilot, "partners-invoer", "Vader")
        app.screen.query_one("#partner_relatie", Select).value = "uit-elkaar"
        await pilot.pause()
        assert app.bewaar_nu()
        personen = _personen(pad)
        vader = personen["Vader"]["id"]
        assert personen["Moeder"]["geslacht"] == "vrouw"
        assert personen["Moeder"]["partner_relatie"] == {vader: "uit-elkaar"}
        assert personen["Vader"]["partner_relatie"] == {personen["Moeder"]["id"]: "uit-elkaar"}
        await pilot.press("ctrl+z")  # one step back: the kind, on both sides
        await pilot.pause()
        assert app.bewaar_nu()
        assert "partner_relatie" not in _personen(pad)["Vader"]
