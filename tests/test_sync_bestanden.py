"""Merging at file level: two real files in one data folder (the session and a sync tool's
copy of it), the command `wievraag samenvoegen`, schema 3 and its `[sync]` table, a hand edit
seen when the app opens the file, and deleting a session taking the laptop's last version."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from wievraag.cli import main
from wievraag.model import SCHEMA, Sessie
from wievraag.store import Opslag, codeer
from wievraag.store.codering import decodeer, lees
from wievraag.store.laatst import pad_van


def _bewerk(opslag: Opslag, pad: Path, naam: str, **velden: object) -> None:
    bestand = opslag.open(pad)
    try:
        persoon = bestand.sessie.zoek_persoon(naam)
        assert persoon is not None
        for veld, waarde in velden.items():
            setattr(persoon, veld, waarde)
        bestand.sessie.raak_aan()
        assert bestand.opslaan()
    finally:
        bestand.sluit()


@pytest.fixture
def sessie_met_kopie(opslag: Opslag) -> tuple[str, Path, Path]:
    sessie = Sessie(gezin="Gezin Zonnebloem")
    sessie.noem("Oma Riet (oma), Karim (buurman)")
    pad = opslag.voeg_toe(sessie)
    _bewerk(opslag, pad, "Karim", relatie="buurman van 3")
    kopie = pad.with_name(f"{sessie.id}-LAPTOP-B.toml")
    shutil.copy2(pad, kopie)
    return sessie.id, pad, kopie


def test_schema_met_sync_tabel_aan_het_eind(
    opslag: Opslag, sessie_met_kopie: tuple[str, Path, Path]
) -> None:
    _, pad, _ = sessie_met_kopie
    tekst = pad.read_text()
    assert tekst.startswith(f"schema = {SCHEMA}\n")
    body, _, rest = tekst.partition("\n[sync]\n")
    assert "[sync" not in body and "[[personen]]" in body
    assert all(
        not regel.startswith("[") or regel.startswith("[sync") for regel in rest.splitlines()
    )
    tabel = tomllib.loads(tekst)["sync"]
    assert set(tabel) >= {"hash", "klokken", "velden", "weg"}
    assert any(p.endswith("/relatie") for p in tabel["velden"])


def test_ouder_schema_2_wordt_gemigreerd(opslag: Opslag) -> None:
    sessie = Sessie(gezin="Gezin Oud")
    tekst = codeer(sessie).decode().replace(f"schema = {SCHEMA}", "schema = 2")
    pad = opslag.zorg_voor_map() / f"{sessie.id}.toml"
    pad.write_text(tekst)
    bestand = opslag.open(pad)
    try:
        assert bestand.sessie.schema_versie == SCHEMA and bestand.sync.stempels == {}
        bestand.sessie.noem("Oma Riet")
        assert bestand.opslaan()
    finally:
        bestand.sluit()
    assert pad.read_text().startswith(f"schema = {SCHEMA}") and "\n[sync]\n" in pad.read_text()


def test_een_oudere_app_zegt_nieuwere_wievraag(
    sessie_met_kopie: tuple[str, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import wievraag.model

    _, pad, _ = sessie_met_kopie
    monkeypatch.setattr(wievraag.model, "SCHEMA", 2)  # the app as it was before schema 3
    with pytest.raises(Exception, match="nieuwere wievraag"):
        decodeer(pad, pad.read_bytes())


def test_handwerk_bij_openen_gestempeld(
    opslag: Opslag, sessie_met_kopie: tuple[str, Path, Path]
) -> None:
    _, pad, kopie = sessie_met_kopie
    kopie.unlink()
    pad.write_text(
        pad.read_text().replace('relatie = "buurman van 3"', 'relatie = "buurman van 5"')
    )
    assert lees(pad, pad.read_bytes()).met_de_hand
    bestand = opslag.open(pad)
    try:
        assert bestand.met_de_hand == 1
        karim = bestand.sessie.zoek_persoon("Karim")
        assert karim is not None
        assert bestand.sync.stempels[f"personen/{karim.id}/relatie"].apparaat
        assert bestand.opslaan()  # the stamp of the hand edit is saved
    finally:
        bestand.sluit()
    gelezen = lees(pad, pad.read_bytes())
    daarna = gelezen.sessie.zoek_persoon("Karim")
    assert not gelezen.met_de_hand and daarna is not None and daarna.relatie == "buurman van 5"


def test_samenvoegen_vanaf_de_opdrachtregel(
    opslag: Opslag, sessie_met_kopie: tuple[str, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    sid, pad, kopie = sessie_met_kopie
    _bewerk(opslag, pad, "Oma Riet", toestemming="ja", telefoon="06-1")
    _bewerk(opslag, kopie, "Oma Riet", toestemming="nee")  # the other laptop's version
    _bewerk(opslag, kopie, "Karim", notities="Heeft een busje.")
    assert main(["samenvoegen", sid]) == 1  # a question is open
    uit = capsys.readouterr().out
    assert "1 kopie samengevoegd" in uit and "1 vraag voor jou" in uit
    assert "oma: toestemming (twee waarden)" in uit
    assert "Oma Riet" not in uit  # no names on the terminal
    assert not kopie.exists()
    sessie = opslag.laad(pad)
    assert sessie.zoek_persoon("Karim").notities == "Heeft een busje."  # type: ignore[union-attr]
    assert sessie.zoek_persoon("Oma Riet").telefoon == "06-1"  # type: ignore[union-attr]
    # Again: nothing more to merge, and the question is still open (exit 1).
    assert main(["samenvoegen", sid]) == 1
    assert "1 vraag voor jou" in capsys.readouterr().out


def test_samenvoegen_zonder_conflict_geeft_0(
    opslag: Opslag, sessie_met_kopie: tuple[str, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, pad, kopie = sessie_met_kopie
    _bewerk(opslag, pad, "Oma Riet", telefoon="06-1")
    _bewerk(opslag, kopie, "Karim", telefoon="06-2")
    assert main(["samenvoegen", "Zonnebloem"]) == 0
    assert not kopie.exists()
    assert [p.name for p in opslag.map.iterdir()] == [pad.name]


def test_wissen_neemt_de_laatste_versie_mee(
    opslag: Opslag, sessie_met_kopie: tuple[str, Path, Path]
) -> None:
    _, pad, _ = sessie_met_kopie
    assert pad_van(pad.name).exists()
    assert any("laatste versie" in s for s in opslag.sporen(pad))
    assert opslag.verwijder(pad) == []
    assert not pad_van(pad.name).exists()


def test_versleutelde_kopie_wordt_samengevoegd_en_blijft_versleuteld(opslag: Opslag) -> None:
    """Encrypted folders: the copy is decrypted in memory, merged, and the session written
    encrypted again; no name is readable anywhere, also not in this laptop's last version."""
    from wievraag.store.versies import voeg_kopieen_samen
    from wievraag.versleuteling import MAGIE

    sessie = Sessie(gezin="Gezin Zonnebloem")
    sessie.noem("Oma Riet (oma), Karim (buurman)")
    opslag.voeg_toe(sessie)
    opslag.versleutel("paardenbloem 42")
    [pad] = opslag.bestanden()
    assert pad.suffix == ".wvs"
    _bewerk(opslag, pad, "Karim", relatie="buurman van 3")
    kopie = pad.with_name(f"{sessie.id}-LAPTOP-B.wvs")
    shutil.copy2(pad, kopie)
    _bewerk(opslag, pad, "Oma Riet", telefoon="06-1")
    _bewerk(opslag, kopie, "Karim", telefoon="06-2")
    uit = voeg_kopieen_samen(opslag, pad)
    assert uit.samengevoegd == [kopie] and not kopie.exists()
    assert pad.read_bytes().startswith(MAGIE)
    samen = opslag.laad(pad)
    assert samen.zoek_persoon("Oma Riet").telefoon == "06-1"  # type: ignore[union-attr]
    assert samen.zoek_persoon("Karim").telefoon == "06-2"  # type: ignore[union-attr]
    for bestand in [pad, pad_van(pad.name)]:
        inhoud = bestand.read_bytes()
        assert inhoud.startswith(MAGIE) and b"Karim" not in inhoud


def test_verwijderd_maar_elders_nog_genoemd_komt_terug(opslag: Opslag) -> None:
    """Integrity after a merge: a person deleted on one laptop but named in a new answer on the
    other comes back (asked), so the model never refuses the merged file."""
    from wievraag.model import Antwoord
    from wievraag.store.versies import voeg_kopieen_samen

    sessie = Sessie(gezin="Gezin Zonnebloem")
    sessie.noem("Oma Riet (oma), Karim (buurman)")
    pad = opslag.voeg_toe(sessie)
    kopie = pad.with_name(f"{sessie.id}.sync-conflict-20261122-101010-ABCDEFG.toml")
    shutil.copy2(pad, kopie)
    karim = sessie.zoek_persoon("Karim")
    assert karim is not None
    bestand = opslag.open(pad)
    try:
        bestand.sessie.verwijder_persoon(karim.id)
        assert bestand.opslaan()
    finally:
        bestand.sluit()
    bestand = opslag.open(kopie)
    try:
        bestand.sessie.antwoorden.append(
            Antwoord(vraag="b2-01", antwoord="De buurman.", personen=[karim.id])
        )
        assert bestand.opslaan()
    finally:
        bestand.sluit()
    uit = voeg_kopieen_samen(opslag, pad)
    samen = opslag.laad(pad)
    assert samen.persoon(karim.id) is not None
    assert [a.personen for a in samen.antwoorden] == [[karim.id]]
    assert [(c.pad, c.soort) for c in uit.conflicten] == [(f"personen/{karim.id}", "weg")]
    assert not kopie.exists()


def test_bezoeken_op_beide_laptops_samen(opslag: Opslag) -> None:
    from datetime import date

    from wievraag.store.versies import voeg_kopieen_samen

    sessie = Sessie(gezin="Gezin Zonnebloem", bezoeken=[date(2026, 11, 1)])
    pad = opslag.voeg_toe(sessie)
    kopie = pad.with_name(f"{sessie.id} (1).toml")
    shutil.copy2(pad, kopie)
    for bestand_pad, dag in ((pad, date(2026, 11, 20)), (kopie, date(2026, 11, 18))):
        bestand = opslag.open(bestand_pad)
        try:
            bestand.sessie.noteer_bezoek(dag)
            assert bestand.opslaan()
        finally:
            bestand.sluit()
    uit = voeg_kopieen_samen(opslag, pad)
    assert uit.conflicten == []
    assert opslag.laad(pad).bezoeken == [date(2026, 11, 1), date(2026, 11, 18), date(2026, 11, 20)]


def test_andere_versie_komt_binnen_terwijl_de_sessie_open_is(opslag: Opslag) -> None:
    """The sync tool replaces the open session's file with the other laptop's version: the
    save refuses (ExternGewijzigd) and merging keeps both, without a new session."""
    from wievraag.store import ExternGewijzigd

    sessie = Sessie(gezin="Gezin Zonnebloem")
    sessie.noem("Oma Riet (oma), Karim (buurman)")
    pad = opslag.voeg_toe(sessie)
    _bewerk(opslag, pad, "Karim", relatie="buurman van 3")
    andere = Opslag(opslag.data.parent / "laptop-b", apparaat="laptopb00")
    andere.zorg_voor_map()
    shutil.copy2(pad, andere.map / pad.name)
    _bewerk(andere, andere.map / pad.name, "Karim", telefoon="06-2")
    bestand = opslag.open(pad)
    try:
        oma = bestand.sessie.zoek_persoon("Oma Riet")
        assert oma is not None
        oma.toestemming = "ja"
        shutil.copy2(andere.map / pad.name, pad)  # the sync tool, while the file is open
        with pytest.raises(ExternGewijzigd):
            bestand.opslaan()
        uit = bestand.voeg_samen_met_schijf()
        assert uit.staat.conflicten == []
    finally:
        bestand.sluit()
    samen = opslag.laad(pad)
    assert samen.zoek_persoon("Oma Riet").toestemming == "ja"  # type: ignore[union-attr]
    assert samen.zoek_persoon("Karim").telefoon == "06-2"  # type: ignore[union-attr]
    assert [p.name for p in opslag.map.iterdir()] == [pad.name]
