"""Circles and the shared reference rules: remove or merge a person, and every part follows."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from wievraag.model import Antwoord, Appel, Cirkel, Persoon, Sessie
from wievraag.model.appel import Verleg
from wievraag.store import codeer, decodeer

RINGEN = ["weet alles", "weet een beetje", "weet niets"]


def _sessie() -> tuple[Sessie, Persoon, Persoon, Cirkel]:
    riet = Persoon(naam="Oma Riet", relatie="oma")
    rita = Persoon(naam="Rita", relatie="oma")  # the same woman, entered twice
    kees = Persoon(naam="Kees", relatie="buurman", via=rita.id)
    cirkel = Cirkel(soort="veiligheid", titel="Wie weet wat er speelt?", ringen=RINGEN)
    cirkel.plaats(rita.id, 1)
    cirkel.plaats(kees.id, 3)
    sessie = Sessie(
        gezin="Gezin Mier",
        personen=[riet, rita, kees],
        antwoorden=[Antwoord(vraag="b2-01", personen=[riet.id, rita.id])],
        appels=[Appel(verleg=Verleg(doen=[rita.id], meedenken=[riet.id]))],
        cirkels=[cirkel],
    )
    return sessie, riet, rita, cirkel


def test_plaatsen_verplaatsen_en_weghalen() -> None:
    cirkel = Cirkel(soort="sociogram", titel="Belangrijk", ringen=RINGEN)
    cirkel.plaats("p-1", 2)
    cirkel.plaats("p-2", 2)
    cirkel.plaats("p-1", 1)  # moved, not placed twice
    assert cirkel.ring_van("p-1") == 1 and cirkel.in_ring(2) == ["p-2"]
    cirkel.plaats("p-2", None)
    assert cirkel.persoon_ids() == ["p-1"]


def test_een_cirkel_heeft_drie_ringen() -> None:
    with pytest.raises(ValidationError, match="precies 3 ringen"):
        Cirkel(soort="sociogram", titel="x", ringen=["a", "b"])


def test_een_persoon_eenmaal_per_cirkel() -> None:
    with pytest.raises(ValidationError, match="twee keer"):
        Cirkel.model_validate(
            {
                "soort": "sociogram",
                "titel": "x",
                "ringen": RINGEN,
                "plaatsingen": [{"persoon": "p-1", "ring": 1}, {"persoon": "p-1", "ring": 2}],
            }
        )


def test_cirkel_met_onbekende_persoon_geweigerd() -> None:
    cirkel = Cirkel(soort="sociogram", titel="x", ringen=RINGEN)
    cirkel.plaats("p-nergens", 1)
    with pytest.raises(ValidationError, match=r"cirkel .* noemt persoon 'p-nergens'"):
        Sessie(gezin="x", cirkels=[cirkel])


def test_via_onbekende_persoon_geweigerd() -> None:
    with pytest.raises(ValidationError, match="p-nergens"):
        Sessie(gezin="x", personen=[Persoon(naam="Kees", via="p-nergens")])


def test_verwijderen_ruimt_elke_verwijzing_op() -> None:
    sessie, _, rita, cirkel = _sessie()
    sessie.verwijder_persoon(rita.id)
    assert rita.id not in cirkel.persoon_ids()
    assert all(rita.id not in item.persoon_ids() for _, item in sessie.verwijzers())
    assert sessie.zoek_persoon("Kees").via is None  # type: ignore[union-attr]
    Sessie.model_validate(sessie.model_dump(by_alias=True))


def test_samenvoegen_verplaatst_verwijzingen() -> None:
    sessie, riet, rita, cirkel = _sessie()
    sessie.voeg_samen(rita.id, riet.id)
    assert sessie.persoon(rita.id) is None
    assert sessie.antwoorden[0].personen == [riet.id]  # once, not twice
    assert sessie.appels[0].verleg.doen == [riet.id] == sessie.appels[0].verleg.meedenken
    assert cirkel.ring_van(riet.id) == 1  # the place the other entry had
    assert sessie.zoek_persoon("Kees").via == riet.id  # type: ignore[union-attr]
    Sessie.model_validate(sessie.model_dump(by_alias=True))


def test_samenvoegen_met_zichzelf_geweigerd() -> None:
    sessie, riet, _, _ = _sessie()
    with pytest.raises(ValueError, match="twee verschillende"):
        sessie.voeg_samen(riet.id, riet.id)


def test_rondreis_met_cirkels() -> None:
    sessie, *_ = _sessie()
    assert decodeer(Path("c.toml"), codeer(sessie)) == sessie


def test_ringlabel_met_windows_regeleinde_overleeft_de_rondreis() -> None:
    """Found by hypothesis: a pasted label ending in \\r\\n must not break the TOML writer."""
    cirkel = Cirkel(soort="sociogram", titel="x", ringen=["a\r\n", "b\rc", "d"])
    assert cirkel.ringen == ["a\n", "b\nc", "d"]
    sessie = Sessie(gezin="x", cirkels=[cirkel])
    assert decodeer(Path("c.toml"), codeer(sessie)) == sessie
