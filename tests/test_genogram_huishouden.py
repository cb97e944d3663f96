"""The genogram's household line, its row of relatives linked to nobody, and its use of the
width (issue 21), checked as layout facts on the cells and in both renderings: the dotted
outline encloses exactly who lives in the household, they stand side by side, nobody of
the family is left off, no label is drawn over."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.genogramgezin import HUISHOUDEN, genogramgezin
from tests.test_genogram import _geen_overlap, _label, families
from wievraag.model import Persoon, Sessie
from wievraag.tekening.genogram import LOS_RIJ, Genogram, Grens, Label, leg_uit
from wievraag.tekening.genogram_weergave import CEL_B, CEL_H, als_regels, als_svg, als_tekst

SVG = "{http://www.w3.org/2000/svg}"
STIPPEN = set("┈┊╭╮╰╯")


def _binnen(grens: Grens, x: float, y: float) -> bool:
    """Whether (x, y) lies inside the outline (even-odd rule, a ray to the right)."""
    binnen = False
    for (x1, y1), (x2, y2) in zip(grens.punten, [*grens.punten[1:], grens.punten[0]], strict=True):
        if x1 == x2 and (y1 > y) != (y2 > y) and x < x1:
            binnen = not binnen
    return binnen


def _omlijnd(g: Genogram, label: Label) -> bool:
    """Every cell of the label inside one outline (and none on it): or else none inside."""
    cellen = [
        (label.x + dx, label.y + dy)
        for dy, tekst in enumerate((label.naam, label.detail))
        for dx in range(max(1, len(tekst)))
    ]
    binnen = {any(_binnen(grens, x, y) for grens in g.grenzen) for x, y in cellen}
    assert len(binnen) == 1, label.naam  # a label is never cut by the line
    return binnen.pop()


def _rand(g: Genogram) -> set[tuple[int, int]]:
    cellen: set[tuple[int, int]] = set()
    for grens in g.grenzen:
        for (x1, y1), (x2, y2) in zip(
            grens.punten, [*grens.punten[1:], grens.punten[0]], strict=True
        ):
            assert x1 == x2 or y1 == y2  # corners only: every stretch along a row or column
            for x in range(min(x1, x2), max(x1, x2) + 1):
                for y in range(min(y1, y2), max(y1, y2) + 1):
                    cellen.add((x, y))
    return cellen


def _controleer(s: Sessie, g: Genogram) -> None:
    """The household facts for any session: exactly its members inside, side by side."""
    _geen_overlap(g)
    thuis = {p.id for p in s.personen if p.huishouden}
    for label in g.labels:
        assert _omlijnd(g, label) == (label.persoon in thuis), label.naam
    bezet = {
        (label.x + dx, label.y + dy)
        for label in g.labels
        for dy, tekst in enumerate((label.naam, label.detail))
        for dx in range(len(tekst))
    }
    assert not bezet & _rand(g)  # the dotted line never runs through a name
    assert all(0 <= x < g.breedte and 0 <= y < g.hoogte for x, y in _rand(g))
    # Side by side: per row, one run of household members unless the notes say otherwise.
    runs = 0
    for _, rij in itertools.groupby(sorted(g.labels, key=lambda la: (la.y, la.x)), lambda la: la.y):
        thuis_of_niet = [label.persoon in thuis for label in rij]
        runs += sum(1 for k, _ in itertools.groupby(thuis_of_niet) if k)
    assert (len(g.grenzen) > 1) == any("stippellijn" in o for o in g.opmerkingen)
    assert len(g.grenzen) <= runs


def test_het_huishouden_omlijnd_en_bij_elkaar() -> None:
    s = genogramgezin()
    g = leg_uit(s, jaar=2026)
    _controleer(s, g)
    per_naam = {p.naam: p for p in s.personen}
    assert len(g.grenzen) == 1 and set(g.grenzen[0].personen) == {
        per_naam[n].id for n in HUISHOUDEN
    }
    # Each generation's household members stand next to each other, left to right.
    for naam in ("Roos", "Finn"):
        y = _label(g, per_naam[naam]).y
        rij = sorted((la for la in g.labels if la.y == y), key=lambda la: la.x)
        namen = [la.persoon for la in rij]
        plekken = [i for i, p in enumerate(namen) if p in g.grenzen[0].personen]
        assert plekken == list(range(plekken[0], plekken[-1] + 1)), [la.naam for la in rij]


def test_huisgenoten_komen_naast_elkaar() -> None:
    """Brothers and sisters in register order would put the sister who lives elsewhere
    between the two who live in: the layout moves them together, one outline."""
    s = Sessie(gezin="x")
    oma = Persoon(naam="Oma", sector="familie", generatie="grootouders", huishouden=True)
    kinderen = [
        Persoon(naam=naam, sector="familie", ouders=[oma.id], huishouden=huis)
        for naam, huis in (("Roos", True), ("Sanne", None), ("Bas", True), ("Kees", None))
    ]
    s.personen = [oma, *kinderen]
    g = leg_uit(s)
    _controleer(s, g)
    assert len(g.grenzen) == 1 and not g.opmerkingen
    rij = [la.naam for la in sorted(g.labels, key=lambda la: la.x) if la.y == g.labels[1].y]
    assert abs(rij.index("Roos") - rij.index("Bas")) == 1, rij


def test_de_stippellijn_in_terminal_en_svg_dezelfde() -> None:
    s = genogramgezin()
    g = leg_uit(s, jaar=2026)
    regels = [[t for t, _ in regel] for regel in als_regels(g)]
    tekst = ["".join(regel) for regel in regels]
    rand = _rand(g)
    for x, y in rand:
        teken = tekst[y][x]
        # Dotted, or a family or partner line crossing it (those stay whole).
        assert teken in STIPPEN or teken in "─│┌┐└┘├┤┬┴┼═╤╌/", (x, y, teken)
    assert sum(teken in STIPPEN for regel in tekst for teken in regel) >= len(rand) * 3 // 4
    hoeken = {(x, y) for x, y in g.grenzen[0].punten}
    assert all(tekst[y][x] in "╭╮╰╯" for x, y in hoeken if tekst[y][x] in STIPPEN)
    wortel = ET.fromstring(als_svg(g))
    veelhoeken = [v for v in wortel.iter(f"{SVG}polygon") if v.get("class") == "huishouden"]
    assert len(veelhoeken) == 1 and veelhoeken[0].get("stroke-dasharray")
    punten = [float(v) for p in veelhoeken[0].get("points", "").split() for v in p.split(",")]
    verwacht = [v for x, y in g.grenzen[0].punten for v in ((x + 0.5) * CEL_B, (y + 0.5) * CEL_H)]
    assert punten == pytest.approx(verwacht, abs=0.06)  # written with one decimal


def test_huwelijk_scheiding_en_samenwonen() -> None:
    s = genogramgezin()
    g = leg_uit(s, jaar=2026)
    soorten = {lijn.relatie for lijn in g.lijnen if lijn.soort == "partner"}
    assert soorten == {"getrouwd", "gescheiden", "samenwonend"}
    regel = next(r for r in als_tekst(g).split("\n") if "Roos" in r)
    assert "//" in regel and "╌" in regel  # divorced from Daan, living with Sander


def test_elk_familielid_geplaatst_de_losse_onderaan() -> None:
    s = genogramgezin()
    g = leg_uit(s, jaar=2026)
    in_genogram = {p.id for p in s.personen if p.sector == "familie" or p.huishouden}
    assert {label.persoon for label in g.labels} == in_genogram
    jo = next(p for p in s.personen if p.naam == "Tante Jo")
    kop = g.rijkoppen[-1]
    assert kop.tekst == LOS_RIJ and _label(g, jo).y == kop.y
    assert "Tante Jo" in " ".join(g.opmerkingen)  # and how to link her
    assert g.generaties == 3  # the row of the not yet linked is no generation
    # Inside the drawing, not hanging off it.
    assert all(label.rechts < g.breedte and label.y + 1 < g.hoogte for label in g.labels)


def test_een_huishouden_dat_niet_aaneen_kan_in_delen() -> None:
    """Oma lives in, the parents elsewhere: two stretches of rows, two outlines, said so.
    And a partner chain with the one who lives elsewhere in the middle: split in a row."""
    s = Sessie(gezin="x")

    def p(naam: str, generatie: str, huis: bool) -> Persoon:
        persoon = Persoon(naam=naam, sector="familie", generatie=generatie, huishouden=huis)
        s.personen.append(persoon)
        return persoon

    oma, ma, kind = (
        p("Oma", "grootouders", True),
        p("Ma", "ouders", False),
        p("Kind", "kinderen", True),
    )
    ma.ouders, kind.ouders = [oma.id], [ma.id]
    g = leg_uit(s)
    _controleer(s, g)
    assert len(g.grenzen) == 2 and "2 delen" in " ".join(g.opmerkingen)
    a, b, c = p("A", "ouders", True), p("B", "ouders", False), p("C", "ouders", True)
    s.zet_partner(a.id, b.id)
    s.zet_partner(b.id, c.id)
    g = leg_uit(s)
    _controleer(s, g)


def test_alleen_losse_familie_toch_getekend() -> None:
    s = Sessie(gezin="x", personen=[Persoon(naam="Tante Jo", sector="familie")])
    g = leg_uit(s)
    assert not g.leeg and g.label(s.personen[0].id) is not None
    assert [k.tekst for k in g.rijkoppen] == ["grootouders", "ouders", "kinderen", LOS_RIJ]


def test_een_breed_scherm_wordt_gebruikt_een_smal_scrolt() -> None:
    s = genogramgezin()
    kort = leg_uit(s, jaar=2026)
    assert leg_uit(s, jaar=2026, breedte=56) is kort  # narrower than the family: it scrolls
    for breed in (120, 156, 196):
        ruim = leg_uit(s, jaar=2026, breedte=breed)
        assert kort.breedte < ruim.breedte <= breed
        _controleer(s, ruim)
        # The same family in the same order, only further apart.
        for y_kort, y_ruim in zip(
            sorted({la.y for la in kort.labels}), sorted({la.y for la in ruim.labels}), strict=True
        ):

            def volgorde(g: Genogram, y: int) -> list[str]:
                return [la.persoon for la in sorted(g.labels, key=lambda la: la.x) if la.y == y]

            assert volgorde(kort, y_kort) == volgorde(ruim, y_ruim)
    # In the middle of the room: about as much free on the left as on the right.
    ruim = leg_uit(s, jaar=2026, breedte=196)
    links = min(la.x for la in ruim.labels) - max(len(k.tekst) for k in ruim.rijkoppen)
    assert abs(links - (196 - ruim.breedte)) <= 12


def test_svg_breedte_past_bij_de_tekening() -> None:
    klein = Sessie(gezin="x", personen=[Persoon(naam="Ma", sector="familie", generatie="ouders")])
    svg = ET.fromstring(als_svg(leg_uit(klein)))
    breed = float(svg.get("width", "0"))
    assert breed < 80 * CEL_B  # not as wide as the whole legend on one line
    teksten = [t.text or "" for t in svg.iter(f"{SVG}text")]
    assert any("huishouden" in t for t in teksten) and any("□ man" in t for t in teksten)


@st.composite
def met_huishouden(draw: st.DrawFn) -> Sessie:
    s = draw(families())
    for persoon in s.personen:
        persoon.huishouden = draw(st.sampled_from([True, None]))
    return s


@settings(max_examples=80, deadline=None)
@given(met_huishouden(), st.sampled_from([None, 60, 200]))
def test_willekeurige_huishoudens(s: Sessie, breed: int | None) -> None:
    g = leg_uit(s, breedte=breed)
    _controleer(s, g)
    geplaatst = {label.persoon for label in g.labels}
    assert all(p.id in geplaatst for p in s.personen)  # every relative has a place
    ET.fromstring(als_svg(g))


def test_het_masker_verandert_namen_niet_de_huishoudgrens() -> None:
    s = genogramgezin()
    echt = leg_uit(s, jaar=2026)
    gemaskeerd = leg_uit(s, lambda p: "●●", jaar=2026)
    assert [set(g.personen) for g in echt.grenzen] == [set(g.personen) for g in gemaskeerd.grenzen]
    assert "Roos" not in als_tekst(gemaskeerd) and "Roos" not in als_svg(gemaskeerd)
    assert not re.search(r"Finn|Isa|Sander", als_svg(gemaskeerd))


def test_het_bestand_houdt_het_huishouden(tmp_path: Path) -> None:
    from wievraag.store.codering import codeer, decodeer

    s = genogramgezin()
    pad = tmp_path / f"{s.id}.toml"
    pad.write_bytes(codeer(s))
    terug = decodeer(pad, pad.read_bytes())
    assert {p.naam for p in terug.personen if p.huishouden} == HUISHOUDEN
    assert b"huishouden" not in codeer(Sessie(gezin="x", personen=[Persoon(naam="a")]))


def test_tweeduizend_mensen_met_een_huishouden() -> None:
    """The 2,000-person guard with a household (a couple and their children who have no
    partner of their own): still laid out, one outline around exactly them (a guard against
    a slow path, not a timing claim)."""
    import time

    from tests.grootgezin import grote_familie

    s = grote_familie(2000, 7)
    kinderen: dict[tuple[str, ...], list[Persoon]] = {}
    for p in s.personen:
        if len(p.ouders) == 2 and not p.partners:
            kinderen.setdefault(tuple(p.ouders), []).append(p)
    ouders, kids = max(kinderen.items(), key=lambda paar: len(paar[1]))
    assert len(kids) > 1
    thuis = {*ouders, *(k.id for k in kids)}
    for p in s.personen:
        p.huishouden = True if p.id in thuis else None
    begin = time.perf_counter()
    g = leg_uit(s, jaar=2026, breedte=196)
    als_regels(g)
    assert time.perf_counter() - begin < 20
    assert [set(grens.personen) for grens in g.grenzen] == [thuis]
    rij_kinderen = _label(g, kids[0]).y
    for label in g.labels:
        if label.persoon in thuis or label.y == rij_kinderen:
            assert _omlijnd(g, label) == (label.persoon in thuis), label.naam
