"""The netwerkberaad, the familiegroepsplan and the young person's own voice (model/beraad.py):
consent enforced where people are approached, the outcome made into the plan once, and every
reference kept right when people are removed or merged."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from wievraag.model import Persoon, Sessie
from wievraag.store import codeer, decodeer


def _gezin() -> Sessie:
    sessie = Sessie(gezin="Gezin Reiger")
    for naam, relatie, toestemming in (
        ("Lotte", "moeder", "ja"),
        ("Sem", "zoon", "ja"),
        ("Tante Wil", "tante", "ja"),
        ("Oom Bas", "oom", "ja"),
        ("Buurman Co", "buurman", "nee"),
        ("Meester Joop", "oud-leraar", "niet-gevraagd"),
    ):
        sessie.personen.append(Persoon(naam=naam, relatie=relatie, toestemming=toestemming))
    return sessie


def _id(sessie: Sessie, naam: str) -> str:
    persoon = sessie.zoek_persoon(naam)
    assert persoon is not None
    return persoon.id


def test_uitnodigen_alleen_met_toestemming() -> None:
    s = _gezin()
    beraad = s.zorg_voor_beraad()
    s.nodig_uit(beraad.id, _id(s, "Tante Wil"), door=_id(s, "Lotte"))
    with pytest.raises(ValueError, match="nee gezegd"):
        s.nodig_uit(beraad.id, _id(s, "Buurman Co"), door=_id(s, "Lotte"))
    with pytest.raises(ValueError, match="nog niets gezegd"):
        s.nodig_uit(beraad.id, _id(s, "Tante Wil"), door=_id(s, "Meester Joop"))
    # A second invitation of the same person changes who invites, never adds a second line.
    s.nodig_uit(beraad.id, _id(s, "Tante Wil"), door=_id(s, "Oom Bas"))
    assert [(u.persoon, u.door) for u in beraad.uitgenodigd] == [
        (_id(s, "Tante Wil"), _id(s, "Oom Bas"))
    ]
    with pytest.raises(ValueError, match="nee gezegd"):
        s.kies_voorzitter(beraad.id, _id(s, "Buurman Co"))
    s.kies_voorzitter(beraad.id, _id(s, "Oom Bas"))
    assert beraad.voorzitter == _id(s, "Oom Bas")


def test_wie_er_was_en_besluiten() -> None:
    s = _gezin()
    beraad = s.zorg_voor_beraad()
    wil = _id(s, "Tante Wil")
    s.nodig_uit(beraad.id, wil, door=None)
    assert not beraad.gehouden
    assert [beraad.volgende_gekomen(wil) for _ in range(3)] == ["ja", "nee", "onbekend"]
    beraad.zet_gekomen(wil, "ja")
    assert beraad.gekomen() == [wil] and beraad.gehouden
    with pytest.raises(ValueError, match="uitgenodigd"):
        beraad.zet_gekomen(_id(s, "Oom Bas"), "ja")
    with pytest.raises(ValueError, match="nee gezegd"):
        s.neem_besluit(beraad.id, "Co maait het gras", [_id(s, "Buurman Co")])
    with pytest.raises(ValueError, match="wat er is afgesproken"):
        s.neem_besluit(beraad.id, "  ", [wil])


def test_familiegroepsplan_uit_het_beraad_eenmaal() -> None:
    s = _gezin()
    beraad = s.zorg_voor_beraad()
    beraad.doel = "Sem gaat weer elke dag naar school."
    wil, bas = _id(s, "Tante Wil"), _id(s, "Oom Bas")
    s.neem_besluit(beraad.id, "Wil brengt Sem op maandag", [wil])
    s.neem_besluit(beraad.id, "Bas belt elke vrijdag", [bas])
    uitkomst = s.maak_familiegroepsplan(beraad.id)
    plan = s.plan
    assert plan is not None and plan.familiegroepsplan and plan.beraad == beraad.id
    assert plan.doel == "Sem gaat weer elke dag naar school."
    assert [(a.wat, a.wie) for a in plan.afspraken] == [
        ("Wil brengt Sem op maandag", [wil]),
        ("Bas belt elke vrijdag", [bas]),
    ]
    assert len(uitkomst.nieuw) == 2 and not uitkomst.zonder_toestemming
    # Again: nothing twice; a removed agreement stays removed; a new decision is added.
    plan.haal_afspraak_weg(plan.afspraken[0].id)
    assert s.maak_familiegroepsplan(beraad.id).nieuw == ()
    assert len(plan.afspraken) == 1
    # Consent withdrawn since the meeting: the agreement is made without that person.
    s.neem_besluit(beraad.id, "Bas kookt op woensdag", [bas])
    s.persoon(bas).geef_toestemming("nee")  # type: ignore[union-attr]
    uitkomst = s.maak_familiegroepsplan(beraad.id)
    assert uitkomst.zonder_toestemming == (bas,)
    assert plan.afspraken[-1].wat == "Bas kookt op woensdag" and plan.afspraken[-1].wie == []
    # A goal the family already wrote in the plan is theirs: not overwritten.
    beraad.doel = "iets anders"
    s.maak_familiegroepsplan(beraad.id)
    assert plan.doel == "Sem gaat weer elke dag naar school."


def test_stem_van_de_jongere() -> None:
    s = _gezin()
    sem, joop, co = _id(s, "Sem"), _id(s, "Meester Joop"), _id(s, "Buurman Co")
    stem = s.zorg_voor_stem(sem)
    assert s.zorg_voor_stem(sem) is stem  # one record per young person
    # The young person's choice is recorded whatever the parent said; consent stays apart.
    stem.kies_mentor(joop)
    assert stem.mentor == joop and stem.mentor_sinds is not None
    with pytest.raises(ValueError, match="iemand anders"):
        stem.kies_mentor(sem)
    stem.zet_wens(co, "erbij")
    stem.zet_wens(_id(s, "Oom Bas"), "niet")
    assert stem.wil_erbij == [co] and stem.wil_niet_erbij == [_id(s, "Oom Bas")]
    stem.zet_wens(co, "niet")
    assert stem.wil_erbij == [] and co in stem.wil_niet_erbij
    stem.zet_wens(co, "geen")
    assert co not in stem.persoon_ids()
    with pytest.raises(ValueError, match="niet over zichzelf"):
        stem.zet_wens(sem, "erbij")
    with pytest.raises(ValueError, match="niet in het netwerk"):
        s.zorg_voor_stem("p-onbekend")


def test_verwijderen_en_samenvoegen_houden_alles_kloppend() -> None:
    s = _gezin()
    beraad = s.zorg_voor_beraad()
    wil, bas, sem, joop = (_id(s, n) for n in ("Tante Wil", "Oom Bas", "Sem", "Meester Joop"))
    s.nodig_uit(beraad.id, wil, door=bas)
    s.nodig_uit(beraad.id, bas, door=None)
    s.kies_voorzitter(beraad.id, wil)
    s.neem_besluit(beraad.id, "samen koken", [wil, bas])
    s.zorg_voor_stem(sem).kies_mentor(joop)
    # Wil and Bas turn out to be one person: one invitation remains, every link moves.
    s.voeg_samen(wil, bas)
    assert [u.persoon for u in beraad.uitgenodigd] == [bas]
    assert beraad.voorzitter == bas and beraad.besluiten[0].wie == [bas]
    s.verwijder_persoon(joop)
    assert s.stem_van(sem) is not None and s.stem_van(sem).mentor is None  # type: ignore[union-attr]
    s.verwijder_persoon(sem)  # their own voice goes with them
    assert s.stemmen == []
    s.verwijder_persoon(bas)
    assert beraad.uitgenodigd == [] and beraad.voorzitter is None


def test_rondreis_en_kapotte_verwijzing(tmp_path: Path) -> None:
    s = _gezin()
    beraad = s.zorg_voor_beraad()
    beraad.vragen = ["Wie kan op woensdag?", "  ", "Hoe vertellen we het aan Sem?"]
    assert beraad.vragen == ["Wie kan op woensdag?", "Hoe vertellen we het aan Sem?"]
    s.nodig_uit(beraad.id, _id(s, "Tante Wil"), door=_id(s, "Lotte"))
    s.neem_besluit(beraad.id, "Wil belt", [_id(s, "Tante Wil")])
    s.maak_familiegroepsplan(beraad.id)
    s.zorg_voor_stem(_id(s, "Sem")).zet_wens(_id(s, "Buurman Co"), "erbij")
    pad = tmp_path / "s.toml"
    assert decodeer(pad, codeer(s)) == s
    tekst = codeer(s).decode().replace(f'beraad = "{beraad.id}"', 'beraad = "nb-weg"')
    with pytest.raises(Exception, match="nb-weg"):
        decodeer(pad, tekst.encode())
    ruw = s.model_dump(by_alias=True)
    ruw["stemmen"] = ruw["stemmen"] * 2
    with pytest.raises(ValidationError, match="twee keer een eigen stem"):
        Sessie.model_validate(ruw)


def test_aanmelding_steun_genoemd_en_uitgenodigd_met_toestemming(tmp_path: Path) -> None:
    s = _gezin()
    a = s.zorg_voor_aanmelding()
    wil, co = _id(s, "Tante Wil"), _id(s, "Buurman Co")
    a.noem_steun([wil, co, wil])  # recorded as the referrer said it: nobody approached
    assert a.steun_genoemd == [wil, co]
    s.nodig_uit_voor_start(wil)
    with pytest.raises(ValueError, match="nee gezegd"):
        s.nodig_uit_voor_start(co)
    assert a.uitgenodigd == [wil]
    a.haal_weg("steun_genoemd", co)
    s.verwijder_persoon(wil)
    assert a.steun_genoemd == [] and a.uitgenodigd == []
    assert decodeer(tmp_path / "s.toml", codeer(s)) == s
