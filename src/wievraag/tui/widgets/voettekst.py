"""The footer of every screen: help, stop and hide-names always in view, at every width.

Textual's own Footer lays its keys out in one scrolling row: on a 60-column projector the keys
at the end of the row (help and stop, which the app adds last) fell off the screen, and half a
key was left at the edge. This footer puts the keys a person must always find (hide names,
help, stop) on the right, and fills what is left from the left with the keys of the screen, in
their own order, leaving out whole keys that do not fit. Help (F1) lists every key, so a key
left out is still found.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalGroup
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

# A key as the screen offers it: the binding, whether it works now, its tooltip.
Sleutel = tuple[Binding, bool, str]

# Binding ids (tui/app.py) that stay in view at every width, in this order at the right edge.
VAST = ("namen", "hulp", "afsluiten")
# Then these get room first (an appèl comes unannounced; back and export are the way on);
# what is left goes to the others in the screen's own order.
VOORRANG = ("nieuw-appel", "terug", "exporteer")


class Voettekst(Footer):
    DEFAULT_CSS = """
    Voettekst .vast {
        dock: right;
        width: auto;
    }
    """

    def __init__(self, *, compact: bool = True, show_command_palette: bool = False) -> None:
        super().__init__(compact=compact, show_command_palette=show_command_palette)
        self._breedte = 0
        self._getoond: tuple[tuple[object, ...], ...] = ()

    def _sleutel(self, binding: Binding, enabled: bool, tooltip: str) -> FooterKey:
        sleutel = FooterKey(
            binding.key,
            self.app.get_key_display(binding),
            binding.description,
            binding.action,
            disabled=not enabled,
            tooltip=tooltip or binding.tooltip,
        )
        return sleutel.data_bind(compact=Footer.compact)

    def _nodig(self, binding: Binding) -> int:
        # What a compact key takes: "key description" and one column of margin.
        return cell_len(self.app.get_key_display(binding)) + 1 + cell_len(binding.description) + 1

    def _indeling(self) -> tuple[list[Sleutel], list[Sleutel]]:
        """The keys shown from the left (those that fit, in the screen's order) and the keys
        always in view on the right."""
        per_actie: dict[str, Sleutel] = {}
        for _, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.show:
                per_actie.setdefault(binding.action, (binding, enabled, tooltip))
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            palet = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
            if palet is not None:
                _, binding, enabled, tooltip = palet
                per_actie.setdefault(binding.action, (binding, enabled, tooltip))
        vast = sorted(
            (b for b in per_actie.values() if b[0].id in VAST), key=lambda b: VAST.index(b[0].id)
        )
        overig = [b for b in per_actie.values() if b[0].id not in VAST]
        ruimte = self.app.size.width - sum(self._nodig(b[0]) for b in vast)
        gekozen: set[int] = set()
        volgorde = sorted(
            range(len(overig)),
            key=lambda i: (
                VOORRANG.index(overig[i][0].id or "")
                if overig[i][0].id in VOORRANG
                else len(VOORRANG)
            ),
        )
        for i in volgorde:
            nodig = self._nodig(overig[i][0])
            if nodig <= ruimte:
                ruimte -= nodig
                gekozen.add(i)
        return [b for i, b in enumerate(overig) if i in gekozen], vast

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        self._breedte = self.app.size.width
        links, vast = self._indeling()
        self._getoond = _kenmerk(links, vast)
        for binding, enabled, tooltip in links:
            yield self._sleutel(binding, enabled, tooltip)
        with HorizontalGroup(classes="vast"):
            for binding, enabled, tooltip in vast:
                yield self._sleutel(binding, enabled, tooltip)

    def bindings_changed(self, screen: Screen[object]) -> None:
        # Focus moving and screens switching announce new bindings several times in a row,
        # mostly the same ones: a recompose mounts every key anew and restyles them (issue 18:
        # a third of leaving an answer screen). Only a footer that would change is rebuilt.
        if (
            self._bindings_ready
            and self.is_attached
            and screen is self.screen
            and self.app.size.width == self._breedte
            and _kenmerk(*self._indeling()) == self._getoond
        ):
            return
        super().bindings_changed(screen)

    def on_resize(self, _: events.Resize) -> None:
        if self.app.size.width != self._breedte:
            self.call_after_refresh(self.recompose)


def _kenmerk(links: list[Sleutel], vast: list[Sleutel]) -> tuple[tuple[object, ...], ...]:
    """What the footer shows, comparable with what it showed."""
    return tuple(
        (kant, b.key, b.description, b.action, aan, tip or b.tooltip)
        for kant, rij in ((0, links), (1, vast))
        for b, aan, tip in rij
    )
