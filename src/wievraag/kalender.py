"""A date in prose, "1 mei 2026": the model words its own checks (the plan's evaluation date)
and the screens and exports use the same words (wievraag.opmaak re-exports these).

Outside `wievraag.model` on purpose: importing anything under the model runs its package, and
with it pydantic, which the home screen never needs (tests/test_import_hygiene.py). This module
imports only the standard library, so the model may use it (pyproject.toml's contract)."""

from __future__ import annotations

from datetime import date

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def datum_lang(dag: date) -> str:
    return f"{dag.day} {MAANDEN[dag.month - 1]} {dag.year}"
