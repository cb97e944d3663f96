from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path

import pytest

from tests.conftest import voorbeeld_sessie
from wievraag import store
from wievraag.fouten import BestandFout
from wievraag.model import SCHEMA, Sessie
from wievraag.store import ExternGewijzigd, Opslag, SessieInGebruik, codeer, decodeer, vorm


def _bewaar(opslag: Opslag, sessie: Sessie) -> Path:
    opslag.zorg_voor_map()
    pad = opslag.pad_voor(sessie)
    pad.write_bytes(codeer(sessie))
    return pad


def test_rondreis_alle_velden() -> None:
    sessie = voorbeeld_sessie()
    data = codeer(sessie)
    assert decodeer(Path("x.toml"), data) == sessie
    tekst = data.decode()
    assert f"schema = {SCHEMA}" in tekst
    assert "[[personen]]" in tekst and "[[antwoorden]]" in tekst
    assert 'Misschien oma.\nOf de "buurman".' in tekst.replace('\\"', '"')  # readable multi-line


def test_nieuw_maakt_prive_bestand_en_map(opslag: Opslag) -> None:
    sessie = opslag.nieuw("Gezin A")
    pad = opslag.pad_voor(sessie)
    assert pad.exists()
    if sys.platform != "win32":
        assert stat.S_IMODE(pad.stat().st_mode) == 0o600
        assert stat.S_IMODE(opslag.map.stat().st_mode) == 0o700
        assert stat.S_IMODE(opslag.data.stat().st_mode) == 0o700
    assert "Gezin A" not in pad.name  # no family label in file names


def test_atomisch_schrijven_laat_oud_bestand_heel_bij_fout(
    opslag: Opslag, monkeypatch: pytest.MonkeyPatch
) -> None:
    sessie = opslag.nieuw("Gezin A")
    pad = opslag.pad_voor(sessie)
    voor = pad.read_bytes()
    bestand = opslag.open(pad)
    bestand.sessie.persoon_voor("Nieuwe Naam")

    def kapot(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", kapot)
    with pytest.raises(OSError, match="No space left on device"):
        bestand.opslaan()
    assert pad.read_bytes() == voor
    assert [p.name for p in opslag.map.iterdir()] == [pad.name]  # no temp file left behind
    monkeypatch.undo()
    assert bestand.opslaan()  # still in memory: the retry writes it
    assert "Nieuwe Naam" in pad.read_text()
    bestand.sluit()


def test_replace_mislukt_laat_oud_bestand_heel(
    opslag: Opslag, monkeypatch: pytest.MonkeyPatch
) -> None:
    sessie = opslag.nieuw("Gezin A")
    pad = opslag.pad_voor(sessie)
    voor = pad.read_bytes()

    def kapot(*_: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", kapot)
    sessie.gezin = "Anders"
    with pytest.raises(PermissionError, match="Permission denied"):
        vorm.schrijf(pad, codeer(sessie))
    assert pad.read_bytes() == voor


@pytest.mark.parametrize(
    ("inhoud", "verwacht", "regel"),
    [
        ('schema = 1\nid = "x"\ngezin = "A\n', "geen geldige TOML", 3),
        ("schema = 1\nid = 'x'\ngezin = [\n", "onafgemaakte waarde", 3),
        ("schema = 99\nid = 'x'\ngezin = 'A'\n", "nieuwere wievraag", 1),
        ("id = 'x'\ngezin = 'A'\n", "schema", None),
        (
            "schema = 1\nid = '20260101-0000000c'\ngezin = 'A'\nkleur = 'rood'\n"
            "aangemaakt = 2026-01-01T10:00:00+01:00\ngewijzigd = 2026-01-01T10:00:00+01:00\n",
            "kleur: onbekende sleutel",
            4,
        ),
        (
            "schema = 1\nid = '20260101-0000000c'\ngezin = 'A'\n\n"
            "[[personen]]\nid = 'p-1'\nnaam = 'B'\n\n"
            "[[personen]]\nid = 'p-2'\nnaam = 'C'\ntoestemming = 'misschien'\n",
            "personen[2].toestemming: ongeldige waarde; kies uit 'niet-gevraagd', 'ja' of 'nee'",
            12,
        ),
        (b"\xff\xfe".decode("latin-1"), "geen geldige TOML", None),
    ],
)
def test_onleesbaar_bestand_geeft_melding_en_blijft_onaangeroerd(
    opslag: Opslag, inhoud: str, verwacht: str, regel: int | None
) -> None:
    opslag.zorg_voor_map()
    pad = opslag.map / "20260101-kapot.toml"
    pad.write_text(inhoud, encoding="utf-8")
    voor = pad.read_bytes()
    [item] = opslag.lijst().items
    assert item.fout is not None
    assert pad.name in item.fout
    assert verwacht in item.fout
    if regel is not None:
        assert f"regel {regel}" in item.fout
    with pytest.raises(BestandFout, match=f"^{re.escape(item.fout)}$"):
        opslag.open(pad)
    assert pad.read_bytes() == voor


def test_geen_utf8(opslag: Opslag) -> None:
    opslag.zorg_voor_map()
    pad = opslag.map / "x.toml"
    pad.write_bytes(b"gezin = '\xff'\n")
    [item] = opslag.lijst().items
    assert item.fout and "UTF-8" in item.fout


def test_slechte_bestanden_houden_de_rest_niet_tegen(opslag: Opslag) -> None:
    goed = opslag.nieuw("Gezin Goed")
    (opslag.map / "kapot.toml").write_text("dit = [", encoding="utf-8")
    lijst = opslag.lijst().items
    assert [i.gezin for i in lijst if not i.fout] == ["Gezin Goed"]
    assert lijst[0].id == goed.id  # readable ones first
    assert lijst[-1].fout


def test_migratie_bij_ouder_schema(opslag: Opslag, monkeypatch: pytest.MonkeyPatch) -> None:
    oud = codeer(voorbeeld_sessie()).decode().replace(f"schema = {SCHEMA}", "schema = 0")
    oud = oud.replace("gezin =", "familie =")

    def van_0(ruw: dict[str, object]) -> dict[str, object]:
        ruw["gezin"] = ruw.pop("familie")
        return ruw

    monkeypatch.setitem(store.MIGRATIES, 0, van_0)
    sessie = decodeer(Path("oud.toml"), oud.encode())
    assert sessie.gezin == "Gezin Vlinder"
    assert sessie.schema_versie == SCHEMA


def test_ouder_schema_zonder_migratie_geweigerd() -> None:
    oud = codeer(voorbeeld_sessie()).decode().replace(f"schema = {SCHEMA}", "schema = 0")
    with pytest.raises(BestandFout, match="niet meer ondersteund"):
        decodeer(Path("oud.toml"), oud.encode())


def test_tweede_venster_krijgt_de_sessie_niet(opslag: Opslag) -> None:
    sessie = opslag.nieuw("Gezin A")
    pad = opslag.pad_voor(sessie)
    eerste = opslag.open(pad)
    with pytest.raises(SessieInGebruik, match=f"^{sessie.id}$"):
        opslag.open(pad)
    with pytest.raises(SessieInGebruik, match=f"^{sessie.id}$"):
        opslag.verwijder(pad)
    eerste.sluit()
    tweede = opslag.open(pad)
    tweede.sluit()


def test_slot_vervalt_als_proces_sterft(opslag: Opslag) -> None:
    import subprocess

    sessie = opslag.nieuw("Gezin A")
    pad = opslag.pad_voor(sessie)
    code = (
        "import sys, os, time\n"
        "from pathlib import Path\n"
        "from wievraag.store import Opslag\n"
        f"b = Opslag(Path({str(opslag.data)!r})).open(Path({str(pad)!r}))\n"
        "print('open', flush=True)\n"
        "time.sleep(60)\n"
    )
    proces = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proces.stdout is not None
        assert proces.stdout.readline().strip() == "open"
        with pytest.raises(SessieInGebruik, match=f"^{sessie.id}$"):
            opslag.open(pad)
    finally:
        proces.kill()
        proces.wait()
    opslag.open(pad).sluit()  # the OS released the lock of the killed process


def test_externe_wijziging_wordt_niet_overschreven(opslag: Opslag) -> None:
    sessie = opslag.nieuw("Gezin A")
    pad = opslag.pad_voor(sessie)
    bestand = opslag.open(pad)
    hand = pad.read_text().replace('gezin = "Gezin A"', 'gezin = "Gezin B"')
    pad.write_text(hand + "\n")
    bestand.sessie.persoon_voor("Ans")
    with pytest.raises(ExternGewijzigd, match=f"^{re.escape(pad.name)}$"):
        bestand.opslaan()
    assert 'gezin = "Gezin B"' in pad.read_text()
    kopie = bestand.bewaar_als_kopie()
    assert "Ans" in kopie.read_text()
    bestand.herlaad()
    assert bestand.sessie.gezin == "Gezin B"
    bestand.sessie.persoon_voor("Piet")
    assert bestand.opslaan()
    bestand.sluit()
    gezinnen = sorted(i.gezin or "" for i in opslag.lijst().items)
    assert gezinnen == ["Gezin A (kopie)", "Gezin B"]


def test_conflictkopie_van_sync_tool_apart_gemarkeerd(opslag: Opslag) -> None:
    sessie = opslag.nieuw("Gezin A")
    pad = opslag.pad_voor(sessie)
    kopie = pad.with_name(f"{pad.stem}.sync-conflict-20261122-101010-ABCDEF.toml")
    kopie.write_bytes(pad.read_bytes())
    lijst = opslag.lijst().items
    assert len(lijst) == 2
    assert sorted(i.conflict for i in lijst) == [False, True]
    opslag.open(kopie).sluit()  # opens on its own, with its own lock


def test_verwijderen_wist_bestand_en_restanten(opslag: Opslag) -> None:
    sessie = opslag.nieuw("Gezin A")
    pad = opslag.pad_voor(sessie)
    opslag.open(pad).sluit()
    (opslag.map / f".{pad.name}.abc.tmp").write_text("rest")
    opslag.verwijder(pad)
    assert not pad.exists()
    assert list(opslag.map.iterdir()) == []
    assert not any(opslag.data.joinpath(".locks").iterdir())
    assert opslag.lijst().items == []


def test_niets_gewijzigd_niets_geschreven(opslag: Opslag) -> None:
    sessie = opslag.nieuw("Gezin A")
    pad = opslag.pad_voor(sessie)
    bestand = opslag.open(pad)
    assert bestand.opslaan() is False
    bestand.sessie.gezin = "Gezin A2"
    assert bestand.opslaan() is True
    bestand.sluit()


def test_index_wordt_herbouwd_en_volgt_de_bestanden(opslag: Opslag) -> None:
    a = opslag.nieuw("Gezin A")
    opslag.nieuw("Gezin B")
    assert {i.gezin for i in opslag.lijst().items} == {"Gezin A", "Gezin B"}
    index = opslag.data / ".index.json"
    assert index.exists()
    if sys.platform != "win32":
        assert stat.S_IMODE(index.stat().st_mode) == 0o600
    # A change made outside the app (new stamp) is read from the file, not the index.
    pad = opslag.pad_voor(a)
    pad.write_text(pad.read_text().replace("Gezin A", "Gezin A2"))
    assert {i.gezin for i in opslag.lijst().items} == {"Gezin A2", "Gezin B"}
    # A corrupt index (sync tool, crash) is no problem: rebuilt.
    index.write_text("{kapot")
    assert {i.gezin for i in opslag.lijst().items} == {"Gezin A2", "Gezin B"}
    # Deleting a session removes it from the index too (no family label left behind).
    opslag.verwijder(pad)
    assert "Gezin A2" not in index.read_text()
    assert [i.gezin for i in opslag.lijst().items] == ["Gezin B"]


def test_index_gebruikt_na_eerste_keer(opslag: Opslag, monkeypatch: pytest.MonkeyPatch) -> None:
    opslag.nieuw("Gezin A")
    opslag.lijst()
    gelezen: list[Path] = []
    echt = vorm.lees

    def tel(pad: Path) -> bytes:
        gelezen.append(pad)
        return echt(pad)

    monkeypatch.setattr(vorm, "lees", tel)
    assert [i.gezin for i in opslag.lijst().items] == ["Gezin A"]
    assert gelezen == []


def test_tijd_zonder_offset_met_de_hand(opslag: Opslag) -> None:
    a = opslag.nieuw("Gezin A")
    b = opslag.nieuw("Gezin B")
    pad = opslag.pad_voor(b)
    tekst = pad.read_text()
    regel = next(r for r in tekst.splitlines() if r.startswith("gewijzigd"))
    pad.write_text(tekst.replace(regel, "gewijzigd = 2020-01-01T10:00:00"))
    assert [i.gezin for i in opslag.lijst().items] == ["Gezin A", "Gezin B"]
    assert a.id


def test_budget_leest_de_rest_later(opslag: Opslag) -> None:
    for n in range(3):
        opslag.nieuw(f"Gezin {n}")
    (opslag.data / ".index.json").unlink(missing_ok=True)
    eerst = opslag.lijst(budget=-1)  # budget already spent: nothing new is read
    assert eerst.items == [] and eerst.nog_te_lezen == 3
    daarna = opslag.lijst()
    assert len(daarna.items) == 3 and daarna.nog_te_lezen == 0


def test_windows_virusscanner_vervangen_wordt_opnieuw_geprobeerd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wievraag import bestanden

    doel = tmp_path / "s.toml"
    doel.write_text("oud")
    bron = tmp_path / "nieuw.tmp"
    bron.write_text("nieuw")
    pogingen: list[int] = []
    echt = os.replace

    def soms(a: str, b: Path) -> None:
        pogingen.append(1)
        if len(pogingen) < 3:
            raise PermissionError(13, "in gebruik door een ander proces")
        echt(a, b)

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(bestanden, "_REPLACE_PAUZE", 0.0)
    monkeypatch.setattr(os, "replace", soms)
    bestanden._vervang(str(bron), doel)
    assert doel.read_text() == "nieuw" and len(pogingen) == 3


def test_schema_1_wordt_gelezen_en_als_nieuw_schema_bewaard(opslag: Opslag) -> None:
    """A file written before schema 2 opens as it is; the first change saves it in the current
    schema (opening alone writes nothing)."""
    opslag.map.mkdir(parents=True, exist_ok=True)
    pad = opslag.map / "20260101-000000dd.toml"
    pad.write_bytes(b'schema = 1\nid = "20260101-000000dd"\ngezin = "Gezin Oud"\n')
    bestand = opslag.open(pad)
    assert bestand.sessie.schema_versie == SCHEMA == 4
    assert not bestand.opslaan()
    bestand.sessie.gezin = "Gezin Oud-West"
    assert bestand.opslaan()
    bestand.sluit()
    assert b"schema = 4" in pad.read_bytes()
