"""The genogram at scale: crossings no worse than the layout engine gave before it was made
near-linear (the bounds are the counts the old, cubic engine produced on these very families),
and a 2,000-person family laid out at all (a guard against a quadratic or cubic path coming
back, not a timing claim)."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.grootgezin import grote_familie, volle_sessie
from wievraag.demo import maak_demo
from wievraag.model import Persoon, Sessie
from wievraag.tekening import genogram as genogram_module
from wievraag.tekening.genogram import Genogram, Label, leg_uit, vergeet_bewaarde
from wievraag.tekening.genogram_plaats import _inversies
from wievraag.tekening.genogram_weergave import _raster, _teken, als_regels
from wievraag.tekening.kaarten import kaarten, teken
from wievraag.tekening.plaat import overlappingen
from wievraag.vragen import lees_bank

Lijnen = dict[int, list[tuple[float, int]]]


def _lijnen(sessie: Sessie, g: Genogram) -> tuple[Lijnen, Lijnen]:
    """Per row, the parent–child lines as (upper x, lower x): one per parent, and one per
    child from the middle of its parents (the line the drawing shows for a couple)."""
    rij_van_y = {kop.y: i for i, kop in enumerate(g.rijkoppen)}
    plek = {label.persoon: (rij_van_y[label.y], label.x) for label in g.labels}
    per_ouder: Lijnen = {}
    per_gezin: Lijnen = {}
    for p in sessie.personen:
        if p.id not in plek:
            continue
        r, x = plek[p.id]
        boven = [plek[o][1] for o in p.ouders if o in plek and plek[o][0] == r - 1]
        per_ouder.setdefault(r, []).extend((o, x) for o in boven)
        if boven:
            per_gezin.setdefault(r, []).append((sum(boven) / len(boven), x))
    return per_ouder, per_gezin


def _tel(per_rij: Lijnen) -> int:
    # Every pair, on purpose the slow way: the count must not share code with the engine.
    return sum(
        1
        for lijnen in per_rij.values()
        for n, (a1, b1) in enumerate(lijnen)
        for a2, b2 in lijnen[n + 1 :]
        if (a1 - a2) * (b1 - b2) < 0
    )


def _kruisingen(sessie: Sessie) -> tuple[int, int]:
    per_ouder, per_gezin = _lijnen(sessie, leg_uit(sessie, jaar=2026))
    return _tel(per_ouder), _tel(per_gezin)


# (people, seed) → crossings of the old engine (per parent line, per family line).
OUD: dict[tuple[int, int], tuple[int, int]] = {
    (60, 1): (39, 3),
    (60, 2): (39, 0),
    (60, 3): (31, 0),
    (150, 1): (171, 28),
    (150, 2): (146, 14),
    (150, 3): (107, 0),
    (300, 1): (404, 54),
    (300, 2): (279, 22),
    (300, 3): (373, 46),
}


def test_demo_niet_meer_kruisingen_dan_voorheen() -> None:
    demo = maak_demo(lees_bank(), date(2026, 11, 2))
    per_ouder, per_gezin = _kruisingen(demo)
    assert per_ouder <= 5 and per_gezin == 0


@pytest.mark.parametrize(("personen", "seed"), sorted(OUD))
def test_grote_families_niet_meer_kruisingen_dan_voorheen(personen: int, seed: int) -> None:
    sessie = grote_familie(personen, seed)
    per_ouder, per_gezin = _kruisingen(sessie)
    oud_ouder, oud_gezin = OUD[personen, seed]
    assert per_ouder <= oud_ouder and per_gezin <= oud_gezin, (per_ouder, per_gezin)


def test_tweeduizend_mensen_worden_getekend() -> None:
    sessie = grote_familie(2000, 7)
    begin = time.perf_counter()
    g = leg_uit(sessie, jaar=2026)
    duur = time.perf_counter() - begin
    familie = [p for p in sessie.personen if p.sector == "familie"]
    assert len(g.labels) == len(familie)  # everyone of the family has a place
    assert duur < 20, f"{duur:.1f} s: the genogram layout is no longer near-linear"
    # No two labels of a row overlap, even this wide.
    for y in {label.y for label in g.labels}:
        rij = sorted((label.x, label.rechts) for label in g.labels if label.y == y)
        assert all(a[1] < b[0] for a, b in itertools.pairwise(rij))


def test_generator_is_vast_en_fictief() -> None:
    a, b = grote_familie(300, 4), grote_familie(300, 4)
    assert a == b and len(a.personen) == 300
    per_id = {p.id: p for p in a.personen}
    assert all(set(p.ouders) <= per_id.keys() for p in a.personen)
    assert all(p.id in per_id[q].partners for p in a.personen for q in p.partners)  # mutual
    assert sum(bool(p.ouders) for p in a.personen) > 100  # a family, not a list of names


@given(st.lists(st.integers(0, 9), max_size=40))
def test_inversies_tellen_als_alle_paren(reeks: list[int]) -> None:
    paren = sum(1 for i, a in enumerate(reeks) for b in reeks[i + 1 :] if a > b)
    assert _inversies(reeks) == paren


def test_kaarten_van_vijfhonderd_mensen_zonder_overlap() -> None:
    """Every Kaart view of a big session still keeps its promises: no name on another or on
    a ring line, and whoever does not fit is named under the picture."""
    sessie = volle_sessie(500, 2)
    for kaart in kaarten(sessie):
        plaat = teken(sessie, kaart.sleutel, lambda p: p.naam, 120, 40)
        assert not overlappingen(plaat), kaart.soort
        cirkel = sessie.cirkel(kaart.sleutel)
        if cirkel is not None:
            getekend = {lb.persoon for lb in plaat.namen()}
            onder = " ".join(lb.tekst for lb in plaat.labels if lb.soort == "uitleg")
            for pid in cirkel.persoon_ids():
                persoon = sessie.persoon(pid)
                assert persoon is not None
                assert pid in getekend or persoon.naam in onder, persoon.naam


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_snelle_rijen_tekenen_elke_cel_zoals_de_cel_zelf(seed: int) -> None:
    """The terminal drawing fills the middles of horizontal lines in one go; every cell must
    still read as the cell worked out on its own (corners, junctions, bridges, blanks)."""
    g = leg_uit(grote_familie(150, seed), jaar=2026)
    raster = _raster(g)
    cellen = raster.cellen
    tekst = {
        (x, y)
        for label in g.labels
        for y, t in ((label.y, label.naam), (label.y + 1, label.detail))
        for x in range(label.x, label.x + len(t))
    } | {(x, kop.y) for kop in g.rijkoppen for x in range(len(kop.tekst))}
    for y, regel in enumerate(als_regels(g)):
        rij = "".join(t for t, _ in regel)  # the generator's names are ASCII: one cell each
        assert len(rij) == g.breedte
        for x, gezien in enumerate(rij):
            if (x, y) in tekst:
                continue
            cel = cellen.get((x, y))
            assert gezien == (_teken(cel) if cel is not None else " "), (x, y)


def _vers(sessie: Sessie, naam: Callable[[Persoon], str] | None = None) -> Genogram:
    """The layout worked out anew, without what was kept."""
    vergeet_bewaarde()
    return leg_uit(sessie, naam) if naam else leg_uit(sessie)


def test_dezelfde_vraag_geeft_de_bewaarde_tekening() -> None:
    sessie = grote_familie(200, 5)
    eerst = leg_uit(sessie)
    assert leg_uit(sessie) is eerst
    assert leg_uit(sessie.model_copy(deep=True)) is eerst  # the same facts: the same key


@pytest.mark.parametrize(
    "wijzig",
    [
        lambda s: setattr(s.personen[3], "naam", "Nieuwe Naam"),
        lambda s: setattr(s.personen[3], "leeftijd", 99),
        lambda s: setattr(s.personen[3], "in_leven", not s.personen[3].in_leven),
        lambda s: setattr(s.personen[3], "contact", "verbroken"),
        lambda s: setattr(s.personen[3], "geboortejaar", 1960),
        lambda s: setattr(s.personen[10], "generatie", "kinderen"),
        lambda s: setattr(s.personen[10], "sector", "buren"),
        lambda s: setattr(s.personen[40], "ouders", []),
        lambda s: s.zet_partner(s.personen[41].id, s.personen[42].id),
        lambda s: s.personen.reverse(),
        lambda s: s.personen.pop(5),
    ],
)
def test_een_wijziging_geeft_nooit_een_oude_tekening(wijzig: Callable[[Sessie], None]) -> None:
    sessie = grote_familie(120, 6)
    leg_uit(sessie)  # kept
    wijzig(sessie)
    assert leg_uit(sessie) == _vers(sessie)


def test_het_masker_verandert_namen_niet_de_volgorde() -> None:
    """Another way of naming people reuses the order of every row: only columns move."""
    sessie = grote_familie(300, 8)

    def initialen(p: Persoon) -> str:
        return "".join(w[0] for w in p.naam.split()) + "."

    open_ = leg_uit(sessie)
    masker = leg_uit(sessie, initialen)
    assert len(genogram_module._structuren) >= 1

    def volgorde(g: Genogram) -> list[list[str]]:
        rijen: dict[int, list[Label]] = {}
        for label in g.labels:
            rijen.setdefault(label.y, []).append(label)
        return [[lb.persoon for lb in sorted(r, key=lambda lb: lb.x)] for r in rijen.values()]

    assert volgorde(open_) == volgorde(masker)
    assert masker == _vers(sessie, initialen) and open_ == _vers(sessie)
    assert {lb.naam for lb in masker.labels}.isdisjoint({lb.naam for lb in open_.labels})


def test_getekende_regels_worden_bewaard_bij_de_tekening() -> None:
    """The same drawing shown again is not rendered again; the caller gets its own lists,
    and what was kept goes when the drawing goes."""
    import gc

    from wievraag.tekening import genogram_weergave

    g = _vers(grote_familie(150, 9))
    eerst = als_regels(g)
    eerst[0].clear()  # the caller's own list: what was kept is untouched
    weer = als_regels(g)
    assert weer == genogram_weergave._als_regels(g) and weer[0]
    assert id(g) in genogram_weergave._gerenderd
    sleutel = id(g)
    vergeet_bewaarde()
    del g
    gc.collect()
    assert sleutel not in genogram_weergave._gerenderd
