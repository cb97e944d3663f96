from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wievraag import __version__
from wievraag.cli import main
from wievraag.store import Opslag


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit, match=r"^0$") as uitgang:
        main(["--version"])
    assert uitgang.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_is_nederlands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit, match=r"^0$"):
        main(["--help"])
    uit = capsys.readouterr().out
    assert "gebruik:" in uit and "opdrachten" in uit and "controleer" in uit
    assert "usage" not in uit and "show this help" not in uit


@pytest.mark.parametrize("opdracht", ["start", "lijst", "controleer", "wis", "versleutel", "demo"])
def test_help_van_opdracht_zegt_eenmaal_gebruik(
    opdracht: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit, match=r"^0$"):
        main([opdracht, "--help"])
    eerste = capsys.readouterr().out.splitlines()[0]
    assert eerste.startswith(f"gebruik: wievraag {opdracht}"), eerste


def test_lijst(opslag: Opslag, capsys: pytest.CaptureFixture[str]) -> None:
    opslag.nieuw("Gezin Een")
    opslag.nieuw("Gezin Twee")
    assert main(["lijst"]) == 0
    regels = capsys.readouterr().out.strip().splitlines()
    assert len(regels) == 2
    assert any("Gezin Een" in r for r in regels)


def test_data_vlag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    andere = tmp_path / "elders"
    Opslag(andere).nieuw("Gezin Elders")
    assert main(["--data", str(andere), "lijst"]) == 0
    assert "Gezin Elders" in capsys.readouterr().out


def test_controleer_goed_en_fout(opslag: Opslag, capsys: pytest.CaptureFixture[str]) -> None:
    opslag.nieuw("Gezin Een")
    assert main(["controleer"]) == 0
    assert "1 sessie in orde" in capsys.readouterr().out
    kapot = opslag.map / "kapot.toml"
    kapot.write_text("schema = 1\ngezin = \n", encoding="utf-8")
    assert main(["controleer"]) == 1
    uit = capsys.readouterr().out
    assert "kapot.toml, regel 2" in uit


def test_python_m_wievraag() -> None:
    uit = subprocess.run(
        [sys.executable, "-m", "wievraag", "--version"], capture_output=True, text=True, check=True
    )
    assert uit.stdout.strip() == f"wievraag {__version__}"


def test_onbekende_opdracht_nederlands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit, match=r"^2$") as uitgang:
        main(["vlieg"])
    assert uitgang.value.code == 2
    assert "fout:" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argumenten", "verwacht"),
    [
        (["vlieg"], "ongeldige keuze 'vlieg' (kies uit 'start'"),
        (["exporteer"], "dit ontbreekt nog: SESSIE"),
        (["serveer", "--port", "abc"], "bij --port: ongeldige waarde: 'abc'"),
        (["--data"], "bij --data: hier hoort een waarde achter"),
        (["lijst", "--kleur"], "onbekend: --kleur"),
    ],
)
def test_foutmeldingen_van_argparse_in_het_nederlands(
    argumenten: list[str], verwacht: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit, match=r"^2$"):
        main(argumenten)
    fout = capsys.readouterr().err
    assert verwacht in fout, fout
    for engels in ("invalid", "argument", "required", "unrecognized", "expected", "choose"):
        assert engels not in fout.split("fout:")[1], fout


@pytest.mark.parametrize(
    ("argumenten", "training"),
    [
        (["serveer", "--training"], True),
        (["--training", "serveer"], True),
        (["demo", "--training"], True),
        (["start", "--training"], True),
        (["serveer"], False),
    ],
)
def test_training_voor_of_na_de_opdracht(argumenten: list[str], training: bool) -> None:
    from wievraag.cli import _parser

    assert _parser().parse_args(argumenten).training is training
