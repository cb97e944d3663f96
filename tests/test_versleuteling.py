"""Encryption at rest: round trip, wrong passphrase, no names in the clear, crash-safe
conversion, and real deletion (`wis`) that leaves no trace. Checked in the bytes on disk."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import voorbeeld_sessie
from wievraag import bestanden, cli
from wievraag.fouten import BestandFout
from wievraag.model import Sessie
from wievraag.store import Opslag, codeer, vorm
from wievraag.versleuteling import MAGIE, VerkeerdWachtwoord, WachtwoordNodig

WACHTWOORD = "paardenbloem 42"
NAMEN = ["Gezin Vlinder", "Oma Riet", "Karim", "busje", "Misschien oma"]


def _bytes_van_map(data: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data)): p.read_bytes() for p in data.rglob("*") if p.is_file()}


def _met_naam(data: Path, namen: list[str]) -> list[str]:
    """Every file in the data folder that holds one of the names in the clear."""
    return [
        f"{naam} in {pad}"
        for pad, inhoud in _bytes_van_map(data).items()
        for naam in namen
        if naam.encode() in inhoud
    ]


def _bewaar(opslag: Opslag, sessie: Sessie) -> Path:
    opslag.zorg_voor_map()
    pad = opslag.pad_voor(sessie)
    pad.write_bytes(codeer(sessie))
    return pad


def test_versleutelde_rondreis_van_een_volledige_sessie(opslag: Opslag) -> None:
    sessie = voorbeeld_sessie()
    _bewaar(opslag, sessie)
    assert opslag.versleutel(WACHTWOORD) == 1
    [pad] = opslag.bestanden()
    assert pad.suffix == ".wvs" and pad.read_bytes().startswith(MAGIE)
    # A fresh process: only the passphrase opens it, and it is the same session.
    nieuw = Opslag(opslag.data)
    with pytest.raises(WachtwoordNodig, match=re.escape(str(opslag.data))):
        nieuw.lijst()
    with pytest.raises(BestandFout, match=rf"^{re.escape(pad.name)}: dit bestand is versleuteld"):
        nieuw.laad(pad)
    nieuw.ontgrendel(WACHTWOORD)
    assert nieuw.laad(pad) == sessie
    # Edit and save through the normal path: still encrypted, still the same on reading.
    bestand = nieuw.open(pad)
    bestand.sessie.persoon_voor("Tante Wil", "tante")
    assert bestand.opslaan()
    bestand.sluit()
    assert pad.read_bytes().startswith(MAGIE)
    assert Opslag(opslag.data, nieuw.kluis).laad(pad) == bestand.sessie
    # New sessions in an encrypted folder are encrypted from the first byte.
    tweede = nieuw.nieuw("Gezin Mier")
    assert nieuw.pad_voor(tweede).read_bytes().startswith(MAGIE)
    assert {i.gezin for i in nieuw.lijst().items} == {"Gezin Vlinder", "Gezin Mier"}
    # And back: plain TOML, equal content.
    assert nieuw.ontsleutel(WACHTWOORD) == 2
    assert not nieuw.versleuteld
    plat = Opslag(opslag.data)
    assert {p.suffix for p in plat.bestanden()} == {".toml"}
    assert plat.laad(opslag.map / f"{sessie.id}.toml") == bestand.sessie


def test_tijdelijke_bestanden_nooit_leesbaar(
    opslag: Opslag, monkeypatch: pytest.MonkeyPatch
) -> None:
    opslag.nieuw("Gezin Vlinder")
    opslag.versleutel(WACHTWOORD)
    geschreven: list[bytes] = []
    echt = bestanden.schrijf_atomisch

    def schrijf(pad: Path, data: bytes) -> tuple[int, int]:
        geschreven.append(data)
        return echt(pad, data)

    monkeypatch.setattr(vorm, "schrijf", schrijf)
    [pad] = opslag.bestanden()
    bestand = opslag.open(pad)
    bestand.sessie.persoon_voor("Oma Riet")
    bestand.opslaan()
    bestand.sluit()
    opslag.lijst()  # the index
    assert geschreven
    assert all(b"Riet" not in d and b"Vlinder" not in d for d in geschreven)


FOUT_WACHTWOORD = r"^Het wachtwoord klopt niet\. Er is niets veranderd"


def test_fout_wachtwoord_laat_alles_byte_gelijk(opslag: Opslag) -> None:
    _bewaar(opslag, voorbeeld_sessie())
    opslag.nieuw("Gezin Mier")
    opslag.versleutel(WACHTWOORD)
    voor = _bytes_van_map(opslag.data)
    andere = Opslag(opslag.data)
    with pytest.raises(VerkeerdWachtwoord, match=FOUT_WACHTWOORD):
        andere.ontgrendel("verkeerd wachtwoord")
    with pytest.raises(VerkeerdWachtwoord, match=FOUT_WACHTWOORD):
        andere.ontsleutel("verkeerd wachtwoord")
    with pytest.raises(VerkeerdWachtwoord, match=FOUT_WACHTWOORD):
        andere.versleutel("verkeerd wachtwoord")
    os.environ["WIEVRAAG_WACHTWOORD"] = "verkeerd wachtwoord"
    try:
        for opdracht in (["lijst"], ["ontsleutel"], ["versleutel"], ["wis", "Mier", "--ja"]):
            assert cli.main(opdracht) == 1
    finally:
        del os.environ["WIEVRAAG_WACHTWOORD"]
    assert _bytes_van_map(opslag.data) == voor


def test_na_versleutel_staat_geen_naam_leesbaar_in_de_map(opslag: Opslag) -> None:
    pad = _bewaar(opslag, voorbeeld_sessie())
    opslag.nieuw("Gezin Mier")
    opslag.lijst()  # a plain index with the labels
    # A plain temp file a killed writer left behind holds names too.
    (opslag.map / f".{pad.name}.abc123.tmp").write_bytes(pad.read_bytes())
    assert _met_naam(opslag.data, NAMEN)  # the test can fail
    os.environ["WIEVRAAG_WACHTWOORD"] = WACHTWOORD
    try:
        assert cli.main(["versleutel"]) == 0
        assert cli.main(["lijst"]) == 0
    finally:
        del os.environ["WIEVRAAG_WACHTWOORD"]
    assert _met_naam(opslag.data, [*NAMEN, "Gezin Mier"]) == []


def test_onderbroken_omzetting_toont_elke_sessie_een_keer(opslag: Opslag) -> None:
    a = opslag.nieuw("Gezin A")
    opslag.nieuw("Gezin B")
    opslag.versleutel(WACHTWOORD)
    # As after a kill in ontsleutel between writing the .toml and removing the .wvs:
    plat = opslag.laad(opslag.pad_voor(a))
    (opslag.map / f"{a.id}.toml").write_bytes(codeer(plat))
    assert sorted(i.gezin or "" for i in opslag.lijst().items) == ["Gezin A", "Gezin B"]
    assert opslag.ontsleutel(WACHTWOORD) == 2
    assert sorted(p.name for p in opslag.map.iterdir()) == sorted(
        p.with_suffix(".toml").name for p in opslag.bestanden()
    )


def test_versleutel_ruimt_platte_resten_van_een_kill_op(opslag: Opslag) -> None:
    """Found by the kill test on a busy machine: killed while `ontsleutel` wrote session A's
    plain temp file, then `versleutel` again: A was still `.wvs`, so it was not converted and
    its half-written plain temp file (family names) stayed in the encrypted folder."""
    a = opslag.nieuw("Gezin A")
    opslag.nieuw("Gezin B")
    opslag.versleutel(WACHTWOORD)
    pad = opslag.pad_voor(a)
    plat = codeer(opslag.laad(pad))
    (opslag.map / f".{a.id}.toml.k1ll3d.tmp").write_bytes(plat[: len(plat) // 2])
    (opslag.map / ".zonder-sessie.toml.k1ll3d.tmp").write_bytes(b'gezin = "Gezin Weg"')
    opslag.kluis = None
    assert opslag.versleutel(WACHTWOORD) == 0  # nothing to convert, but the rest goes
    assert sorted(p.name for p in opslag.map.iterdir()) == sorted(
        p.name for p in opslag.bestanden()
    )
    assert _met_naam(opslag.data, ["Gezin A", "Gezin Weg"]) == []


# -- killed during versleutel / ontsleutel -----------------------------------------------------

OMZETTER = r"""
import sys
from pathlib import Path
from wievraag.store import Opslag

opslag = Opslag(Path(sys.argv[1]))
print("klaar", flush=True)
while True:
    opslag.versleutel(sys.argv[2])
    opslag.ontsleutel(sys.argv[2])
"""


def _alles_leesbaar(data: Path, verwacht: dict[str, Sessie]) -> None:
    opslag = Opslag(data)
    if opslag.versleuteld:
        opslag.ontgrendel(WACHTWOORD)
    gezien = {}
    for pad in opslag.bestanden():
        sessie = opslag.laad(pad)  # raises when torn, empty or unreadable
        gezien[sessie.id] = sessie
    assert gezien == verwacht


def _kill_rondes(opslag: Opslag, rondes: int, seed: int) -> None:
    verwacht = {}
    for n in range(12):
        sessie = voorbeeld_sessie()
        sessie.gezin = f"Gezin {n}"
        _bewaar(opslag, sessie)
        verwacht[sessie.id] = sessie
    kans = random.Random(seed)
    vormen: set[str] = set()
    # Every round must leave each session readable. Whether a kill lands mid-way depends on
    # how fast this machine runs the converter, so on a busy machine more rounds are run
    # (bounded) until the kills have found the folder in both forms.
    ronde = 0
    while ronde < rondes or (not {".toml", ".wvs"} <= vormen and ronde < 5 * rondes):
        ronde += 1
        proces = subprocess.Popen(
            [sys.executable, "-c", OMZETTER, str(opslag.data), WACHTWOORD],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proces.stdout is not None
        assert proces.stdout.readline().strip() == "klaar"
        # A fixed pause on purpose: the kill must land at a random moment of the conversion.
        time.sleep(kans.uniform(0.05, 0.6))
        os.kill(proces.pid, signal.SIGKILL)
        proces.wait()
        vormen |= {p.suffix for p in opslag.bestanden()}
        _alles_leesbaar(opslag.data, verwacht)
    assert vormen == {".toml", ".wvs"}, "never killed mid-way: the test proved little"
    # Running the command again finishes the job, whichever way it was going.
    opslag.kluis = None
    opslag.versleutel(WACHTWOORD)
    assert {p.suffix for p in opslag.map.iterdir()} == {".wvs"}
    opslag.ontsleutel(WACHTWOORD)
    assert {p.suffix for p in opslag.map.iterdir()} == {".toml"}
    _alles_leesbaar(opslag.data, verwacht)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_tijdens_versleutel_en_ontsleutel(opslag: Opslag) -> None:
    _kill_rondes(opslag, rondes=8, seed=10)


@pytest.mark.soak
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_tijdens_versleutel_en_ontsleutel_lang(opslag: Opslag) -> None:
    _kill_rondes(opslag, rondes=100, seed=11)


# -- wis: real deletion ----------------------------------------------------------------------


@pytest.mark.parametrize("versleuteld", [False, True])
def test_wis_laat_geen_spoor(
    opslag: Opslag, versleuteld: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    weg = voorbeeld_sessie()
    pad = _bewaar(opslag, weg)
    opslag.nieuw("Gezin Mier")
    (opslag.map / f".{pad.name}.abc123.tmp").write_bytes(pad.read_bytes())
    opslag.open(pad).sluit()  # leaves a lock file
    (opslag.map / f".{pad.name}.def456.tmp").write_bytes(pad.read_bytes())
    # A copy a sync tool made: same session id, other file name. It goes too.
    (opslag.map / f"{weg.id}.sync-conflict-20260502.toml").write_bytes(pad.read_bytes())
    if versleuteld:
        opslag.versleutel(WACHTWOORD)
        os.environ["WIEVRAAG_WACHTWOORD"] = WACHTWOORD
    opslag.lijst()
    try:
        if versleuteld:
            os.environ["WIEVRAAG_WACHTWOORD"] = WACHTWOORD
        # Exports the app made of this session (named by its id) go too.
        # (From an encrypted folder a plain export must be chosen: --onversleuteld.)
        plat = ["--onversleuteld"] if versleuteld else []
        assert cli.main(["exporteer", weg.id, "--soort", "sessie", *plat]) == 0
        assert cli.main(["exporteer", weg.id, "--soort", "plan", "--formaat", "md", *plat]) == 0
        assert len(list((opslag.data / "exports").iterdir())) == 2
        assert cli.main(["wis", "vlinder", "--ja"]) == 0
    finally:
        os.environ.pop("WIEVRAAG_WACHTWOORD", None)
    uit = capsys.readouterr().out
    assert "definitief verwijderd" in uit and "sessiebestand" in uit and "2 exports" in uit
    assert _met_naam(opslag.data, [*NAMEN, weg.id]) == []
    resten = Opslag(opslag.data, opslag.kluis).lijst().items
    assert [i.gezin for i in resten] == ["Gezin Mier"]


def test_wis_dubbelzinnig_wist_niets(opslag: Opslag, capsys: pytest.CaptureFixture[str]) -> None:
    opslag.nieuw("Gezin Mier")
    opslag.nieuw("Gezin Mierlo")
    voor = _bytes_van_map(opslag.data)
    assert cli.main(["wis", "mie", "--ja"]) == 1
    assert "meer dan één" in capsys.readouterr().err
    assert cli.main(["wis", "Gezin Mier", "--ja"]) == 0  # an exact label is unambiguous
    assert [i.gezin for i in opslag.lijst().items] == ["Gezin Mierlo"]
    assert voor


def test_cli_wachtwoord_van_stdin(
    opslag: Opslag, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    opslag.nieuw("Gezin Mier")
    monkeypatch.setattr("sys.stdin", io.StringIO("kort\n"))
    assert cli.main(["--wachtwoord-stdin", "versleutel"]) == 1
    assert "minstens" in capsys.readouterr().err
    assert not opslag.versleuteld
    monkeypatch.setattr("sys.stdin", io.StringIO(WACHTWOORD + "\n"))
    assert cli.main(["--wachtwoord-stdin", "versleutel"]) == 0
    assert "1 sessie versleuteld" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO(WACHTWOORD + "\n"))
    assert cli.main(["--wachtwoord-stdin", "lijst"]) == 0
    assert "Gezin Mier" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO(WACHTWOORD + "\n"))
    assert cli.main(["--wachtwoord-stdin", "ontsleutel"]) == 0
    assert not opslag.versleuteld
    assert cli.main(["ontsleutel"]) == 0
    assert "niet versleuteld" in capsys.readouterr().out
