"""How a state is shown: always a symbol and a word, never colour alone."""

from __future__ import annotations

from wievraag.model import STAPPEN, STATUSSEN, UITKOMSTEN, Appel, Status

SYMBOOL: dict[Status | None, str] = {
    None: "○",
    "beantwoord": "✓",
    "geweigerd": "✗",
    "later": "↻",
}


def status_woord(status: Status | None) -> str:
    return "nog niet gesteld" if status is None else STATUSSEN[status]


LEGENDA = "  ".join(f"{SYMBOOL[s]} {status_woord(s)}" for s in SYMBOOL)


# An appèl's state: its outcome, or how far the steps got while it is still open.
APPEL_SYMBOOL: dict[str, str] = {"open": "○", "verlegd": "↪", "zelf": "●"}


def appel_staat(appel: Appel) -> str:
    if appel.uitkomst != "open":
        return f"{APPEL_SYMBOOL[appel.uitkomst]} {UITKOMSTEN[appel.uitkomst]}"
    gedaan = sum(1 for stap in STAPPEN if appel.gedaan(stap))
    return f"{APPEL_SYMBOOL['open']} open ({gedaan}/{len(STAPPEN)})"
