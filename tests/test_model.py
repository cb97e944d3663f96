from __future__ import annotations

import pytest
from pydantic import ValidationError

from tests.conftest import voorbeeld_sessie
from wievraag.model import Antwoord, Persoon, Sessie
from wievraag.model.namen import lees_namen


def test_persoon_voor_geen_dubbelen_ongeacht_hoofdletters() -> None:
    sessie = Sessie(gezin="x")
    ans, nieuw = sessie.persoon_voor("Ans", "tante")
    zelfde, nieuw2 = sessie.persoon_voor("  ANS ")
    assert nieuw and not nieuw2
    assert zelfde is ans
    assert len(sessie.personen) == 1


def test_persoon_voor_vult_lege_relatie_aan() -> None:
    sessie = Sessie(gezin="x")
    sessie.persoon_voor("Ans")
    ans, _ = sessie.persoon_voor("ans", "tante")
    assert ans.relatie == "tante"
    ans2, _ = sessie.persoon_voor("Ans", "buurvrouw")
    assert ans2.relatie == "tante"  # an existing relation is not overwritten by accident


def test_verwijder_persoon_ruimt_verwijzingen_op() -> None:
    sessie = voorbeeld_sessie()
    oma = sessie.zoek_persoon("oma riet")
    assert oma is not None
    sessie.verwijder_persoon(oma.id)
    assert sessie.persoon(oma.id) is None
    assert all(oma.id not in a.personen for a in sessie.antwoorden)
    Sessie.model_validate(sessie.model_dump(by_alias=True))  # still consistent


def test_status_is_die_van_het_laatste_antwoord() -> None:
    from datetime import timedelta

    sessie = Sessie(gezin="x")
    assert sessie.status_van("b2-01") is None
    eerst = Antwoord(vraag="b2-01", status="later")
    sessie.antwoorden.append(eerst)
    assert sessie.status_van("b2-01") == "later"
    sessie.antwoorden.append(Antwoord(vraag="b2-01", tijd=eerst.tijd + timedelta(days=7)))
    assert sessie.status_van("b2-01") == "beantwoord"


def test_gevonden_via_is_afgeleid() -> None:
    sessie = voorbeeld_sessie()
    karim = sessie.zoek_persoon("karim")
    assert karim is not None
    assert [a.vraag for a in sessie.gevonden_via(karim.id)] == ["b2-01"]


def test_verwijzing_naar_onbekende_persoon_wordt_geweigerd() -> None:
    with pytest.raises(ValidationError, match="p-nergens"):
        Sessie(gezin="x", antwoorden=[Antwoord(vraag="b2-01", personen=["p-nergens"])])


def test_onbekende_sleutel_wordt_geweigerd() -> None:
    with pytest.raises(ValidationError, match="extra"):
        Persoon.model_validate({"naam": "x", "lievelingskleur": "blauw"})


def test_lege_naam_geweigerd() -> None:
    with pytest.raises(ValidationError, match="een persoon heeft een naam nodig"):
        Persoon(naam="   ")


def test_bezoek_eenmaal_per_dag() -> None:
    sessie = Sessie(gezin="x")
    sessie.noteer_bezoek()
    sessie.noteer_bezoek()
    assert len(sessie.bezoeken) == 1


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Ans", [("Ans", "")]),
        ("Ans (tante), Karim (buurman)", [("Ans", "tante"), ("Karim", "buurman")]),
        ("Ans (tante, moederskant)", [("Ans", "tante, moederskant")]),
        ("  Piet   van Dam  ( opa ) ; ", [("Piet van Dam", "opa")]),
        ("Ans (tante", [("Ans tante", "")]),
        (" , ", []),
    ],
)
def test_lees_namen(tekst: str, verwacht: list[tuple[str, str]]) -> None:
    assert lees_namen(tekst) == verwacht
