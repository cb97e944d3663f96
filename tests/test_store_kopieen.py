"""Sync copies (issue 16): recognised by name, listed with their original, deleted alone;
deleting a session takes every copy of it and `wis` says only what it checked."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path

import pytest

from wievraag import cli
from wievraag.model import Persoon, Sessie
from wievraag.model.sessie import SESSIE_ID
from wievraag.store import Opslag, codeer, kopieen
from wievraag.store.kopieen import lees_naam

ID = "20261122-0a1b2c3d"


@pytest.mark.parametrize(
    ("naam", "stam", "soort"),
    [
        (f"{ID}.toml", ID, None),
        (f"{ID}.wvs", ID, None),
        (f"{ID}.sync-conflict-20261122-101010-ABCDEFG.toml", ID, "Syncthing"),
        (f"{ID}-LAPTOP-PC.toml", ID, "OneDrive of SharePoint"),
        (f"{ID}-LAPTOP-PC-2.wvs", ID, "OneDrive of SharePoint"),
        (f"{ID} (Laptop's conflicted copy 2026-11-22).toml", ID, "Dropbox"),
        (f"{ID} (Conflicterende kopie van Laptop 2026-11-22).toml", ID, "Dropbox"),
        (f"{ID} (conflicted copy 2026-11-22 101010).toml", ID, "Nextcloud"),
        (f"{ID} (conflicted copy jan 2026-11-22 101010).toml", ID, "Nextcloud"),
        (f"{ID}_conflict-20261122-101010.toml", ID, "Nextcloud"),
        (f"{ID}_conf(1).toml", ID, "Google Drive"),
        (f"{ID} (1).toml", ID, "een kopie"),
        (f"{ID}(2).toml", ID, "een kopie"),
        (f"{ID} - Kopie.toml", ID, "een kopie"),
        (f"{ID} - Copy (2).toml", ID, "een kopie"),
        (f"Kopie van {ID}.toml", ID, "een kopie"),
        (f"Copy of {ID}.toml", ID, "een kopie"),
        (f"{ID}.evil.toml", ID, "een kopie"),
        ("20260101-kapot.toml", "20260101-kapot", None),
        ("20260101-kapot (1).toml", "20260101-kapot", "een kopie"),
        ("eigen-naam.sync-conflict-20261122-101010-ABCDEFG.toml", "eigen-naam", "Syncthing"),
        ("eigen-naam.toml", "eigen-naam", None),
    ],
)
def test_namen_van_kopieen(naam: str, stam: str, soort: str | None) -> None:
    gelezen = lees_naam(naam)
    assert (gelezen.stam, gelezen.kopie) == (stam, soort)


def test_een_patroon_voor_het_id() -> None:
    assert kopieen.SESSIE_ID.pattern == SESSIE_ID.pattern
    assert SESSIE_ID.fullmatch(Sessie(gezin="x").id)


def _sessie_met_kopieen(opslag: Opslag) -> tuple[Sessie, Path, dict[str, bytes]]:
    """A session, a newer copy with one person more (OneDrive), and copies that do not read
    (half-synced): every copy holds the family's names."""
    sessie = Sessie(gezin="Gezin Zwaluw")
    sessie.personen.append(Persoon(naam="Tante Fientje"))
    opslag.zorg_voor_map()
    pad = opslag.pad_voor(sessie)
    pad.write_bytes(codeer(sessie))
    nieuwer = sessie.model_copy(deep=True)
    nieuwer.personen.append(Persoon(naam="Buurman Teun"))
    nieuwer.gewijzigd = sessie.gewijzigd + timedelta(hours=1)
    kopie = codeer(nieuwer)
    bestanden = {
        f"{sessie.id}-LAPTOP-PC.toml": kopie,
        f"{sessie.id}.sync-conflict-20261122-101010-ABCDEFG.toml": kopie[: len(kopie) // 2]
        + b"\n[[personen",  # half-synced: cut off
        f"{sessie.id} (1).toml": b"\x00\x01 Tante Fientje",
    }
    for naam, data in bestanden.items():
        (opslag.map / naam).write_bytes(data)
    return sessie, pad, bestanden


def test_lijst_zet_origineel_voor_zijn_kopie_met_het_verschil(opslag: Opslag) -> None:
    sessie, pad, _ = _sessie_met_kopieen(opslag)
    andere = opslag.nieuw("Gezin Merel")
    lijst = opslag.lijst()
    goed = [i for i in lijst.items if not i.fout]
    # The copy is the newest file of all, and still comes right after its original.
    assert [i.naam for i in goed] == [
        pad.name,
        f"{sessie.id}-LAPTOP-PC.toml",
        opslag.pad_voor(andere).name,
    ]
    kopie = goed[1]
    assert kopie.is_kopie and not goed[0].is_kopie
    assert lijst.origineel(kopie) == goed[0]
    assert kopieen.verschil(kopie, goed[0]) == "nieuwer dan het origineel, 1 persoon meer"
    assert kopieen.verschil(goed[0], kopie) == "ouder dan het origineel, 1 persoon minder"


def test_kopie_verwijderen_laat_het_origineel(opslag: Opslag) -> None:
    sessie, pad, bestanden = _sessie_met_kopieen(opslag)
    voor = pad.read_bytes()
    kopie = opslag.map / f"{sessie.id}-LAPTOP-PC.toml"
    plan = opslag.wat_weg_gaat(kopie)
    assert plan.bestanden == [kopie] and not plan.hele_sessie
    sporen = opslag.sporen(plan)
    assert kopie.name in sporen[0] and not any(pad.name in s for s in sporen)
    assert opslag.verwijder(plan) == []
    assert not kopie.exists() and pad.read_bytes() == voor
    assert {p.name for p in opslag.map.iterdir()} == {pad.name} | set(bestanden) - {kopie.name}


def test_wis_van_een_kopie_wist_alleen_die(
    opslag: Opslag, capsys: pytest.CaptureFixture[str]
) -> None:
    sessie, pad, _ = _sessie_met_kopieen(opslag)
    voor = pad.read_bytes()
    assert cli.main(["wis", f"{sessie.id}-LAPTOP-PC", "--ja"]) == 0
    uit = capsys.readouterr().out
    assert "Alleen de kopie" in uit and "het origineel blijft" in uit
    assert pad.read_bytes() == voor
    assert not (opslag.map / f"{sessie.id}-LAPTOP-PC.toml").exists()
    assert len(list(opslag.map.iterdir())) == 3


def _met_naam(map_: Path, namen: list[str]) -> list[str]:
    """Every file under `map_` whose name or content holds one of `namen` (grep -r)."""
    uit = []
    for wortel, _, bestanden in os.walk(map_):
        for naam in bestanden:
            pad = Path(wortel) / naam
            inhoud = pad.read_bytes() if pad.is_file() else b""
            if any(n in naam or n.encode() in inhoud for n in namen):
                uit.append(str(pad))
    return uit


def test_wis_van_een_sessie_neemt_leesbare_en_onleesbare_kopieen_mee(
    opslag: Opslag, capsys: pytest.CaptureFixture[str]
) -> None:
    sessie, pad, bestanden = _sessie_met_kopieen(opslag)
    opslag.open(pad).sluit()  # a lock file named after the session
    opslag.nieuw("Gezin Merel")
    opslag.lijst()  # the index holds the label
    namen = [sessie.id, "Gezin Zwaluw", "Tante Fientje", "Buurman Teun"]
    assert len(_met_naam(opslag.data, namen)) >= 5
    assert cli.main(["wis", "zwaluw", "--ja"]) == 0
    uit = capsys.readouterr().out
    for naam in [pad.name, *bestanden]:
        assert naam in uit  # the confirmation named every file that went
    assert "Verwijderd en nagekeken" in uit
    assert _met_naam(opslag.data, namen) == []
    assert [i.gezin for i in opslag.lijst().items] == ["Gezin Merel"]


def test_wis_meldt_wat_er_nog_is(opslag: Opslag, capsys: pytest.CaptureFixture[str]) -> None:
    sessie, pad, _ = _sessie_met_kopieen(opslag)
    (opslag.map / f"{sessie.id} (2).toml").mkdir()  # named like a copy; never removed
    assert cli.main(["wis", sessie.id, "--ja"]) == 1
    fout = capsys.readouterr().err
    assert "Niet alles is weg" in fout and f"{sessie.id} (2).toml" in fout and "map" in fout
    assert not pad.exists()


def test_kopie_openen_verandert_niets(opslag: Opslag) -> None:
    sessie, _, _ = _sessie_met_kopieen(opslag)
    kopie = opslag.map / f"{sessie.id}-LAPTOP-PC.toml"
    voor = kopie.read_bytes()
    stempel = kopie.stat().st_mtime_ns
    bestand = opslag.open(kopie)
    bestand.sessie.noteer_bezoek(bestand.sessie.gewijzigd.date() + timedelta(days=3))
    bestand.basis()  # what the app does on opening on a new day
    assert not bestand.veranderd() and not bestand.opslaan()
    bestand.sluit()
    time.sleep(0.01)
    assert kopie.read_bytes() == voor and kopie.stat().st_mtime_ns == stempel


def test_lijst_in_de_shell_noemt_de_kopie_en_het_verschil(
    opslag: Opslag, capsys: pytest.CaptureFixture[str]
) -> None:
    sessie, _, _ = _sessie_met_kopieen(opslag)
    assert cli.main(["lijst"]) == 0
    regels = capsys.readouterr().out.splitlines()
    assert regels[0].startswith(sessie.id) and "kopie" not in regels[0]
    assert "[een kopie van OneDrive of SharePoint" in regels[1]
    assert "nieuwer dan het origineel, 1 persoon meer]" in regels[1]


def test_hernoemde_kopie_hoort_bij_de_sessie_van_zijn_id(opslag: Opslag) -> None:
    sessie, pad, _ = _sessie_met_kopieen(opslag)
    hernoemd = opslag.map / "20261122-ffffffff.toml"
    hernoemd.write_bytes(pad.read_bytes())
    opslag.nieuw("Gezin Merel")
    lijst = opslag.lijst()
    namen = [i.naam for i in lijst.items if not i.fout]
    plek = namen.index(pad.name)
    assert set(namen[plek + 1 : plek + 3]) == {hernoemd.name, f"{sessie.id}-LAPTOP-PC.toml"}
    [item] = [i for i in lijst.items if i.naam == hernoemd.name]
    assert item.is_kopie and lijst.origineel(item) is not None
    assert "id erin" in kopieen.omschrijf(item)


def test_wis_op_naam_als_alleen_de_kopie_te_lezen_is(
    opslag: Opslag, capsys: pytest.CaptureFixture[str]
) -> None:
    """The original is damaged, its copy reads: the family's label still means the session."""
    _, pad, _ = _sessie_met_kopieen(opslag)
    pad.write_bytes(b"schema = 2\ngezin = [\n")
    assert cli.main(["wis", "Gezin Zwaluw", "--ja"]) == 0
    assert list(opslag.map.iterdir()) == []
    assert pad.name in capsys.readouterr().out
