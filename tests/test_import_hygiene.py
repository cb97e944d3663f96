"""The layering of ARCHITECTURE.md, kept by a test: model, store and CLI load without Textual."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import wievraag


@pytest.mark.parametrize(
    "module",
    ["wievraag.model", "wievraag.store", "wievraag.vragen", "wievraag.cli", "wievraag.export"],
)
def test_zonder_textual(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "zwaar = [m for m in ('textual', 'rich') if m in sys.modules]\n"
        "print(','.join(zwaar))\n"
    )
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == "", f"{module} trekt {uit.stdout.strip()} binnen"


def test_model_doet_geen_io() -> None:
    code = (
        "import sys, wievraag.model\n"
        "print(','.join(m for m in ('tomllib', 'tomli_w', 'wievraag.store') if m in sys.modules))\n"
    )
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == ""


def test_startscherm_zonder_pydantic() -> None:
    """Start-up: the home screen (with a warm index) needs neither pydantic nor the bank."""
    code = (
        "import sys\n"
        "import wievraag.tui.app, wievraag.tui.screens.home\n"
        "print(','.join(m for m in ('pydantic', 'wievraag.model', 'wievraag.vragen')"
        " if m in sys.modules))\n"
    )
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == ""


def test_export_is_puur() -> None:
    """Exports are functions from the model to text: they neither read nor write files."""
    code = (
        "import sys, wievraag.export\n"
        "print(','.join(m for m in ('wievraag.store', 'wievraag.bestanden', 'wievraag.vragen')"
        " if m in sys.modules))\n"
    )
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == ""


def test_model_contract_noemt_elke_module() -> None:
    """The import-linter contract for the model lists its forbidden siblings by name; a new
    top-level module must be added there, or the model could import it unchecked."""
    pakket = Path(wievraag.__file__).parent
    namen = {
        f"wievraag.{p.stem if p.is_file() else p.name}"
        for p in pakket.iterdir()
        if (p.suffix == ".py" and p.stem not in ("__init__", "__main__"))
        or (p.is_dir() and (p / "__init__.py").exists())
    }
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    contracten = tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["importlinter"][
        "contracts"
    ]
    model = next(c for c in contracten if c["source_modules"] == ["wievraag.model"])
    # wievraag.kalender is the one sibling the model may use (standard library only, below).
    assert set(model["forbidden_modules"]) == namen - {"wievraag.model", "wievraag.kalender"}


def test_kalender_gebruikt_alleen_de_standaardbibliotheek() -> None:
    """The model may use wievraag.kalender (pyproject's contract) because it imports nothing of
    the app: were it to, the model would reach the rest of wievraag through it."""
    import ast

    bron = (Path(wievraag.__file__).parent / "kalender.py").read_text(encoding="utf-8")
    modules = {
        naam
        for knoop in ast.walk(ast.parse(bron))
        for naam in (
            [a.name for a in knoop.names]
            if isinstance(knoop, ast.Import)
            else [knoop.module or ""]
            if isinstance(knoop, ast.ImportFrom)
            else []
        )
    }
    assert modules <= {"__future__", "datetime"}, modules
