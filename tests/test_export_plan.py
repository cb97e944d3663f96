"""One plan presentation: every fact of the plan reaches every output that shows the plan
(shared plan and full export, as Markdown and HTML, and the evaluation screen's text), worded
the same way; the shared plan names only people with consent and never the household."""

from __future__ import annotations

from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from tests.exportfamilie import familie, plan_voor_test
from wievraag.export import exporteer, maak
from wievraag.export.planweergave import (
    SessieNamen,
    helpers,
    kinderen_van_gezin,
    ouders_van_gezin,
    weergave,
)
from wievraag.model import Persoon, Sessie
from wievraag.model.persoon import met_relatie
from wievraag.uitvoer import regelteksten

GEMAAKT = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

# Every fact of plan_voor_test, as a reader must find it (people with consent only).
FEITEN = (
    "Noor en Noël gaan elke dag op tijd naar school, ook als mama ziek is.",  # goal
    "Mama slaapt slecht.",  # TOP 3
    "Noël mist vaak de bus.",
    "Elke dag van de week is er iemand.",  # a requirement (bank text) …
    "elke dag is er iemand",  # … and how it stands (a date counts for its weekday)
    "Iedereen in het plan heeft toestemming van de ouder.",
    "brengt Noor en Noël naar school",  # weekly, with a time and whom to call off with
    "elke maandag en woensdag, 8.15 uur",
    "haalt de kinderen op",  # shared with someone without consent: the others stay
    "luistert als mama wil praten",  # no day
    "neemt Noor mee naar de judowedstrijd",  # once, on a date
    "eenmalig op zaterdag 12 december 2026, hele dag",
    "leest voor in de klas",  # weekly and once more
    "elke dinsdag, eenmalig op donderdag 17 december 2026",
    "Els (buurvrouw)",  # whom to call off with
    "Riet de Boer (oma, moederskant)",  # the aanspreekpunt …
    "06-11112222",  # … with her phone number (consent "ja")
    "Als mama ziek is",  # wie bel je als …
    "+31 6 3333 4444",
    "Mama vraagt zelf om hulp; Riet houdt het overzicht.",  # responsibilities
    "Kan oma niet, dan brengt Els de kinderen.",  # plan B
    "8 weken",  # duration
    "16 november 2026",  # start
    "11 januari 2027",  # evaluation
    "aanspreekpunt",
)
# Worded for the family only (the full export lays the same facts out as fields).
GEDEELD = (
    "Op 11 januari 2027 kijken we samen hoe het gaat",  # future tense: it is still to come
    "Meld het bij het aanspreekpunt: Riet de Boer.",
    "alleen op 12 december 2026, hele dag",  # the one-off in "Onze week"
)


class _Tekst(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.delen: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.delen.append(data)


def html_tekst(html: str) -> str:
    parser = _Tekst()
    parser.feed(html)
    return " ".join(" ".join(parser.delen).split())


def md_tekst(md: str) -> str:
    return html_tekst(MarkdownIt("commonmark").enable("table").render(md))


def _export(soort: str, formaat: str, **opties: object) -> str:
    tekst = exporteer(
        familie(),
        soort,  # type: ignore[arg-type]
        formaat,  # type: ignore[arg-type]
        plan=plan_voor_test(),
        regelteksten=regelteksten(),
        gemaakt=GEMAAKT,
        **opties,
    )
    return html_tekst(tekst) if formaat == "html" else md_tekst(tekst)


@pytest.mark.parametrize("soort", ["plan", "sessie"])
@pytest.mark.parametrize("formaat", ["md", "html"])
def test_elk_feit_van_het_plan_in_elke_export(soort: str, formaat: str) -> None:
    tekst = _export(soort, formaat)
    for feit in FEITEN + (GEDEELD if soort == "plan" else ()):
        assert feit in tekst, feit


def test_elk_feit_op_het_evaluatiescherm() -> None:
    from wievraag.tui.screens.evaluatie import plan_tekst

    s = familie()
    # The professional's own view: everyone, and the requirements as the bank words them.
    tekst = " ".join(plan_tekst(s, plan_voor_test(), regelteksten()).plain.split())
    for feit in FEITEN:
        assert feit in tekst, feit
    assert "Kees Vlinder (oom)" in tekst  # the professional sees who has no consent


def test_gedeeld_plan_zonder_wie_geen_toestemming_heeft() -> None:
    for formaat in ("md", "html"):
        tekst = _export("plan", formaat)
        for weg in ("Kees", "Joke", "06-99998888", "010-5556666", "kookt op zondag", "oom"):
            assert weg not in tekst, weg


def test_evaluatie_in_de_verleden_tijd_als_de_datum_voorbij_is() -> None:
    later = datetime(2027, 2, 1, tzinfo=UTC)
    tekst = md_tekst(exporteer(familie(), "plan", "md", plan=plan_voor_test(), gemaakt=later))
    assert "Op 11 januari 2027 zouden we samen kijken hoe het gaat" in tekst
    assert "kijken we samen" not in tekst
    volledig = md_tekst(exporteer(familie(), "sessie", "md", plan=plan_voor_test(), gemaakt=later))
    assert "11 januari 2027 (was gepland, is voorbij)" in volledig


def test_eenmalige_afspraak_in_onze_week_op_haar_dag() -> None:
    doc = maak(familie(), "plan", plan=plan_voor_test(), gemaakt=GEMAAKT)
    [week] = [s for s in doc.secties if s.titel == "Onze week"]
    rijen = week.blokken[0].rijen  # type: ignore[union-attr]
    assert (
        "zaterdag",
        "Karim neemt Noor mee naar de judowedstrijd (alleen op 12 december 2026, hele dag)",
    ) in rijen
    # Every day has a row: Sunday is Kees's alone, who may not be named, so it shows open.
    assert [r[0] for r in rijen if r[1].startswith("—")] == ["zondag"]
    assert {r[0] for r in rijen} == {
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    }  # fmt: skip


def test_lege_dag_staat_in_de_week() -> None:
    plan = plan_voor_test()
    plan.afspraken = [a for a in plan.afspraken if a.id != "af-judo"]
    doc = maak(familie(), "plan", plan=plan, gemaakt=GEMAAKT)
    [week] = [s for s in doc.secties if s.titel == "Onze week"]
    assert ("zaterdag", "— nog niemand: wie kan er dan?") in week.blokken[0].rijen  # type: ignore[union-attr]


def test_een_manier_voor_naam_met_relatie() -> None:
    assert met_relatie("Oma Ria", "oma (moederskant)") == "Oma Ria (oma, moederskant)"
    assert met_relatie("Ans", "tante") == "Ans (tante)"
    assert met_relatie("Ans", "") == "Ans"
    assert Persoon(naam="Oma Ria", relatie="oma (moederskant)").label.count(")") == 1
    for soort in ("plan", "sessie"):
        assert "))" not in _export(soort, "md")


def _gezin() -> Sessie:
    s = Sessie(gezin="Gezin Reiger")
    moeder = Persoon(naam="Roos", relatie="moeder", toestemming="ja")
    kind = Persoon(naam="Mo", relatie="zoon", toestemming="ja", leeftijd=4, ouders=[moeder.id])
    pleeg = Persoon(naam="Sem", relatie="", toestemming="ja", ouders=[moeder.id])
    tante = Persoon(naam="Wil", relatie="zus van moeder", toestemming="ja")
    buur = Persoon(naam="Ahmed", relatie="buurman", toestemming="ja")  # no role in the plan
    s.personen = [moeder, kind, pleeg, tante, buur]
    plan = s.zorg_voor_plan()
    plan.aanspreekpunt = tante.id
    from wievraag.model import Afspraak

    plan.afspraken = [
        Afspraak(wie=[moeder.id, kind.id, tante.id], wat="ontbijt", dagen=["maandag"])
    ]
    return s


def test_helpers_zonder_het_gezin_zelf() -> None:
    s = _gezin()
    assert [p.naam for p in ouders_van_gezin(s)] == ["Roos"]
    assert [p.naam for p in kinderen_van_gezin(s)] == ["Mo", "Sem"]
    assert [s.persoon(pid).naam for pid in helpers(s, s.plan)] == ["Wil"]  # type: ignore[union-attr]
    tekst = md_tekst(exporteer(s, "plan", "md", gemaakt=GEMAAKT))
    assert "Wij zijn Roos (moeder) met Mo (4) en Sem." in tekst
    hulp = tekst.split("Wie mogen we om hulp vragen?")[1]
    assert "Wil (zus van moeder)" in hulp
    for niet in ("Roos", "Mo", "Sem", "Ahmed"):
        assert niet not in hulp, niet


def test_weergave_met_eigen_namen_voor_het_scherm() -> None:
    s = familie()
    w = weergave(
        s, plan_voor_test(), SessieNamen(s, lambda p: p.naam[0] + "."), vandaag=date(2026, 12, 1)
    )
    assert w.aanspreekpunt == "R. (oma, moederskant), tel. 06-11112222"
    [judo] = [a for a in w.afspraken if a.id == "af-judo"]
    assert judo.teken("zaterdag") == "1×" and judo.moment == "12-12-2026, hele dag"
    assert [a.teken("donderdag") for a in w.afspraken if a.id == "af-niemand"] == ["?"]


def test_volledige_export_tekent_elke_kaart_met_kop_op_dezelfde_pagina() -> None:
    from wievraag.demo import maak_demo
    from wievraag.export.document import Tekening
    from wievraag.tekening.kaarten import kaarten
    from wievraag.vragen import lees_bank

    s = maak_demo(lees_bank())
    doc = maak(s, "sessie")
    tekeningen = [b for sectie in doc.secties for b in sectie.blokken if isinstance(b, Tekening)]
    koppen = {t.kop for t in tekeningen}
    for kaart in kaarten(s):  # every view of the Kaart tab, ecogram and olievlek included
        assert any(kaart.titel in kop for kop in koppen), kaart.titel
    assert all(t.kop and t.tekst.strip() for t in tekeningen)  # heading + text drawing
    html = exporteer(s, "sessie", "html")
    # The heading is inside the figure, and a figure is never split over two pages.
    assert html.count("<figure><h3>") == len(tekeningen)
    assert "figure { break-inside: avoid;" in html


def test_gedeeld_plan_drukt_op_minstens_12_punt() -> None:
    import re

    html = exporteer(familie(), "plan", "html", plan=plan_voor_test())
    grootten = [float(m) for m in re.findall(r"font-size:\s*([\d.]+)pt", html)]
    assert grootten and min(grootten) >= 12


def test_evaluatiescherm_onder_het_masker_zonder_namen_en_nummers() -> None:
    from wievraag.export.namen import naam_vervanger
    from wievraag.tui.screens.evaluatie import plan_tekst

    s = familie()
    gemaskeerd = SessieNamen(s, lambda p: p.naam[0] + ".", telefoon=False)
    verberg = naam_vervanger(s.personen, lambda p: p.naam[0] + ".")
    tekst = plan_tekst(s, plan_voor_test(), regelteksten(), gemaskeerd, verberg).plain
    assert "R. (oma, moederskant)" in tekst
    for weg in ("Riet", "06-11112222", "3333 4444", "Kees"):
        assert weg not in tekst, weg
