"""Hostile files (issue 16): every file gets a Dutch answer naming it, nothing hangs or
crashes, and the file is left byte for byte as it was."""

from __future__ import annotations

import ast
import importlib
import os
import re
import struct
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from tests.vijandig import ENGELS, inhoud, maak_alle, sessie_bytes
from wievraag.fouten import BestandFout, toml_uitleg
from wievraag.store import ExternGewijzigd, Opslag, decodeer
from wievraag.versleuteling import MAGIE, VERSIE


def _nederlands(melding: str) -> None:
    for woord in ENGELS:
        assert woord not in melding, melding


def test_elk_vijandig_bestand_krijgt_een_nederlandse_regel(opslag: Opslag) -> None:
    verwacht = maak_alle(opslag.map)
    voor = inhoud(opslag.map)
    begin = time.monotonic()
    items = opslag.lijst().items
    duur = time.monotonic() - begin
    assert {i.naam for i in items} == set(verwacht)
    for item in items:
        assert item.fout is not None, item.naam
        assert item.fout.startswith(item.naam), item.fout
        assert verwacht[item.naam] in item.fout, item.fout
        _nederlands(item.fout)
    assert duur < 5, duur
    assert inhoud(opslag.map) == voor
    for item in items:  # opening for editing: the same answer, the lock let go
        with pytest.raises(BestandFout, match=re.escape(verwacht[item.naam])):
            opslag.open(item.pad)
    assert inhoud(opslag.map) == voor


def test_controleer_over_alle_vijandige_bestanden(data: Path) -> None:
    """`wievraag controleer`: exit 1, one Dutch line per file, in a few seconds."""
    map_ = data / "sessies"
    verwacht = maak_alle(map_)
    voor = inhoud(map_)
    begin = time.monotonic()
    uit = subprocess.run(
        [sys.executable, "-m", "wievraag", "--data", str(data), "controleer"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    duur = time.monotonic() - begin
    assert uit.returncode == 1, uit.stderr
    assert uit.stderr == ""
    regels = [r for r in uit.stdout.splitlines() if r.startswith("✗")]
    assert len(regels) == len(verwacht), uit.stdout
    for naam, stuk in verwacht.items():
        [regel] = [r for r in regels if naam in r]
        assert stuk in regel
        _nederlands(regel)
    assert duur < 10, duur
    lijst = subprocess.run(
        [sys.executable, "-m", "wievraag", "--data", str(data), "lijst"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert lijst.returncode == 0 and lijst.stderr == ""
    assert len([r for r in lijst.stdout.splitlines() if r.startswith("⚠")]) == len(verwacht)
    assert inhoud(map_) == voor


def test_bytevolgordeteken_wordt_gelezen(opslag: Opslag) -> None:
    opslag.zorg_voor_map()
    data = sessie_bytes("Gezin Kladblok")
    pad = opslag.map / f"{tomllib.loads(data.decode())['id']}.toml"
    pad.write_bytes(b"\xef\xbb\xbf" + data)
    [item] = opslag.lijst().items
    assert item.fout is None and item.gezin == "Gezin Kladblok"


def test_elke_melding_van_tomllib_is_vertaald() -> None:
    """Every message the installed tomllib can give (read from its source) has Dutch words;
    a newer Python with a new message fails here, naming it."""
    parser = importlib.import_module("tomllib._parser")  # private; no type stubs
    boom = ast.parse(Path(str(parser.__file__)).read_text())
    meldingen: set[str] = set()
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.Call) and getattr(knoop.func, "id", None) == "suffixed_err":
            tekst = knoop.args[2]
            if isinstance(tekst, ast.Constant):
                meldingen.add(str(tekst.value))
            else:
                assert isinstance(tekst, ast.JoinedStr)
                meldingen.add(
                    "".join(
                        str(d.value) if isinstance(d, ast.Constant) else "('plan', 'doel')"
                        for d in tekst.values
                    )
                )
    assert len(meldingen) >= 20
    for melding in meldingen:
        uitleg = toml_uitleg(melding)
        assert uitleg != "de opbouw klopt hier niet", f"geen vertaling voor {melding!r}"
        _nederlands(uitleg)


@pytest.mark.parametrize(
    ("tekst", "stuk"),
    [
        ("schema = 2\na = [1, 2\n", "lijst [ … ] is niet afgesloten"),
        ("schema = 2\n[a]\n[a]\n", "de tabel a staat er twee keer"),
        ("schema = 2\na = 'x\n", "niet afgesloten"),
        ('schema = 2\na = "\\q"\n', "losse \\"),
        ("schema = 2\n[a\n", "']' ontbreekt"),
    ],
)
def test_toml_meldingen_in_het_nederlands(tekst: str, stuk: str) -> None:
    with pytest.raises(BestandFout, match=re.escape(stuk)) as fout:
        decodeer(Path("20260101-00000001.toml"), tekst.encode())
    assert stuk in fout.value.melding and "20260101-00000001.toml" in fout.value.melding
    _nederlands(fout.value.melding)


def test_meer_problemen_zonder_tikfout() -> None:
    tekst = "schema = 2\nid = 'x'\ngezin = ''\nkleur = 1\n[[personen]]\nnaam = 3\n"
    with pytest.raises(BestandFout, match=r"problemen\)") as fout:
        decodeer(Path("a.toml"), tekst.encode())
    assert "problemen)" in fout.value.melding
    _nederlands(fout.value.melding)


def test_data_wijst_naar_een_bestand(tmp_path: Path) -> None:
    bestand = tmp_path / "notities.txt"
    bestand.write_bytes(b"boodschappen")
    for opdracht in (["lijst"], ["controleer"], []):
        uit = subprocess.run(
            [sys.executable, "-m", "wievraag", "--data", str(bestand), *opdracht],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert uit.returncode == 1
        assert "wijst naar een bestand, geen map" in uit.stderr
        assert "versleuteling" not in uit.stderr and "Traceback" not in uit.stderr
    assert bestand.read_bytes() == b"boodschappen"


# -- encrypted files: the header must not decide the work --------------------------------


def _kop(n_log2: int, r: int, p: int) -> bytes:
    return MAGIE + struct.pack("!BBBB16s12s", VERSIE, n_log2, r, p, bytes(16), bytes(12))


@pytest.mark.parametrize(
    ("n_log2", "r", "p"),
    [(22, 32, 1), (15, 8, 129), (31, 8, 1), (15, 255, 255), (3, 8, 1), (15, 0, 1)],
)
def test_versleutelingskop_bepaalt_het_werk_niet(
    opslag: Opslag, n_log2: int, r: int, p: int
) -> None:
    opslag.versleutel("geheim-wachtwoord")
    pad = opslag.map / "20260101-0000c0c0.wvs"
    data = _kop(n_log2, r, p) + os.urandom(64)
    pad.write_bytes(data)
    begin = time.monotonic()
    with pytest.raises(BestandFout, match="nooit schrijft") as fout:
        opslag.laad(pad)
    assert time.monotonic() - begin < 1
    assert pad.name in fout.value.melding and "nooit schrijft" in fout.value.melding
    [item] = opslag.lijst().items
    assert item.fout is not None and "nooit schrijft" in item.fout
    assert pad.read_bytes() == data


def test_versleutelingsmarker_met_zware_instelling(opslag: Opslag) -> None:
    import json

    from wievraag.versleuteling import lees_marker, marker_pad

    opslag.versleutel("geheim-wachtwoord")
    ruw = json.loads(marker_pad(opslag.data).read_bytes())
    ruw["n_log2"], ruw["r"] = 22, 32
    marker_pad(opslag.data).write_text(json.dumps(ruw))
    with pytest.raises(ValueError, match="nooit schrijft"):
        lees_marker(opslag.data)


# -- change detection --------------------------------------------------------------------


def test_wijziging_met_gelijke_grootte_en_tijd_wordt_gezien(opslag: Opslag) -> None:
    sessie = opslag.nieuw("Gezin Aa")
    pad = opslag.pad_voor(sessie)
    bestand = opslag.open(pad)
    st = pad.stat()
    # An outside edit of the same size, its modification time put back (as some sync tools do).
    pad.write_bytes(pad.read_bytes().replace(b"Gezin Aa", b"Gezin Bb"))
    os.utime(pad, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert pad.stat().st_size == st.st_size and pad.stat().st_mtime_ns == st.st_mtime_ns
    bestand.sessie.gezin = "Gezin Cc"
    with pytest.raises(ExternGewijzigd, match=pad.name):
        bestand.opslaan()
    bestand.sluit()
    assert b"Gezin Bb" in pad.read_bytes()


def test_lijst_drukt_geen_stuurtekens_af(
    opslag: Opslag, capsys: pytest.CaptureFixture[str]
) -> None:
    from wievraag.cli import main

    opslag.nieuw("Gezin \x1b]0;GEHACKT\x07\x1b[2J\x1b[31mRood\u202e\x9b")
    assert main(["lijst"]) == 0
    uit = capsys.readouterr().out
    assert "Gezin" in uit and "Rood" in uit
    assert not any((ord(t) < 32 and t != "\n") or 0x7F <= ord(t) <= 0x9F for t in uit), repr(uit)
    assert "\u202e" not in uit and "GEHACKT" not in uit


def test_diep_geneste_eigen_vragen(config: Path) -> None:
    """The user's own questions file nested 500 deep: a message, the app's bank still loads."""
    from wievraag.vragen import Vragen

    config.mkdir(parents=True)
    pad = config / "mijn-vragen.toml"
    pad.write_bytes(b"a = " + b"[" * 500 + b"]" * 500 + b"\n")
    vragen = Vragen.laad()
    assert vragen.fout_mijn is not None and "genest" in vragen.fout_mijn
    assert vragen.alle


def test_wis_drukt_geen_stuurtekens_af(opslag: Opslag, capsys: pytest.CaptureFixture[str]) -> None:
    from wievraag.cli import main

    opslag.nieuw("Gezin \x1b]0;GEHACKT\x07\x1b[2JRood")
    assert main(["wis", "rood", "--ja"]) == 0
    uit = capsys.readouterr().out
    assert "\x1b" not in uit and "GEHACKT" not in uit and "Gezin Rood" in uit
