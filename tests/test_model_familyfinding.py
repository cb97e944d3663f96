"""The Family Finding interviews in the model: round trip, old files, one register of people."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from wievraag.model import Sessie
from wievraag.model.familyfinding import (
    TOOLS,
    Behoefte,
    BiggestUnmetNeeds,
    HoeveelMensen,
    Huis,
    Levensfase,
    MobilityMapping,
    Olievlek,
    Reunie,
    Uitgevraagd,
    Waarde,
    WaardeInterview,
)
from wievraag.model.interviews import TOOL_NAMEN, VEILIGHEID_SJABLONEN, ToolStand, stand
from wievraag.store import codeer, decodeer
from wievraag.vragen import lees_bank


def _gezin() -> tuple[Sessie, dict[str, str]]:
    s = Sessie(gezin="Gezin Test")
    ids = {}
    for naam in ("Ans", "Karim", "Joke", "Bas", "Mila"):
        persoon, _ = s.persoon_voor(naam)
        ids[naam] = persoon.id
    return s, ids


def _alle_zeven(s: Sessie, ids: dict[str, str]) -> None:
    bank = lees_bank()
    ff = s.zorg_voor_family_finding()
    ff.mobility_mapping = MobilityMapping(
        huizen=[
            Huis(beschrijving="Zwolle, 1990-1998", buren=[ids["Ans"]], docent=[ids["Karim"]]),
            Huis(beschrijving="Deventer", straat=[ids["Joke"]]),
        ]
    )
    ff.hoeveel_mensen = HoeveelMensen(
        ontmoet=300,
        aardig_gevonden=80,
        weer_contact=4,
        fases=[Levensfase(naam="basisschool", personen=[ids["Ans"]])],
        nog_in_leven=[ids["Ans"]],
        terug=[ids["Joke"]],
        uitnodigen=[ids["Karim"]],
    )
    ff.reunie = Reunie(op_de_foto=[ids["Bas"], ids["Ans"]], notitie="onder de kastanje")
    ff.waarde_interview = WaardeInterview(
        waarden=[
            Waarde(waarde="eerlijkheid", meegeven="zeg wat je denkt", geleerd_van=[ids["Ans"]])
        ]
    )
    ff.olievlek = Olievlek(rondes=[Uitgevraagd(persoon=ids["Ans"], genoemd=[ids["Mila"]])])
    ff.biggest_unmet_needs = BiggestUnmetNeeds(
        behoeften=[Behoefte(voor=ids["Bas"], behoefte="steun", in_plaats_van="moet naar school")]
    )
    sjabloon = bank.cirkel_sjabloon(VEILIGHEID_SJABLONEN[0])
    assert sjabloon is not None
    cirkel = sjabloon.maak()
    cirkel.plaats(ids["Ans"], 1)
    s.cirkels.append(cirkel)


def test_alle_zeven_overleven_de_rondreis() -> None:
    s, ids = _gezin()
    _alle_zeven(s, ids)
    terug = decodeer(Path("t.toml"), codeer(s))
    assert terug == s
    assert terug.family_finding is not None
    assert terug.family_finding.mobility_mapping is not None
    assert len(terug.family_finding.mobility_mapping.huizen) == 2
    assert {TOOL_NAMEN[t] for t in TOOLS} and all(
        stand(terug, t).staat == "begonnen" for t in TOOLS
    )


def test_een_oud_bestand_zonder_interviews_laadt() -> None:
    oud = b'schema = 1\nid = "20260101-00000abc"\ngezin = "Oud"\n'
    sessie = decodeer(Path("oud.toml"), oud)
    assert sessie.family_finding is None
    assert all(stand(sessie, t).staat == "leeg" for t in TOOLS)
    assert b"family_finding" not in codeer(sessie)  # nothing written for unopened tools


def test_iemand_in_drie_tools_staat_eenmaal_in_het_register_met_drie_vindplaatsen() -> None:
    s, ids = _gezin()
    _alle_zeven(s, ids)
    assert [p.naam for p in s.personen].count("Ans") == 1
    via = [h for h in s.herkomst(ids["Ans"]) if h.soort in ("interview", "cirkel")]
    teksten = " | ".join(h.tekst for h in via)
    assert "Mobility mapping: huis 1 (Zwolle, 1990-1998), naast je" in teksten
    assert "Familie- en netwerkreünie" in teksten
    assert "ring 1, mensen die alles al weten" in teksten
    assert "Mila" not in teksten
    assert any("Olievlek: via Ans" in h.tekst for h in s.herkomst(ids["Mila"]))


def test_herkomst_van_allen_tegelijk_is_die_van_ieder_apart() -> None:
    # The export asks for everyone at once (one pass); the app for one person at a time.
    s, ids = _gezin()
    _alle_zeven(s, ids)
    s.persoon_voor("Sem")[0].via = ids["Joke"]  # known through someone, set by hand
    alle = [p.id for p in s.personen] + ["p-onbekend"]
    assert s.herkomsten(alle) == {pid: s.herkomst(pid) for pid in alle}
    assert s.herkomst("p-onbekend") == []


def test_verwijderen_en_samenvoegen_reiken_tot_in_de_interviews() -> None:
    s, ids = _gezin()
    _alle_zeven(s, ids)
    s.voeg_samen(ids["Joke"], ids["Ans"])
    ff = s.family_finding
    assert ff is not None and ff.mobility_mapping is not None and ff.hoeveel_mensen is not None
    assert ff.mobility_mapping.huizen[1].straat == [ids["Ans"]]
    assert ff.hoeveel_mensen.terug == [ids["Ans"]]
    s.verwijder_persoon(ids["Ans"])
    alle = {pid for _, item in s.verwijzers() for pid in item.persoon_ids()}
    assert ids["Ans"] not in alle
    assert ff.olievlek is not None and ff.olievlek.rondes == []  # whose network it was: gone
    decodeer(Path("t.toml"), codeer(s))  # still a valid file


def test_een_onbekende_persoon_in_een_interview_wordt_geweigerd() -> None:
    s, ids = _gezin()
    _alle_zeven(s, ids)
    ruw = s.model_dump(by_alias=True, exclude_none=True)
    ruw["family_finding"]["reunie"]["op_de_foto"] = ["p-onbekend"]
    with pytest.raises(ValidationError, match="interview 'reunie' noemt persoon 'p-onbekend'"):
        Sessie.model_validate(ruw)


def test_bank_heeft_de_zeven_tools_en_de_cirkelsjablonen() -> None:
    bank = lees_bank()
    assert tuple(t.id for t in bank.family_finding) == TOOLS
    for sjabloon in VEILIGHEID_SJABLONEN:
        gevonden = bank.cirkel_sjabloon(sjabloon)
        assert gevonden is not None and gevonden.soort == "veiligheid"
    soc = [c for c in bank.cirkel_sjablonen if c.soort == "sociogram"]
    assert len(soc) == 3
    alles = " ".join(t.inleiding + " ".join(t.vragen) for t in bank.family_finding)
    assert "chirnel" not in alles.lower() and "cirkels" in alles


def test_klaar_en_behoeften_tellen() -> None:
    s, ids = _gezin()
    _alle_zeven(s, ids)
    ff = s.family_finding
    assert ff is not None and ff.reunie is not None
    ff.reunie.klaar = True
    assert stand(s, "reunie") == ToolStand("klaar", (ids["Bas"], ids["Ans"]))
    assert stand(s, "behoeften").behoeften == 1
    assert stand(s, "olievlek").personen == (ids["Mila"],)
    assert stand(s, "veiligheid").staat == "begonnen"


def test_volledige_export_heeft_een_deel_per_tool_met_gegevens() -> None:
    from wievraag.demo import maak_demo
    from wievraag.export import exporteer
    from wievraag.model.familyfinding import FamilyFinding

    tekst = exporteer(maak_demo(lees_bank()), "sessie", "md")
    for verwacht in (
        "Family Finding (Bijlage I)",
        "Huis 1: Alkmaar, flat bij het park, tot ze tien was",
        "Naast je:** Hanneke",
        "Ontmoet in je leven:** 400",
        "Op de foto:** Oma Ria",
        "Geleerd van:** Opa Henk",
        "Netwerk van Tante Sanne (zus van moeder):** Jesse",
        "In tegenstelling tot:** Finn moet op tijd op school zijn.",
    ):
        assert verwacht in tekst, verwacht
    leeg = Sessie(gezin="Gezin Leeg", family_finding=FamilyFinding(reunie=Reunie()))
    assert "Family Finding" not in exporteer(leeg, "sessie", "md")  # opened, nothing filled in
