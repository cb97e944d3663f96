"""The genogram in the full-session export: inline SVG from the same layout as the screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from wievraag.demo import maak_demo
from wievraag.export import exporteer, maak
from wievraag.export.document import Tekening
from wievraag.vragen import lees_bank


def test_volledige_sessie_heeft_het_genogram_als_svg() -> None:
    sessie = maak_demo(lees_bank())
    doc = maak(sessie, "sessie")
    [sectie] = [s for s in doc.secties if s.titel == "Genogram"]
    [tekening] = [b for b in sectie.blokken if isinstance(b, Tekening)]
    teksten = [t.text for t in ET.fromstring(tekening.svg).iter() if t.text]
    assert "□ † Opa Henk" in teksten and "□ ✂ Oom Kerem" in teksten and "□ Finn" in teksten
    html = exporteer(sessie, "sessie", "html")
    # One drawing for the genogram, and every view of the Kaart tab: each circle, the
    # ecogram and the olievlek.
    assert html.count("<svg") == 1 + len(sessie.cirkels) + 2 and "Roos" in html
    assert not re.search(r"https?:|\bhref=|url\(|@import", html.lower())
    md = exporteer(sessie, "sessie", "md")
    assert "Tekening: Genogram" in md
    assert "**Ouders:** Oma Ria (oma, moederskant), Opa Henk (opa, moederskant)" in md
    assert "**Partners:** Daan (vader)" in md


def test_genogram_met_rollen_in_plaats_van_namen() -> None:
    sessie = maak_demo(lees_bank())
    html = exporteer(sessie, "sessie", "html", pseudoniem=True)
    svg = html[html.index("<svg") : html.index("</svg>")]
    for naam in ("Roos", "Daan", "Finn", "Kerem", "Henk", "Ria"):
        assert naam not in svg
    assert "oma (moederskant)" in svg and "✂ broer van vader" in svg


def test_gedeeld_plan_zonder_genogram() -> None:
    # The family's shared plan shows only people with consent: no family tree in it.
    assert "<svg" not in exporteer(maak_demo(lees_bank()), "plan", "html")


def test_demogezin_heeft_een_genogram_van_drie_generaties() -> None:
    from wievraag.tekening.genogram import leg_uit

    g = leg_uit(maak_demo(lees_bank()))
    assert [k.tekst for k in g.rijkoppen] == ["grootouders", "ouders", "kinderen"]
    assert not any(k.leeg for k in g.rijkoppen) and not g.opmerkingen
    assert sum(lijn.soort == "partner" for lijn in g.lijnen) == 3
    assert [label.naam for label in g.labels if label.overleden] == ["□ † Opa Henk"]
    assert [label.naam for label in g.labels if label.verbroken] == ["□ ✂ Oom Kerem"]
    assert g.breedte <= 78  # the demo is legible at 80 columns without scrolling
