"""User text shown as text: escape sequences (CSI, OSC, …) and other control characters taken
out, so a label or a name never retitles, recolours or clears a terminal — not when the CLI
prints it, and not when someone `cat`s an exported Markdown file."""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-_]?)")
# C0/C1 controls and the bidirectional overrides that can make a line read other than it is.
_STUUR = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def veilige_regel(tekst: str) -> str:
    """One safe line: escape sequences removed, every other control character a space."""
    return _STUUR.sub(" ", _ESCAPE.sub("", tekst))
