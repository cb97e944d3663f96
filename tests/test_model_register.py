"""The register's model: new person fields, counts, and the network's change between visits."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from wievraag.model import Cirkel, Persoon, Sessie
from wievraag.model.telling import tel
from wievraag.store import codeer, decodeer

RINGEN = ["dichtbij", "ertussen", "verder weg"]
DAG1, DAG2 = date(2026, 3, 2), date(2026, 3, 9)


def _sessie() -> tuple[Sessie, Persoon, Persoon, Cirkel]:
    sessie = Sessie(gezin="Gezin Reiger", bezoeken=[DAG1])
    ans = Persoon(naam="Ans", relatie="tante", sector="familie", toestemming="ja")
    kees = Persoon(naam="Kees", relatie="buurman", sector="buren", toestemming="nee")
    cirkel = Cirkel(soort="sociogram", titel="Belangrijk", ringen=RINGEN)
    cirkel.plaats(ans.id, 1)
    sessie.personen += [ans, kees, Persoon(naam="Lot")]
    sessie.cirkels.append(cirkel)
    return sessie, ans, kees, cirkel


def test_nieuwe_velden_en_leeftijd_uit_geboortejaar() -> None:
    p = Persoon(naam="Opa Wim", geboortejaar=1950, steun=["praktisch", "emotioneel"], zorg=True)
    assert p.steun == ["emotioneel", "praktisch"]  # one order, always
    assert p.leeftijd_tekst(2026) == "± 76 (1950)"
    p.leeftijd = 75
    assert p.leeftijd_tekst(2026) == "75"  # an entered age wins over the year
    with pytest.raises(ValidationError, match=r"geboortejaar\n.*greater than or equal to 1850"):
        Persoon(naam="x", geboortejaar=1200)
    with pytest.raises(
        ValidationError, match=r"steun\.0\n.*'emotioneel', 'verbinding' or 'praktisch'"
    ):
        Persoon(naam="x", steun=["geld"])


def test_tellingen() -> None:
    sessie, _, kees, _ = _sessie()
    telling = tel(sessie)
    assert telling.personen == 3
    assert (telling.toestemming_ja, telling.toestemming_nee, telling.niet_gevraagd) == (1, 1, 1)
    assert telling.per_sector == {"familie": 1, "buren": 1, "": 1}
    assert [(c.titel, c.ringen) for c in telling.per_cirkel] == [("Belangrijk", (1, 0, 0))]
    kees.toestemming = "ja"
    assert tel(sessie).toestemming_ja == 2


def test_eerste_bezoek_heeft_niets_om_mee_te_vergelijken() -> None:
    sessie, *_ = _sessie()
    sessie.leg_stand_vast()
    assert sessie.veranderd_sinds_vorig_bezoek() == {}


def test_nieuw_verplaatst_en_toestemming_sinds_vorig_bezoek() -> None:
    sessie, ans, kees, cirkel = _sessie()
    sessie.leg_stand_vast()  # leaving the first visit
    sessie.noteer_bezoek(DAG2)
    nieuw, _ = sessie.persoon_voor("Juf Mirjam", "juf")
    cirkel.plaats(ans.id, 2)
    kees.toestemming = "ja"
    assert sessie.veranderd_sinds_vorig_bezoek() == {
        nieuw.id: ["nieuw"],
        ans.id: ["verplaatst"],
        kees.id: ["toestemming"],
    }
    sessie.leg_stand_vast()  # leaving the second visit: its own picture, the first one stays
    assert [s.datum for s in sessie.standen] == [DAG1, DAG2]
    terug = decodeer(Path("s.toml"), codeer(sessie))
    assert terug == sessie
    assert terug.veranderd_sinds_vorig_bezoek() == sessie.veranderd_sinds_vorig_bezoek()


def test_nieuwe_dag_legt_het_vorige_bezoek_vast_als_dat_nog_niet_gebeurde() -> None:
    sessie, ans, *_ = _sessie()
    sessie.noteer_bezoek(DAG2)  # the app was killed at the first visit: no picture yet
    [stand] = sessie.standen
    assert stand.datum == DAG1 and stand.van(ans.id) is not None


def test_verwijderen_en_samenvoegen_volgen_in_de_geschiedenis() -> None:
    sessie, ans, kees, _ = _sessie()
    sessie.leg_stand_vast()
    sessie.noteer_bezoek(DAG2)
    dubbel, _ = sessie.persoon_voor("Tante Ans")
    sessie.voeg_samen(ans.id, dubbel.id)  # the older entry goes, the newer one stays
    assert dubbel.id not in sessie.veranderd_sinds_vorig_bezoek()  # she was there already
    sessie.verwijder_persoon(kees.id)
    assert all(p.naam != "Kees" for s in sessie.standen for p in s.personen)  # no name lingers


def test_ouder_bestand_zonder_nieuwe_velden_laadt() -> None:
    tekst = (
        b'schema = 1\nid = "20260101-0000000b"\ngezin = "G"\n\n'
        b'[[personen]]\nid = "p-1"\nnaam = "Ans"\n'
    )
    sessie = decodeer(Path("oud.toml"), tekst)
    assert sessie.standen == [] and sessie.personen[0].steun == []
    assert sessie.personen[0].zorg is False


def test_samenvoegen_kent_een_regel_voor_elk_veld() -> None:
    """A field added to Persoon without a merge rule would be dropped silently when two
    entries are merged: every field must be named in SAMENVOEGEN."""
    from wievraag.model.persoon import SAMENVOEGEN

    assert set(SAMENVOEGEN) == set(Persoon.model_fields)


def test_samenvoegen_neemt_geslacht_en_soort_partnerrelatie_mee() -> None:
    oma = Persoon(naam="Oma Ria", geslacht="vrouw")
    opa = Persoon(naam="Opa Henk")
    opa2 = Persoon(naam="opa henk", geslacht="man")
    sessie = Sessie(gezin="Gezin Test", personen=[oma, opa, opa2])
    sessie.zet_partner(oma.id, opa2.id)
    sessie.zet_partnerrelatie(oma.id, opa2.id, "getrouwd")
    sessie.voeg_samen(opa2.id, opa.id)
    oma_na, opa_na = sessie.personen[0], sessie.persoon(opa.id)
    assert opa_na is not None and opa_na.geslacht == "man"
    assert oma_na.partners == [opa.id] and opa_na.partners == [oma.id]
    assert oma_na.partner_relatie == {opa.id: "getrouwd"}
    assert opa_na.partner_relatie == {oma.id: "getrouwd"}
    Sessie.model_validate(sessie.model_dump())  # the model still takes the file
