"""Dutch for the few texts Textual itself puts on screen (the UI is Dutch throughout).

Textual's widgets bring their own English key descriptions. Only the ones that reach the
footer need a Dutch word: the open list of a `Select` shows "esc Dismiss menu". The key panel
("Show keys") lists dozens of English editing keys; the app leaves that command out of the
palette instead (F1 shows every key in Dutch).
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding, BindingType
from textual.widgets._select import SelectOverlay

# (widget class, action) → the Dutch description shown in the footer.
_VERTALINGEN: dict[tuple[type[SelectOverlay], str], str] = {
    (SelectOverlay, "dismiss"): "Sluit lijst",
}


def vertaal_textual() -> None:
    """Give Textual's footer-visible bindings a Dutch description (idempotent)."""
    for (klasse, actie), omschrijving in _VERTALINGEN.items():
        nieuw: list[BindingType] = []
        for binding in klasse.BINDINGS:
            b = binding if isinstance(binding, Binding) else Binding(*binding)
            if b.action == actie:
                b = replace(b, description=omschrijving)
            nieuw.append(b)
        klasse.BINDINGS = nieuw
        # Textual merges a class's bindings once, when the class is made: merge again.
        klasse._merged_bindings = klasse._merge_bindings()
