"""The layering of ARCHITECTURE.md, kept by a test: model, store and CLI load without Textual."""

from __future__ import annotations

import subprocess
import sys

import pytest


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
