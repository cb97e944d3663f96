"""How a question's state is shown: always a symbol and a word, never colour alone."""

from __future__ import annotations

from wievraag.model import STATUSSEN, Status

SYMBOOL: dict[Status | None, str] = {
    None: "○",
    "beantwoord": "✓",
    "geweigerd": "✗",
    "later": "↻",
}


def status_woord(status: Status | None) -> str:
    return "nog niet gesteld" if status is None else STATUSSEN[status]


LEGENDA = "  ".join(f"{SYMBOOL[s]} {status_woord(s)}" for s in SYMBOOL)
