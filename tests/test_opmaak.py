"""Dutch wording shared by screens and exports (wievraag/opmaak.py)."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import wievraag
from wievraag.opmaak import aantal, datum_uitleg, lees_datum


def test_datum_lezen_en_uitleggen() -> None:
    assert lees_datum("1-5-2026") == date(2026, 5, 1) == lees_datum("01/05/2026")
    assert lees_datum("31-2-2026") is None and lees_datum("1-5-26") is None
    assert datum_uitleg("1-5-2026") == "1 mei 2026"
    assert datum_uitleg("1-5") == "⚠ schrijf de datum als 15-12-2026"
    assert datum_uitleg("  ") == ""


def test_aantal_zonder_haakjes() -> None:
    assert aantal(1, "sessie", "sessies") == "1 sessie"
    assert aantal(0, "probleem", "problemen") == "0 problemen"
    assert aantal(3, "sessie", "sessies") == "3 sessies"


_HAAKJES = re.compile(r"\w\((s|en|e|n)\)")


def meervoud_tussen_haakjes(bron: str) -> list[tuple[int, str]]:
    """The texts of a module with a plural in brackets; docstrings that name the form they
    forbid ("never ...") do not count."""
    return [
        (knoop.lineno, knoop.value.strip()[:60])
        for knoop in ast.walk(ast.parse(bron))
        if isinstance(knoop, ast.Constant)
        and isinstance(knoop.value, str)
        and _HAAKJES.search(knoop.value)
        and "never" not in knoop.value
    ]


def test_geen_meervoud_tussen_haakjes_in_de_app() -> None:
    """Every text of the app says "1 bestand" or "3 bestanden", never "bestand(en)": the
    plural is chosen by `opmaak.aantal` (or by the count), not left to the reader."""
    gevonden = [
        f"{pad.name}:{regel}: {tekst}"
        for pad in Path(wievraag.__file__).parent.rglob("*.py")
        for regel, tekst in meervoud_tussen_haakjes(pad.read_text(encoding="utf-8"))
    ]
    assert not gevonden, "\n".join(gevonden)


def test_meervoud_tussen_haakjes_wordt_gevonden() -> None:
    bron = 'tekst = f"[b]{n}[/b] appèl(s) · {m} bestand(en)"\n'
    assert {r for r, _ in meervoud_tussen_haakjes(bron)} == {1}
