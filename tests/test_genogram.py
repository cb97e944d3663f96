"""The genogram's layout (tekening/genogram.py) and its two renderings, checked on the cells:
generation order, partner and parent–child lines between the right people, no overlap."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from collections import deque

from hypothesis import given, settings
from hypothesis import strategies as st

from wievraag.model import Persoon, Sessie
from wievraag.tekening.genogram import LEGENDA, LOS_RIJ, Genogram, Label, breedte, leg_uit
from wievraag.tekening.genogram_weergave import (
    LINKS,
    NEER,
    OP,
    RECHTS,
    _raster,
    als_svg,
    als_tekst,
)


def _familie() -> tuple[Sessie, dict[str, Persoon]]:
    """Three generations: two grandparent couples, their children, a couple's three kids."""
    s = Sessie(gezin="Gezin Reiger")
    rijen = [
        ("Oma Wil", "grootouders", 70, True, None),
        ("Opa Ben", "grootouders", None, False, None),
        ("Oma Noor", "grootouders", 66, True, "buitenland"),
        ("Opa Sam", "grootouders", 71, True, None),
        ("Eva", "ouders", 34, True, None),
        ("Tim", "ouders", 37, True, None),
        ("Tante Lot", "ouders", 31, True, None),
        ("Oom Piet", "ouders", 40, True, "verbroken"),
        ("Kim", "kinderen", 12, True, None),
        ("Bo", "kinderen", 8, True, None),
        ("Jop", "kinderen", 4, True, None),
        ("Neef Rik", "kinderen", 16, True, None),
    ]
    p: dict[str, Persoon] = {}
    for naam, generatie, leeftijd, leeft, contact in rijen:
        p[naam] = Persoon(
            naam=naam,
            sector="familie",
            generatie=generatie,
            leeftijd=leeftijd,
            in_leven=leeft,
            contact=contact,
        )
    s.personen = list(p.values())
    for a, b in (("Oma Wil", "Opa Ben"), ("Oma Noor", "Opa Sam"), ("Eva", "Tim")):
        s.zet_partner(p[a].id, p[b].id)
    for kind, ouders in {
        "Eva": ("Oma Wil", "Opa Ben"),
        "Tante Lot": ("Oma Wil", "Opa Ben"),
        "Tim": ("Oma Noor", "Opa Sam"),
        "Oom Piet": ("Oma Noor", "Opa Sam"),
        "Kim": ("Eva", "Tim"),
        "Bo": ("Eva", "Tim"),
        "Jop": ("Eva", "Tim"),
        "Neef Rik": ("Tante Lot",),
    }.items():
        p[kind].ouders = [p[o].id for o in ouders]
    return s, p


def _label(g: Genogram, p: Persoon) -> Label:
    label = g.label(p.id)
    assert label is not None, p.naam
    return label


def _bereikbaar(g: Genogram, start: tuple[int, int]) -> set[tuple[int, int]]:
    """Line cells reachable from `start` by following the lines' own connections; where two
    families' lines only cross (a bridge), a line goes straight on and never turns."""
    cellen = _raster(g).cellen
    stappen = {OP: (0, -1), NEER: (0, 1), LINKS: (-1, 0), RECHTS: (1, 0)}
    as_van = {OP: OP | NEER, NEER: OP | NEER, LINKS: LINKS | RECHTS, RECHTS: LINKS | RECHTS}
    if start not in cellen:
        return set()
    gezien: set[tuple[tuple[int, int], int]] = {(start, OP | NEER)}
    rij = deque(gezien)
    while rij:
        (x, y), as_ = rij.popleft()
        cel = cellen[(x, y)]
        for richting, (dx, dy) in stappen.items():
            if not cel.richting & richting or (cel.kruising and not as_ & richting):
                continue
            volgende = (x + dx, y + dy)
            if volgende in cellen and (volgende, as_van[richting]) not in gezien:
                gezien.add((volgende, as_van[richting]))
                rij.append((volgende, as_van[richting]))
    return {cel for cel, _ in gezien}


def _raakt(label: Label, cellen: set[tuple[int, int]]) -> bool:
    """A line ends at this person: beside the name (partner line) or under it."""
    naast = {(label.x - 2, label.y), (label.x + breedte(label.naam) + 1, label.y)}
    onder = {(label.midden, label.y + 1), (label.midden, label.y + 2)}
    return bool(cellen & (naast | onder))


def _verbonden(g: Genogram, kind: Label) -> set[tuple[int, int]]:
    return _bereikbaar(g, (kind.midden, kind.y - 1))


def test_generaties_van_oud_naar_jong() -> None:
    s, p = _familie()
    g = leg_uit(s)
    assert [k.tekst for k in g.rijkoppen] == ["grootouders", "ouders", "kinderen"]
    y = {naam: _label(g, persoon).y for naam, persoon in p.items()}
    assert y["Oma Wil"] == y["Opa Ben"] == y["Oma Noor"] < y["Eva"] == y["Oom Piet"] < y["Kim"]
    assert y["Kim"] == y["Neef Rik"]
    assert [k.y for k in g.rijkoppen] == [y["Oma Wil"], y["Eva"], y["Kim"]]


def test_partners_naast_elkaar_met_een_partnerlijn() -> None:
    s, p = _familie()
    g = leg_uit(s)
    paren = {frozenset(lijn.ouders) for lijn in g.lijnen if lijn.soort == "partner"}
    verwacht = {("Oma Wil", "Opa Ben"), ("Oma Noor", "Opa Sam"), ("Eva", "Tim")}
    assert paren == {frozenset((p[a].id, p[b].id)) for a, b in verwacht}
    for lijn in (lijn for lijn in g.lijnen if lijn.soort == "partner"):
        a, b = (g.label(i) for i in lijn.ouders)
        assert a is not None and b is not None
        assert lijn.y1 == lijn.y2 == a.y == b.y  # on the line of the names
        # Between the two names, touching neither (it may run over a's longer age line).
        assert a.x + breedte(a.naam) < lijn.x1 <= lijn.x2 < b.x


def test_kinderen_hangen_aan_de_lijn_van_hun_ouders() -> None:
    s, p = _familie()
    g = leg_uit(s)
    label = {naam: _label(g, persoon) for naam, persoon in p.items()}
    for kind, ouders, niet in (
        ("Kim", ("Eva", "Tim"), ("Tante Lot", "Oom Piet", "Oma Wil")),
        ("Jop", ("Eva", "Tim"), ("Tante Lot",)),
        ("Eva", ("Oma Wil", "Opa Ben"), ("Oma Noor", "Opa Sam")),
        ("Oom Piet", ("Oma Noor", "Opa Sam"), ("Oma Wil", "Opa Ben")),
        ("Neef Rik", ("Tante Lot",), ("Eva", "Tim")),
    ):
        cellen = _verbonden(g, label[kind])
        assert cellen, f"geen lijn naar {kind}"
        for ouder in ouders:
            assert _raakt(label[ouder], cellen), f"{kind} niet verbonden met {ouder}"
        for ander in niet:
            assert not _raakt(label[ander], cellen), f"{kind} verbonden met {ander}"
        # The lines say so too: which parents, which children.
        assert any(
            p[kind].id in lijn.kinderen and set(lijn.ouders) == {p[o].id for o in ouders}
            for lijn in g.lijnen
        )
    # Brothers and sisters share one line; each child hangs from it once.
    assert _verbonden(g, label["Kim"]) == _verbonden(g, label["Bo"])


def _geen_overlap(g: Genogram) -> None:
    per_rij: dict[int, list[Label]] = {}
    for label in g.labels:
        per_rij.setdefault(label.y, []).append(label)
    for labels in per_rij.values():
        labels.sort(key=lambda label: label.x)
        for links, rechts in itertools.pairwise(labels):
            assert links.rechts + 3 <= rechts.x, (links.naam, rechts.naam)
    regels = als_tekst(g).split("\n")
    for label in g.labels:
        # Every name and detail can be read whole where it stands: no line drawn over it.
        for dy, tekst in enumerate((label.naam, label.detail)):
            regel = regels[label.y + dy]
            begin = len(_tot_kolom(regel, label.x))
            assert regel[begin:].startswith(tekst), (tekst, regel)
    koppen = max((breedte(k.tekst) for k in g.rijkoppen), default=0)
    assert all(label.x > koppen for label in g.labels)


def _tot_kolom(regel: str, kolom: int) -> str:
    """The characters of a line up to a terminal column (wide characters count twice)."""
    uit = ""
    for teken in regel:
        if breedte(uit) >= kolom:
            break
        uit += teken
    return uit


def test_geen_overlappende_labels() -> None:
    s, _ = _familie()
    _geen_overlap(leg_uit(s))


def test_overleden_en_verbroken_contact_met_teken_en_woord() -> None:
    s, p = _familie()
    g = leg_uit(s)
    ben, piet, noor = _label(g, p["Opa Ben"]), _label(g, p["Oom Piet"]), _label(g, p["Oma Noor"])
    assert ben.naam == "† Opa Ben" and "overleden" in ben.detail and ben.overleden
    assert piet.naam == "✂ Oom Piet" and piet.detail == "40 · verbroken" and piet.verbroken
    assert noor.detail == "66 · buitenland"  # far away, still in the picture (blog 003)
    assert "† overleden" in LEGENDA and "✂ contact verbroken" in LEGENDA


def test_vierde_generatie_en_afgeleide_generaties() -> None:
    s, p = _familie()
    overgrootmoeder = Persoon(naam="Opoe Gre", generatie="overgrootouders", leeftijd=92)
    # No generation entered: taken from the links (a parent one row up, a partner level).
    nieuw_kind = Persoon(naam="Baby Fem", leeftijd=0)
    schoonzoon = Persoon(naam="Ravi")
    s.personen += [overgrootmoeder, nieuw_kind, schoonzoon]
    p["Oma Wil"].ouders = [overgrootmoeder.id]
    p["Kim"].generatie = None
    nieuw_kind.ouders = [p["Kim"].id]
    s.zet_partner(schoonzoon.id, p["Kim"].id)
    g = leg_uit(s)
    assert [k.tekst for k in g.rijkoppen] == [
        "overgrootouders",
        "grootouders",
        "ouders",
        "kinderen",
        "kleinkinderen",
    ]
    y = {naam: _label(g, persoon).y for naam, persoon in p.items()}
    assert _label(g, overgrootmoeder).y < y["Oma Wil"]
    assert _label(g, nieuw_kind).y > y["Kim"] == _label(g, schoonzoon).y
    assert _raakt(_label(g, overgrootmoeder), _verbonden(g, _label(g, p["Oma Wil"])))
    _geen_overlap(g)


def test_familie_zonder_generatie_krijgt_de_jongsten_als_kinderen() -> None:
    s = Sessie(gezin="x")
    moeder, kind = Persoon(naam="Mama"), Persoon(naam="Kind")
    kind.ouders = [moeder.id]
    s.personen = [moeder, kind]
    g = leg_uit(s)
    assert [k.tekst for k in g.rijkoppen] == ["grootouders", "ouders", "kinderen"]
    assert _label(g, kind).y == g.rijkoppen[2].y and _label(g, moeder).y == g.rijkoppen[1].y
    assert als_tekst(g).split("\n")[0] == "grootouders  (nog niemand)"  # a question to ask


def test_wie_er_wel_en_niet_in_staat() -> None:
    s, _ = _familie()
    buur = Persoon(naam="Buurman Kees", sector="buren", generatie="ouders")
    tante = Persoon(naam="Tante Ans", sector="familie")
    los = Persoon(naam="Ome Jan", generatie="ouders")  # sector unknown, generation known
    s.personen += [buur, tante, los]
    g = leg_uit(s)
    assert g.label(buur.id) is None  # neighbours belong in the sociogram and ecogram
    # A relative linked to nobody is drawn in the last row, named, and said how to link her.
    tante_label = g.label(tante.id)
    assert tante_label is not None and "Tante Ans" in " ".join(g.opmerkingen)
    assert g.rijkoppen[-1].tekst == LOS_RIJ and tante_label.y == g.rijkoppen[-1].y
    assert g.label(los.id) is not None
    assert leg_uit(Sessie(gezin="leeg")).leeg


def test_bepaald_en_namen_via_de_naamfunctie() -> None:
    s, _ = _familie()
    assert leg_uit(s) == leg_uit(s)
    g = leg_uit(s, naam=lambda p: "●●●")
    tekst = als_tekst(g)
    svg = " ".join(t.text or "" for t in ET.fromstring(als_svg(g)).iter())
    for persoon in s.personen:
        assert persoon.naam not in tekst and persoon.naam not in svg
    assert tekst.count("●●●") == svg.count("●●●") == len(s.personen)


def test_svg_is_geldig_en_haalt_niets_op() -> None:
    s, p = _familie()
    p["Eva"].naam = 'Eva <"de" & co>'
    svg = als_svg(leg_uit(s), titel="Genogram van <gezin>")
    wortel = ET.fromstring(svg)
    assert wortel.tag == "{http://www.w3.org/2000/svg}svg"
    teksten = [t.text for t in wortel.iter("{http://www.w3.org/2000/svg}text")]
    assert 'Eva <"de" & co>' in teksten and "† Opa Ben" in teksten
    assert len(list(wortel.iter("{http://www.w3.org/2000/svg}line"))) > 10
    # The namespace is a name, not a fetch; beyond it nothing points outside the file.
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "@import" not in svg and "<script" not in svg and "href" not in svg


@st.composite
def families(draw: st.DrawFn) -> Sessie:
    generaties = st.none() | st.sampled_from(["overgrootouders", "grootouders", "ouders"])
    personen = [
        Persoon(
            naam=draw(st.sampled_from(["A", "Bea", "Christiaan", "Oma Dé", "李明", "Xander-Y"]))
            + str(i),
            sector="familie",
            generatie=draw(generaties | st.just("kinderen")),
            leeftijd=draw(st.none() | st.integers(0, 99)),
            in_leven=draw(st.booleans()),
            contact=draw(st.none() | st.sampled_from(["verbroken", "buitenland"])),
        )
        for i in range(draw(st.integers(1, 14)))
    ]
    s = Sessie(gezin="x", personen=personen)
    ids = [p.id for p in personen]
    for p in personen:
        anderen = [i for i in ids if i != p.id and p.id not in s.nakomelingen(i)]
        anderen = [i for i in anderen if i not in s.nakomelingen(p.id)]
        if bool(anderen) and draw(st.booleans()):
            p.ouders = draw(st.lists(st.sampled_from(anderen), unique=True, max_size=2))
        if bool(anderen) and draw(st.booleans()):
            s.zet_partner(p.id, draw(st.sampled_from(anderen)))
    return s


@settings(max_examples=60, deadline=None)
@given(families())
def test_willekeurige_families_zonder_overlap(s: Sessie) -> None:
    g = leg_uit(s)
    _geen_overlap(g)
    assert leg_uit(s) == g
    # Everyone is drawn, or named in a note as not yet placed: nobody silently left out.
    geplaatst = {label.persoon for label in g.labels}
    for persoon in s.personen:
        assert persoon.id in geplaatst or persoon.naam in " ".join(g.opmerkingen)
    ET.fromstring(als_svg(g))


def _grote_familie() -> Sessie:
    """Four generations, a second partner, half-siblings, a single grandmother: lines cross."""
    s = Sessie(gezin="Gezin Groot")

    def p(naam: str, generatie: str) -> Persoon:
        persoon = Persoon(naam=naam, sector="familie", generatie=generatie)
        s.personen.append(persoon)
        return persoon

    fien = p("Opoe Fien", "overgrootouders")
    anna, bert, carla, dirk, els = (
        p(n, "grootouders") for n in ("Oma Anna", "Opa Bert", "Oma Carla", "Opa Dirk", "Oma Els")
    )
    anna.ouders = [fien.id]
    ilse, johan, karin, lucas, mira, niels, otto = (
        p(n, "ouders") for n in ("Ilse", "Johan", "Karin", "Lucas", "Mira", "Niels", "Otto")
    )
    for kind in (ilse, karin, mira):
        kind.ouders = [anna.id, bert.id]
    for kind in (johan, lucas):
        kind.ouders = [carla.id, dirk.id]
    niels.ouders = [els.id]
    for a, b in ((anna, bert), (carla, dirk), (ilse, johan), (ilse, otto), (karin, niels)):
        s.zet_partner(a.id, b.id)
    for i, naam in enumerate(("Pien", "Quinten", "Roos", "Sem", "Tess", "Uma", "Vik", "Xem")):
        kind = p(naam, "kinderen")
        kind.ouders = [
            [ilse.id, johan.id],
            [ilse.id, otto.id],
            [karin.id, niels.id],
            [lucas.id],
        ][(i > 2) + (i > 4) + (i > 6)]
    return s


def test_grote_familie_elk_kind_alleen_aan_de_eigen_ouders() -> None:
    s = _grote_familie()
    g = leg_uit(s)
    _geen_overlap(g)
    for kind in s.personen:
        if not kind.ouders:
            continue
        cellen = _verbonden(g, _label(g, kind))
        rij = _label(g, s.personen[[p.id for p in s.personen].index(kind.ouders[0])]).y
        for ander in (label for label in g.labels if label.y == rij):
            assert _raakt(ander, cellen) == (ander.persoon in kind.ouders), (kind.naam, ander.naam)
