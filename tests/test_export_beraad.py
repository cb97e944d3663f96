"""The netwerkberaad, the familiegroepsplan and the young person's voice in the exports: the
family's plan marked as theirs, the next meeting as their invitation, the young person's
choice next to the parent's consent, and nobody without consent in the shared plan."""

from __future__ import annotations

from datetime import date, timedelta

from wievraag.demo import maak_demo
from wievraag.export import exporteer
from wievraag.export.beraadweergave import beraad_weergave, stem_weergave
from wievraag.export.planweergave import SessieNamen
from wievraag.model import Persoon, Sessie
from wievraag.vragen import lees_bank


def _demo() -> Sessie:
    return maak_demo(lees_bank())


def test_gedeeld_plan_is_het_familiegroepsplan_van_het_gezin() -> None:
    md = exporteer(_demo(), "plan", "md")
    assert md.startswith("# Ons familiegroepsplan – ")
    assert "Dit is ons familiegroepsplan: we hebben het zelf gemaakt" in md
    assert "in het netwerkberaad van" in md


def test_gedeeld_plan_nodigt_uit_voor_het_volgende_beraad() -> None:
    md = exporteer(_demo(), "plan", "md")
    deel = md[md.index("## Ons netwerkberaad") :]
    assert "bij Tante Sanne thuis" in deel
    assert "Aylin (nicht, vaderskant), gevraagd door Roos" in deel
    assert "Wie kan er op zaterdag?" in deel
    assert "Het gesprek wordt geleid door Tante Sanne" in deel


def test_gedeeld_plan_noemt_alleen_wie_toestemming_heeft() -> None:
    s = _demo()
    md = exporteer(s, "plan", "md")
    # Finn's mentor (Thijs) and Jesse have no consent yet: not named, not even in free text.
    assert "Thijs" not in md and "Jesse" not in md
    assert "Finn wil graag dat Oma Fatma (oma, vaderskant) meedoet." in md
    # Once the parent says yes, the young person's own choice is in the family's plan.
    thijs = s.zoek_persoon("Thijs")
    assert thijs is not None
    thijs.geef_toestemming("ja")
    md = exporteer(s, "plan", "md")
    assert "Finn heeft zelf Thijs (voetbaltrainer van Finn) gekozen als mentor (JIM)." in md


def test_volledige_sessie_toont_beraad_en_stem_naast_toestemming() -> None:
    md = exporteer(_demo(), "sessie", "md")
    beraad = md[md.index("## Netwerkberaad") : md.index("## Stem van de jongere")]
    assert "Netwerkberaad 1" in beraad and "Netwerkberaad 2" in beraad
    assert "| Truus (buurvrouw) | Roos | was er |" in beraad
    assert "Truus: haalt Mo van de opvang (in het plan)" in beraad
    stem = md[md.index("## Stem van de jongere") : md.index("## Plan")]
    assert "Thijs (voetbaltrainer van Finn), gekozen op" in stem
    assert "**Toestemming ouder voor de mentor:** nog niet gevraagd" in stem
    assert "| Jesse (neef) | nog niet gevraagd |" in stem
    assert "Om te bespreken" in stem
    assert "familiegroepsplan: door het gezin gemaakt met hun netwerk" in md


def test_pseudoniemen_ook_in_beraad_en_stem() -> None:
    md = exporteer(_demo(), "sessie", "md", pseudoniem=True)
    deel = md[md.index("## Netwerkberaad") : md.index("## Plan")]
    for naam in ("Thijs", "Sanne", "Truus", "Finn", "Roos", "Jesse"):
        assert naam not in deel, naam


def test_weergave_zonder_gegevens_en_geteld() -> None:
    s = Sessie(gezin="Gezin Reiger")
    s.personen += [Persoon(naam="Wil", toestemming="ja"), Persoon(naam="Co", toestemming="ja")]
    beraad = s.zorg_voor_beraad()
    assert beraad_weergave(s, beraad, SessieNamen(s), vandaag=date.today()).wanneer_waar == ""
    for p in s.personen:
        s.nodig_uit(beraad.id, p.id, None)
    s.personen[1].geef_toestemming("nee")  # withdrawn after the invitation

    class AlleenJa(SessieNamen):
        def label(self, persoon_id: str) -> str | None:
            p = s.persoon(persoon_id)
            return p.label if p is not None and p.toestemming == "ja" else None

    w = beraad_weergave(s, beraad, AlleenJa(s), vandaag=date.today())
    assert [u.wie for u in w.uitgenodigd] == ["Wil"] and w.niet_genoemd == 1
    assert w.stand == "in voorbereiding: 2 personen uitgenodigd"
    beraad.datum = date.today() - timedelta(days=1)
    assert beraad_weergave(s, beraad, SessieNamen(s), vandaag=date.today()).datum_voorbij
    stem = s.zorg_voor_stem(s.personen[0].id)
    assert stem_weergave(s, stem, SessieNamen(s)) is not None
    assert stem_weergave(s, stem, SessieNamen(s)).mentor_zin == ""  # type: ignore[union-attr]


def test_register_toont_steun_zorg_en_wat_iemand_wel_kan() -> None:
    md = exporteer(_demo(), "sessie", "md")
    kerem = md[md.index("### Oom Kerem") :]
    kerem = kerem[: kerem.index("###", 3)]
    assert "**Zorg over invloed:** ja, bespreken met het gezin" in kerem
    assert "**Kan wél:** met Finn naar een wedstrijd" in kerem
    assert "**Niet als:** alleen oppassen op de kinderen" in kerem
    assert "**Voordelen van contact:** Finn mist hem" in kerem
    assert "**Nadelen van contact:** De ruzie over geld" in kerem
    assert "**Steun:** praktische hulp en zorg, emotionele steun" not in md  # one order
    assert "**Steun:** emotionele steun, praktische hulp en zorg" in md


def test_samenvoegen_houdt_wat_iemand_wel_kan() -> None:
    s = Sessie(gezin="Gezin Reiger")
    een = Persoon(naam="Oma Riet", kan_wel="boodschappen")
    twee = Persoon(naam="Riet", niet_als="oppassen", kan_wel="koken")
    s.personen += [een, twee]
    s.voeg_samen(twee.id, een.id)
    assert (een.kan_wel, een.niet_als) == ("boodschappen\nkoken", "oppassen")


def test_vinger_aan_de_pols_in_het_plan_en_de_sessie() -> None:
    s = _demo()
    plan = exporteer(s, "plan", "md")
    deel = plan[plan.index("## Als de hulp stopt") :]
    assert "neemt de hulpverlener nog eens contact met ons op" in deel
    assert "Loopt het vast, dan belt Roos eerst Tante Sanne" in deel
    volledig = exporteer(s, "sessie", "md")
    assert "**Vinger aan de pols:**" in volledig
    assert s.afsluiting is not None
    s.afsluiting.nazorg_datum, s.afsluiting.nazorg = None, ""
    assert "Als de hulp stopt" not in exporteer(s, "plan", "md")
