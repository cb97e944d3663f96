"""The genogram's links in the model: parents and partners, kept right through remove and merge."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from wievraag.model import Antwoord, Persoon, Sessie
from wievraag.store import codeer, decodeer


def _familie() -> tuple[Sessie, dict[str, Persoon]]:
    s = Sessie(gezin="Gezin Reiger")
    p = {n: Persoon(naam=n) for n in ("Opa", "Oma", "Moeder", "Vader", "Kind", "Tante")}
    s.personen += list(p.values())
    s.zet_partner(p["Opa"].id, p["Oma"].id)
    s.zet_partner(p["Moeder"].id, p["Vader"].id)
    p["Moeder"].ouders = [p["Opa"].id, p["Oma"].id]
    p["Tante"].ouders = [p["Opa"].id, p["Oma"].id]
    p["Kind"].ouders = [p["Moeder"].id, p["Vader"].id]
    return s, p


def test_partners_zijn_wederzijds() -> None:
    s, p = _familie()
    assert p["Oma"].partners == [p["Opa"].id] and p["Opa"].partners == [p["Oma"].id]
    s.zet_partner(p["Oma"].id, p["Opa"].id, samen=False)
    assert p["Oma"].partners == [] and p["Opa"].partners == []
    with pytest.raises(ValueError, match="twee verschillende personen"):
        s.zet_partner(p["Oma"].id, p["Oma"].id)


def test_niemand_is_eigen_ouder_of_partner() -> None:
    oma = Persoon(naam="Oma")
    with pytest.raises(ValidationError, match="staat bij zijn of haar eigen ouders"):
        oma.ouders = [oma.id]
    with pytest.raises(ValidationError, match="staat bij zijn of haar eigen ouders"):
        oma.partners = [oma.id]
    with pytest.raises(ValidationError, match="staat bij zijn of haar eigen ouders"):
        Persoon(id="p-1", naam="x", ouders=["p-1"])
    assert Persoon(naam="x", ouders=["p-2", "p-2"]).ouders == ["p-2"]


def test_ouder_moet_in_het_register_staan() -> None:
    with pytest.raises(ValidationError, match="p-weg"):
        Sessie(gezin="x", personen=[Persoon(naam="Kind", ouders=["p-weg"])])


def test_eenzijdige_partner_in_een_bestand_wordt_wederzijds() -> None:
    a, b = Persoon(naam="A"), Persoon(naam="B")
    a.partners = [b.id]
    s = Sessie(gezin="x", personen=[a, b])
    assert s.personen[1].partners == [a.id]


def test_rondreis_met_ouders_en_partners() -> None:
    s, _ = _familie()
    assert decodeer(Path("g.toml"), codeer(s)) == s


def test_verwijderen_ruimt_ouders_en_partners_op() -> None:
    s, p = _familie()
    s.verwijder_persoon(p["Oma"].id)
    assert p["Opa"].partners == []
    assert p["Moeder"].ouders == [p["Opa"].id] and p["Tante"].ouders == [p["Opa"].id]
    s.verwijder_persoon(p["Vader"].id)
    assert p["Moeder"].partners == [] and p["Kind"].ouders == [p["Moeder"].id]
    assert decodeer(Path("g.toml"), codeer(s)) == s


def test_samenvoegen_verplaatst_ouders_en_partners() -> None:
    s, p = _familie()
    # "Papa" was entered twice: once as partner of Moeder, once with his own parents.
    papa = Persoon(naam="Papa", ouders=[p["Tante"].id])
    s.personen.append(papa)
    s.antwoorden.append(Antwoord(vraag="b2-01", personen=[papa.id]))
    s.voeg_samen(papa.id, p["Vader"].id)
    assert p["Vader"].ouders == [p["Tante"].id]  # his own parents came along
    assert p["Kind"].ouders == [p["Moeder"].id, p["Vader"].id]
    # The other way round: the one that goes was the partner and parent of others.
    s.voeg_samen(p["Vader"].id, p["Oma"].id)
    assert p["Moeder"].partners == [p["Oma"].id]
    assert set(p["Oma"].partners) == {p["Opa"].id, p["Moeder"].id}
    assert p["Kind"].ouders == [p["Moeder"].id, p["Oma"].id]
    assert decodeer(Path("g.toml"), codeer(s)) == s


def test_samenvoegen_van_partners_of_ouder_en_kind_laat_geen_lus() -> None:
    s, p = _familie()
    s.voeg_samen(p["Oma"].id, p["Opa"].id)
    assert p["Opa"].partners == []
    s.voeg_samen(p["Moeder"].id, p["Opa"].id)  # parent and child: the link goes
    assert p["Opa"].ouders == [] and p["Opa"].partners == [p["Vader"].id]
    assert p["Kind"].ouders == [p["Opa"].id, p["Vader"].id]


def test_nakomelingen() -> None:
    s, p = _familie()
    assert s.nakomelingen(p["Opa"].id) == {p["Moeder"].id, p["Tante"].id, p["Kind"].id}
    assert s.nakomelingen(p["Kind"].id) == set()


def test_ouder_bestand_zonder_ouders_en_partners_laadt() -> None:
    tekst = 'schema = 1\nid = "20260101-x"\ngezin = "x"\n[[personen]]\nid = "p-1"\nnaam = "A"\n'
    s = decodeer(Path("oud.toml"), tekst.encode())
    assert s.personen[0].ouders == [] and s.personen[0].partners == []
    assert Persoon(naam="Oude", generatie="grootouders").generatie == "grootouders"
    assert Persoon(naam="Overgrootmoeder", generatie="overgrootouders").generatie
