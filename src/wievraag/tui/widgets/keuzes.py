"""Radio buttons and checkboxes whose state shows as a symbol, not by colour alone.

Textual draws the same character for on and off and tells them apart by colour; on a
projector, in a light theme or with NO_COLOR that is invisible.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox, RadioButton


class Rondje(RadioButton):
    def render(self) -> Content:
        self.BUTTON_INNER = "●" if self.value else " "
        return super().render()


class Vinkje(Checkbox):
    def render(self) -> Content:
        self.BUTTON_INNER = "✓" if self.value else " "
        return super().render()
