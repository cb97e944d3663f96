"""Dutch wording shared by screens and exports (wievraag/opmaak.py)."""

from __future__ import annotations

from datetime import date

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
