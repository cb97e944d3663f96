"""Every key's label in Dutch (issue 21): the footer and help name each key with its
description, and a family reads along. Textual's own keys are translated in
tui/nederlands.py; this walks every binding of wievraag itself, on every screen and widget."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

from textual.binding import Binding
from textual.dom import DOMNode

import wievraag.tui

# Words a Dutch footer must not show: the English that slips in from habit. ("Open" and
# "Thema" are Dutch too, so they are not here.)
ENGELS = {
    "back", "cancel", "close", "delete", "dismiss", "done", "edit", "export", "filter",
    "help", "keys", "new", "next", "previous", "quit", "redo", "remove", "save", "search",
    "select", "settings", "show", "sort", "toggle", "undo", "submit", "copy", "paste",
}  # fmt: skip


def _alle_toetsen() -> dict[str, list[str]]:
    beschrijvingen: dict[str, list[str]] = {}
    for module in pkgutil.walk_packages(wievraag.tui.__path__, "wievraag.tui."):
        geladen = importlib.import_module(module.name)
        for naam, klasse in inspect.getmembers(geladen, inspect.isclass):
            if not issubclass(klasse, DOMNode) or klasse.__module__ != geladen.__name__:
                continue
            for binding in klasse.__dict__.get("BINDINGS", []):
                b = binding if isinstance(binding, Binding) else Binding(*binding)
                beschrijvingen.setdefault(b.description, []).append(f"{module.name}.{naam}")
    return beschrijvingen


def test_elke_toets_heeft_een_nederlandse_naam() -> None:
    toetsen = _alle_toetsen()
    assert "Exporteren" in toetsen and "Hulp" in toetsen  # the walk finds screens and the app
    engels = {
        beschrijving: waar
        for beschrijving, waar in toetsen.items()
        if ENGELS & {w.lower() for w in re.findall(r"\w+", beschrijving)}
    }
    assert not engels, engels
