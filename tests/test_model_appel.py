"""The appèl in the model: its rules, its links into the one register, and older files."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from tests.bronnen import seeds_map
from wievraag.fouten import BestandFout
from wievraag.model import Antwoord, Appel, Sessie
from wievraag.model.appel import Bespreek, Herken, Overweeg, Verleg
from wievraag.store import codeer, decodeer
from wievraag.vragen import lees_bank

SEEDS = seeds_map()


def sessie_met_appel() -> tuple[Sessie, Appel]:
    """A fictional session with one appèl that uses every field, passed on to two people."""
    sessie = Sessie(gezin="Gezin Libel")
    oma, _ = sessie.persoon_voor("Oma Riet", "oma")
    karim, _ = sessie.persoon_voor("Karim", "buurman")
    appel = Appel(
        van="gezin",
        soort="gekregen",
        verzoek="Moeder vraagt of ik de kinderen naar school breng",
        stap=4,
        herken=Herken(gevoel="Ik wil het meteen regelen.\nDat is snel."),
        overweeg=Overweeg(
            nu="ja", lange_termijn="nee", als_niet="Dan komen ze te laat.", enige="nee"
        ),
        bespreek=Bespreek(met="moeder", gezegd="Je vraagt aan mij om…", antwoord="Ik ben moe."),
        verleg=Verleg(doen=[karim.id], meedenken=[oma.id, karim.id]),
        uitkomst="verlegd",
    )
    for stap in ("herken", "overweeg", "bespreek", "verleg"):
        appel.stempel(stap)
    sessie.appels.append(appel)
    sessie.antwoorden.append(
        Antwoord(
            vraag="b2-46",
            vraag_tekst="Wie kan jou helpen om de situatie te veranderen?",
            personen=[oma.id],
            appel=appel.id,
            tijd=appel.tijd + timedelta(minutes=5),
        )
    )
    return sessie, appel


def test_rondreis_met_appel() -> None:
    sessie, _ = sessie_met_appel()
    data = codeer(sessie)
    assert decodeer(Path("x.toml"), data) == sessie
    tekst = data.decode()
    assert "[[appels]]" in tekst and "[appels.overweeg]" in tekst


def test_ouder_bestand_zonder_appels_laadt_nog() -> None:
    """Written before appèls existed (schema 1, no [[appels]], answers without `appel`)."""
    oud = (
        "schema = 1\n"
        'id = "20260101-abcdef12"\n'
        'gezin = "Gezin Oud"\n'
        "aangemaakt = 2026-01-01T10:00:00+01:00\n"
        "gewijzigd = 2026-01-01T10:00:00+01:00\n"
        "bezoeken = [2026-01-01]\n\n"
        '[[personen]]\nid = "p-00000001"\nnaam = "Ans"\n\n'
        '[[antwoorden]]\nid = "a-00000001"\nvraag = "b2-01"\npersonen = ["p-00000001"]\n'
        "tijd = 2026-01-01T10:05:00+01:00\n"
    )
    sessie = decodeer(Path("oud.toml"), oud.encode())
    assert sessie.appels == []
    assert sessie.antwoorden[0].appel is None
    assert decodeer(Path("oud.toml"), codeer(sessie)) == sessie


def test_appel_noemt_onbekende_persoon() -> None:
    with pytest.raises(ValidationError, match="p-nergens"):
        Sessie(gezin="x", appels=[Appel(verleg=Verleg(meedenken=["p-nergens"]))])


def test_antwoord_bij_onbekend_appel() -> None:
    with pytest.raises(ValidationError, match="ap-nergens"):
        Sessie(gezin="x", antwoorden=[Antwoord(vraag="b2-01", appel="ap-nergens")])


def test_dubbel_appel_id() -> None:
    with pytest.raises(ValidationError, match="twee keer"):
        Sessie(gezin="x", appels=[Appel(id="ap-1"), Appel(id="ap-1")])


def test_onbekende_waarde_in_bestand_geeft_nette_melding() -> None:
    sessie, _ = sessie_met_appel()
    tekst = codeer(sessie).decode().replace('uitkomst = "verlegd"', 'uitkomst = "vergeten"')
    with pytest.raises(BestandFout, match="uitkomst"):
        decodeer(Path("x.toml"), tekst.encode())


def test_verwijder_persoon_ruimt_appel_op() -> None:
    sessie, appel = sessie_met_appel()
    karim = sessie.zoek_persoon("karim")
    assert karim is not None
    sessie.verwijder_persoon(karim.id)
    assert karim.id not in appel.verleg.doen + appel.verleg.meedenken
    assert appel.verleg.meedenken == [p.id for p in sessie.personen if p.naam == "Oma Riet"]
    Sessie.model_validate(sessie.model_dump(by_alias=True))  # still consistent


def test_verwijder_appel_laat_antwoord_staan_zonder_link() -> None:
    sessie, appel = sessie_met_appel()
    sessie.verwijder_appel(appel.id)
    assert sessie.appels == []
    assert len(sessie.antwoorden) == 1 and sessie.antwoorden[0].appel is None


def test_herkomst_toont_vragen_en_appels() -> None:
    sessie, appel = sessie_met_appel()
    oma = sessie.zoek_persoon("oma riet")
    karim = sessie.zoek_persoon("karim")
    assert oma is not None and karim is not None
    via_oma = sessie.herkomst(oma.id)
    assert [(h.soort, h.id) for h in via_oma] == [
        ("appel", appel.id),
        ("vraag", sessie.antwoorden[0].id),
    ]  # oldest first: the appèl came before the question asked for it
    assert "kan meedenken" in via_oma[0].tekst
    assert "bij appèl" in via_oma[1].tekst
    [via_karim] = sessie.herkomst(karim.id)  # named twice in one appèl: listed once
    assert "kan het doen" in via_karim.tekst and "kan meedenken" in via_karim.tekst
    nieuw, _ = sessie.persoon_voor("Bo")
    assert sessie.herkomst(nieuw.id) == []


def test_stappen_gedaan_en_tijd_eenmaal() -> None:
    appel = Appel()
    assert not any(appel.gedaan(s) for s in ("herken", "overweeg", "bespreek", "verleg"))
    assert appel.kort == "(nog zonder omschrijving)"
    appel.soort = "gevoeld"
    assert appel.gedaan("herken")  # received or felt is already recognising it
    appel.overweeg.als_niet = "Dan blijft de afwas staan."
    assert appel.gedaan("overweeg") and not appel.gedaan("bespreek")
    appel.stempel("overweeg")
    eerst = appel.overweeg.tijd
    assert eerst is not None
    appel.stempel("overweeg")
    assert appel.overweeg.tijd == eerst  # when the step was taken, not last touched
    appel.herken.gevoel = "  Ik wil   opruimen.\n"
    assert appel.kort == "Ik wil opruimen."
    assert appel.personen() == []


def test_stap_buiten_bereik_geweigerd() -> None:
    with pytest.raises(ValidationError, match=r"stap\n.*less than or equal to 4"):
        Appel(stap=5)


# -- the prompts in the question bank ------------------------------------------------------


def test_bank_heeft_de_vier_stappen() -> None:
    stappen = lees_bank().appel_stappen
    assert [s.id for s in stappen] == ["herken", "overweeg", "bespreek", "verleg"]
    assert [len(s.vragen) for s in stappen] == [1, 3, 4, 2]
    assert all(s.bron == "001 §2.5" and s.uitleg for s in stappen)
    # Organisation and chain (§2.2, §2.3) are the trainers' background in the explanations.
    uitleg = " ".join(s.uitleg for s in stappen)
    assert "§2.2" in uitleg and "§2.3" in uitleg
    assert "niets doen" in (lees_bank().appel_stap("verleg") or stappen[0]).tip


@pytest.mark.skipif(SEEDS is None, reason="seeds liggen naast de repository")
def test_stapvragen_woordelijk_uit_paragraaf_2_5() -> None:
    assert SEEDS is not None
    bron = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")
    paragraaf = bron[bron.index("## 2.5") : bron.index("### 3 Netwerk")]
    schoon = " ".join(paragraaf.split())
    for stap in lees_bank().appel_stappen:
        assert stap.titel in schoon, stap.id
        for vraag in stap.vragen:
            assert " ".join(vraag.split()) in schoon, (stap.id, vraag)


_BANK = (
    'versie = 1\n[[themas]]\nid = "a"\nnaam = "A"\n'
    '[[vragen]]\nid = "x"\nthema = "a"\ntekst = "Wie?"\n'
)


def _stap(id: str, vragen: int) -> str:
    lijst = ", ".join(f'"v{n}?"' for n in range(vragen))
    return (
        f'[[appel_stappen]]\nid = "{id}"\ntitel = "T"\nvragen = [{lijst}]\n'
        'uitleg = "U"\nbron = "B"\n'
    )


@pytest.mark.parametrize(
    ("stappen", "melding"),
    [
        ([("herken", 1), ("overweeg", 3), ("bespreek", 4)], "in die volgorde"),
        ([("overweeg", 3), ("herken", 1), ("bespreek", 4), ("verleg", 2)], "in die volgorde"),
        ([("herken", 1), ("overweeg", 2), ("bespreek", 4), ("verleg", 2)], "precies 3 vragen"),
    ],
)
def test_onvolledige_stappen_worden_gemeld(
    tmp_path: Path, stappen: list[tuple[str, int]], melding: str
) -> None:
    pad = tmp_path / "vragen.toml"
    pad.write_text(_BANK + "".join(_stap(i, n) for i, n in stappen), encoding="utf-8")
    with pytest.raises(BestandFout, match=re.escape(melding)):
        lees_bank(pad)
