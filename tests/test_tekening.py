"""The drawings of the network: rings, ecogram, olievlek, laid out on cells and as SVG."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

import pytest

from wievraag.model import Cirkel, Persoon, Sessie
from wievraag.tekening.cirkels import teken_cirkel
from wievraag.tekening.ecogram import CONTACT_TEKEN, groepen_per_sector, legenda, teken_ecogram
from wievraag.tekening.olievlek import netwerk_van, olievlek_groepen, teken_olievlek
from wievraag.tekening.plaat import Ellips, Plaat, buiten_beeld, overlappingen
from wievraag.tekening.svg import XMLNS, naar_svg
from wievraag.tekening.tekst import naar_tekst

VOORNAMEN = [
    "Ans", "Karim", "Riet", "Mirjam", "Henk", "Fatma", "Yusuf", "Sanne", "Kerem", "Aylin",
    "Jesse", "Lieke", "Truus", "Ahmed", "Marieke", "Thijs", "Esra", "Hanneke", "Bram", "Roos",
    "Daan", "Finn", "Isa", "Mo", "Wim", "Noor", "Sem", "Lotte", "Joep", "Zeynep",
]  # fmt: skip
VOOR = ("Oma ", "Opa ", "Juf ", "", "Tante ", "Buurvrouw ")


def _sessie(aantal: int) -> tuple[Sessie, Cirkel]:
    """A circle with `aantal` people, most in the outer rings (as in practice)."""
    s = Sessie(gezin="Gezin Test")
    cirkel = Cirkel(
        soort="sociogram",
        titel="Wie is belangrijk?",
        ringen=["heel belangrijk", "belangrijk", "minder belangrijk"],
    )
    for i in range(aantal):
        naam = VOOR[i % len(VOOR)] + VOORNAMEN[i % len(VOORNAMEN)]
        if i >= len(VOORNAMEN):
            naam += f" {i}"
        p = Persoon(naam=naam)
        s.personen.append(p)
        cirkel.plaats(p.id, (1, 2, 2, 3, 3, 3)[i % 6])
    s.cirkels.append(cirkel)
    return s, cirkel


def _naam(p: Persoon) -> str:
    return p.naam


def _in_ring(plaat: Plaat, x: float, y: float) -> int:
    """Which ring a point lies in: 1..3, 0 inside the family's ellipse, 4 outside."""
    ringen = [v for v in plaat.vormen if isinstance(v, Ellips)]
    for k, e in enumerate(ringen):
        if math.hypot((x - e.cx) / e.rx, (y - e.cy) / e.ry) < 1:
            return k
    return len(ringen)


def _getekend_en_genoemd(plaat: Plaat, s: Sessie) -> tuple[set[str], str]:
    getekend = {lb.persoon for lb in plaat.namen() if lb.persoon}
    onder = " ".join(lb.tekst for lb in plaat.labels if lb.soort == "uitleg")
    return getekend, onder


@pytest.mark.parametrize(("aantal", "breedte", "hoogte"), [(20, 80, 18), (60, 160, 44)])
def test_cirkel_iedereen_in_eigen_ring_zonder_overlap(
    aantal: int, breedte: int, hoogte: int
) -> None:
    """20 people in the Kaart tab at 80×24, 60 on a projector at 160×50: everyone drawn,
    in their own ring, nothing on top of anything, inside the picture."""
    s, cirkel = _sessie(aantal)
    plaat = teken_cirkel(cirkel, s, _naam, breedte, hoogte)
    assert overlappingen(plaat) == []
    assert buiten_beeld(plaat) == []
    assert plaat.hoogte <= hoogte
    getekend, _ = _getekend_en_genoemd(plaat, s)
    assert getekend == set(cirkel.persoon_ids())
    for label in plaat.namen():
        ring = cirkel.ring_van(label.persoon or "")
        for x, y in label.cellen():
            assert _in_ring(plaat, x + 0.5, y + 0.5) == ring, label


def test_cirkel_te_vol_zegt_plus_n_en_noemt_wie_niet_past() -> None:
    s, cirkel = _sessie(70)
    plaat = teken_cirkel(cirkel, s, _naam, 80, 18)
    assert overlappingen(plaat) == []
    getekend, onder = _getekend_en_genoemd(plaat, s)
    meer = [lb for lb in plaat.labels if lb.soort == "meer"]
    assert meer, "a full ring says +N"
    niet_getekend = [p for p in s.personen if p.id not in getekend]
    assert niet_getekend
    assert sum(int(lb.tekst.lstrip("+")) for lb in meer) == len(niet_getekend)
    for p in niet_getekend:  # nobody silently left out: listed by name under the rings
        assert p.naam in onder
    for lb in meer:  # the +N sits in the ring it counts for
        ring = _in_ring(plaat, lb.x + 0.5, lb.y + 0.5)
        assert f"+{lb.tekst.lstrip('+')} in ring {ring}" in onder


def test_cirkel_ringlabels_met_aantallen_en_lege_cirkel() -> None:
    s, cirkel = _sessie(6)
    plaat = teken_cirkel(cirkel, s, _naam, 80, 18)
    ringen = [lb.tekst.strip() for lb in plaat.labels if lb.soort == "ring"]
    # The ring's number as an ordinal, the count in brackets: "1 mensen die … · 3" read as
    # "1 mensen" (issue 21).
    assert ringen == ["1. heel belangrijk (1)", "2. belangrijk (2)", "3. minder belangrijk (3)"]
    leeg = Cirkel(soort="veiligheid", titel="Wie weet alles?", ringen=["a", "b", "c"])
    plaat = teken_cirkel(leeg, s, _naam, 80, 18)
    assert plaat.namen() == []
    assert any("Nog niemand" in lb.tekst for lb in plaat.labels)


def test_cirkel_in_terminal_tekst_toont_namen_en_gezin() -> None:
    s, cirkel = _sessie(20)
    tekst = naar_tekst(teken_cirkel(cirkel, s, _naam, 80, 18)).plain
    assert len(tekst.splitlines()) <= 18
    assert max(len(r) for r in tekst.splitlines()) <= 80
    assert "gezin" in tekst
    assert "Oma Ans" in tekst and "╭" in tekst


def _ecosessie() -> Sessie:
    s = Sessie(gezin="Gezin Test")
    s.personen += [
        Persoon(naam="Oma Riet", sector="familie", contact="in-contact"),
        Persoon(naam="Oom Kees", sector="familie", contact="verbroken", in_leven=False),
        Persoon(naam="Karim", sector="buren", contact="weinig"),
        Persoon(naam="Aylin", sector="online", contact="buitenland"),
        Persoon(naam="Zonder", contact=None),
    ]
    return s


def test_ecogram_groepeert_per_sector_met_contact_als_teken() -> None:
    s = _ecosessie()
    groepen = groepen_per_sector(s, _naam)
    assert [g.titel for g in groepen] == [
        "familie (2)",
        "buren (1)",
        "online / buitenland (1)",
        "zonder sector (1)",
    ]
    assert [r.tekst for r in groepen[0].regels] == ["─ Oma Riet", "╳ † Oom Kees"]
    assert groepen[1].regels[0].tekst == "┄ Karim"
    assert groepen[2].regels[0].tekst == "✈ Aylin"
    uitleg = legenda(s)
    for k in ("in-contact", "verbroken", "weinig", "buitenland", None):
        assert CONTACT_TEKEN[k] in uitleg
    assert "@" not in uitleg and "† overleden" in uitleg  # only what occurs

    plaat = teken_ecogram(s, _naam, 80, 18)
    assert overlappingen(plaat) == [] and buiten_beeld(plaat) == []
    assert {lb.persoon for lb in plaat.namen()} == {p.id for p in s.personen}


def test_ecogram_vol_vak_zegt_plus_n_en_noemt_de_rest() -> None:
    s = Sessie(gezin="Gezin Test")
    s.personen += [Persoon(naam=f"Neef {i}", sector="familie") for i in range(40)]
    s.personen += [Persoon(naam=f"Buur {i}", sector="buren") for i in range(3)]
    plaat = teken_ecogram(s, _naam, 80, 18)
    assert overlappingen(plaat) == []
    getekend, onder = _getekend_en_genoemd(plaat, s)
    meer = [lb for lb in plaat.labels if lb.soort == "meer"]
    assert len(meer) == 1
    niet = [p.naam for p in s.personen if p.id not in getekend]
    assert meer[0].tekst == f"+{len(niet)} meer"
    assert all(re.search(rf"\b{n}\b", onder) for n in niet)


def test_olievlek_tweede_en_derde_graad() -> None:
    s = Sessie(gezin="Gezin Test")
    sanne = Persoon(naam="Sanne")
    jesse = Persoon(naam="Jesse", via=sanne.id)
    vriend = Persoon(naam="Vriend van Jesse", via=jesse.id)
    los = Persoon(naam="Truus")
    s.personen += [sanne, jesse, vriend, los]
    assert [(d, p.naam) for d, p in netwerk_van(s, sanne.id)] == [
        (1, "Jesse"),
        (2, "Vriend van Jesse"),
    ]
    groepen = olievlek_groepen(s, _naam)
    assert [g.titel for g in groepen] == ["Sanne (2)"]
    assert [r.tekst for r in groepen[0].regels] == ["└ Jesse", "  └ Vriend van Jesse"]
    plaat = teken_olievlek(s, _naam, 80, 18)
    assert overlappingen(plaat) == []
    assert any("bij 1 nog niemand" in lb.tekst for lb in plaat.labels)


def test_svg_is_goed_gevormd_zonder_url_en_ontsnapt_namen() -> None:
    s, cirkel = _sessie(20)
    s.personen[0].naam = 'Ans <de "Buurvrouw"> & co'
    s.personen[1].sector = "buren"
    for plaat in (
        teken_cirkel(cirkel, s, _naam, 80, 18),
        teken_ecogram(s, _naam, 80, 18),
        teken_olievlek(s, _naam, 80, 18),
    ):
        svg = naar_svg(plaat)
        boom = ET.fromstring(svg)
        assert boom.tag == "{http://www.w3.org/2000/svg}svg"
        # The namespace is the only "http" (an identifier, never fetched); no link, no font.
        zonder = svg.replace(XMLNS, "")
        for verboden in ("http", "href", "url(", "@import", "<script", "@font-face"):
            assert verboden not in zonder
        teksten = [t.text or "" for t in boom.iter("{http://www.w3.org/2000/svg}text")]
        assert len(teksten) == len([lb for lb in plaat.labels if lb.tekst.strip()])
    svg = naar_svg(teken_cirkel(cirkel, s, _naam, 160, 44))
    assert "&lt;de" in svg and "&amp; co" in svg


def test_volledige_export_tekent_elke_cirkel_inline_zonder_url() -> None:
    from wievraag.export import exporteer

    s, _ = _sessie(12)
    tweede = Cirkel(soort="veiligheid", titel="Wie weet alles?", ringen=["alles", "iets", "niets"])
    tweede.plaats(s.personen[0].id, 1)
    s.cirkels.append(tweede)
    html = exporteer(s, "sessie", "html")
    assert html.count("<svg") == 2 + 2  # the two circles, the ecogram and the olievlek
    # Inline SVG needs no namespace: no URL anywhere (http-equiv is the page's own header).
    assert "http:" not in html and "https:" not in html
    assert "Oma Ans" in html.split("<svg", 1)[1]
    figuur = html[html.index("<figure>") : html.index("</figure>") + len("</figure>")]
    ET.fromstring(figuur)  # well-formed inside the page too
    # Pseudonymised: the drawing shows roles, never the names.
    anoniem = exporteer(s, "sessie", "html", pseudoniem=True)
    tekeningen = "".join(d.split("</svg>")[0] for d in anoniem.split("<svg")[1:])
    assert "Oma Ans" not in tekeningen and "Karim" not in tekeningen
    assert "*Tekening: Wie weet alles?" in exporteer(s, "sessie", "md")
