"""Drawing only what is shown, once per state of the session (issue 18).

A drawing of a big family costs real time (the genogram of 2,000 people: ~0.4 s), and the
Kaart tab sits hidden behind the other tabs most of the time. A view therefore draws when it
comes into view (Textual sends Show and Resize then) and not while hidden; asked again for the
same picture (the same state of the session, the same view, mask and size) it does nothing.
A change while hidden is drawn when the view is shown again, because the state it was drawn
for is no longer the current one.

The state of the session is the editor's picture after the last step
(`editor.geschiedenis.huidig`: a new object with every recorded change, undo and redo) and
the session object itself (an undo puts a new one in place) — the same revision the mask's
pseudonyms are kept by (tui/masker.py), not a counter of its own.
"""

from __future__ import annotations

from textual.widget import Widget

from wievraag.tui.context import wv


def revisie(node: Widget) -> tuple[object, ...]:
    """What a drawing of the open session depends on, as objects compared by identity."""
    editor = wv(node).editor
    if editor is None:
        return ()
    return (editor.sessie, editor.geschiedenis.huidig)


def zelfde(een: tuple[object, ...], ander: tuple[object, ...]) -> bool:
    """The same revision: the very same objects (a deep compare of 2,000 people would cost
    what it saves)."""
    return len(een) == len(ander) and all(a is b for a, b in zip(een, ander, strict=True))


def in_beeld(widget: Widget) -> bool:
    """Shown now: laid out, and neither it nor any container up to the screen hidden (the
    panes of the tabs not chosen are display: none)."""
    if not widget.size.width:
        return False
    return all(node.display for node in widget.ancestors_with_self if isinstance(node, Widget))


class Getekend:
    """What a view last drew for: `nodig(widget, *extra)` is True when it must draw now
    (shown, and the revision or anything in `extra` differs from the last drawing)."""

    def __init__(self) -> None:
        self._voor: tuple[tuple[object, ...], tuple[object, ...]] | None = None

    def nodig(self, widget: Widget, *extra: object) -> bool:
        if not in_beeld(widget):
            return False
        # Identity for the session's objects, equality for the small rest (view, mask, size).
        staat = revisie(widget)
        if self._voor is not None and zelfde(self._voor[0], staat) and self._voor[1] == extra:
            return False
        self._voor = (staat, extra)  # kept alive, so an identity is never reused
        return True

    def vergeet(self) -> None:
        """Draw anew the next time the view is shown."""
        self._voor = None
