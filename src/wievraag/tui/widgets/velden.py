"""Text fields that keep the privacy mask: while names are hidden (F8) what is typed in them
is drawn as dots, cell for cell, so typing goes on (the cursor stays where it was) but no
name in an answer, a note or a relation can be read over the shoulder or on a projector.

Every Input and TextArea of the app is one of these (a test checks it), so a new form cannot
forget the mask.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Input, TextArea

from wievraag.tui.masker import namen_verborgen

PUNT = "•"


def bedek(strip: Strip) -> Strip:
    """The same line with every visible character a dot, widths kept."""
    segmenten = [
        Segment(
            "".join(t if t.isspace() else PUNT * cell_len(t) for t in s.text), s.style, s.control
        )
        if not s.control
        else s
        for s in strip
    ]
    return Strip(segmenten, strip.cell_length)


class _Bedekt:
    """What both fields share: redraw when the mask changes, dots while it is on."""

    def on_mount(self) -> None:
        assert isinstance(self, Widget)
        self.watch(self.app, "namen_verborgen", self._masker_gewisseld, init=False)

    def _masker_gewisseld(self, _: bool) -> None:
        assert isinstance(self, Widget)
        self.refresh()

    def _bedek(self, strip: Strip, inhoud: str) -> Strip:
        assert isinstance(self, Widget)
        return bedek(strip) if inhoud and namen_verborgen(self) else strip


class Invoer(_Bedekt, Input):
    def render_line(self, y: int) -> Strip:
        return self._bedek(super().render_line(y), self.value)


class Tekstvak(_Bedekt, TextArea):
    def render_line(self, y: int) -> Strip:
        return self._bedek(super().render_line(y), self.text)
