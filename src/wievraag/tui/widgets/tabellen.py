"""Row tables whose Enter key is named in the footer (DataTable's own is hidden)."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import DataTable


class SessieTabel(DataTable[object]):
    BINDINGS = [Binding("enter", "select_cursor", "Open", id="open")]


class PersonenTabel(DataTable[object]):
    BINDINGS = [Binding("enter", "select_cursor", "Bewerk", id="bewerk")]


class AppelTabel(DataTable[object]):
    BINDINGS = [Binding("enter", "select_cursor", "Verder", id="verder")]
