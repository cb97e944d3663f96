"""Messages that flow from the session editor to the app and the screens."""

from __future__ import annotations

from textual.message import Message


class SessieGewijzigd(Message):
    """The open session changed (sent by the editor only, tui/editor.py): saved within a
    second. `delen` names the parts that changed (`personen`, `plan`, …; `*` after an undo),
    so a view refreshes only when it shows one of them."""

    def __init__(self, delen: frozenset[str] = frozenset({"*"})) -> None:
        super().__init__()
        self.delen = delen

    def raakt(self, *delen: str) -> bool:
        return "*" in self.delen or any(d in self.delen for d in delen)
