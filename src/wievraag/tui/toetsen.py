"""Type-ahead: keys typed faster than the screen reacts land where the user meant them.

A professional types while looking at the family, not at the screen: `n` and the family's
label in one burst, Enter on a question and at once the answer. Textual hands each key to the
widget focused *at that moment*; when the previous key is still opening a screen or moving
the focus, the next keys went to the widget underneath, where letters are commands.

So keys go one at a time: a key is handled, then the app is left to finish what it set in
motion — every message of the screen's widgets processed, a new screen mounted and focused —
before the next key is handled. Nothing is dropped and the order is kept; typing at human
speed never waits (the app is at rest between keys). The privacy key (F8) never waits.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from typing import TYPE_CHECKING, Any

from textual import events

from wievraag.tui.toetsnamen import NAMEN

if TYPE_CHECKING:
    from textual.app import App
    from textual.message_pump import MessagePump
    from textual.widget import Widget

DIRECT = frozenset(NAMEN.split(","))  # the privacy key, on its F-key and its Ctrl key
MAX_WACHT = 5.0  # seconds a key may wait for the app to come to rest (a big screen mounting
# on a busy machine takes seconds); then it goes anyway, so no key is ever held for good
MAX_RONDES = 200


class Toetsrij:
    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self._rij: deque[events.Key] = deque()
        self._bezig = False
        self._vrijgegeven: set[int] = set()
        self._taak: asyncio.Task[None] | None = None

    def houd_vast(self, event: events.Key) -> bool:
        """True when the key must wait its turn (the app handles it later); False when the
        app handles it now. Call for every key from the driver, before handling it."""
        if id(event) in self._vrijgegeven:
            self._vrijgegeven.discard(id(event))
            self._bezig = True
            return False
        if event.key in DIRECT:
            return False
        if self._bezig or self._rij:
            self._rij.append(event)
            return True
        self._bezig = True
        return False

    def afgehandeld(self) -> None:
        """The key just handled may have set things in motion: wait for rest, then the next."""
        if self._bezig and (self._taak is None or self._taak.done()):
            self._taak = asyncio.create_task(self._volgende())

    async def _volgende(self) -> None:
        try:
            await self._kom_tot_rust()
        finally:
            self._bezig = False
            if self._rij:
                event = self._rij.popleft()
                self._vrijgegeven.add(id(event))
                self._bezig = True
                if not self.app.post_message(event):
                    self._bezig = False
                    self._rij.clear()  # the app is closing

    async def _kom_tot_rust(self) -> None:
        """Wait until the key's consequences are done: every widget of the screen (a new
        screen once it is mounted) has worked through what it was sent."""
        await self._hele_scherm(time.monotonic() + MAX_WACHT)

    async def _hele_scherm(self, einde: float) -> None:
        for _ in range(MAX_RONDES):
            try:
                scherm = self.app.screen
            except Exception:
                return
            pompen: list[MessagePump] = [self.app, *_doelen(scherm)]
            # A widget still being mounted is not at rest; it is not asked (a callback sent
            # into a widget before its own start would run ahead of its mount).
            lopend = [p for p in pompen if p.is_running and getattr(p, "is_mounted", True)]
            if len(lopend) < len(pompen):
                await asyncio.sleep(0.005)
            else:
                if not await _ronde(lopend, einde):
                    return
                if self.app.screen is scherm and all(_in_rust(p) for p in lopend):
                    if not getattr(scherm, "_callbacks", None):
                        return
                    # Work waiting for the next paint (`call_after_refresh`, e.g. a tab that
                    # focuses its list once shown): the key is meant for where it lands.
                    await asyncio.sleep(0.005)
            if time.monotonic() > einde:
                return


def _doelen(scherm: Widget) -> list[Widget]:
    """The screen and every widget a key could reach or that could move the focus. The
    footer is left out: it rebuilds its keys several times after each key (bindings change
    with the focus), and a key waiting for that would wait for nothing it can land in."""
    from textual.widgets import Footer

    uit: list[Widget] = []
    stapel = [scherm]
    while stapel:
        widget = stapel.pop()
        if isinstance(widget, Footer):
            continue
        uit.append(widget)
        stapel.extend(reversed(widget._nodes))
    return uit


def _in_rust(pomp: MessagePump) -> bool:
    return pomp._message_queue.empty() and not pomp._next_callbacks


async def _ronde(pompen: list[MessagePump], einde: float) -> bool:
    """Let every pump work through what it has queued now; False when time ran out."""
    klaar = asyncio.Event()
    wachtend = 0

    def een_minder() -> None:
        nonlocal wachtend
        wachtend -= 1
        if wachtend == 0:
            klaar.set()

    for pomp in pompen:
        if pomp.call_later(een_minder):
            wachtend += 1
    if not wachtend:
        return True
    try:
        await asyncio.wait_for(klaar.wait(), max(0.01, einde - time.monotonic()))
    except TimeoutError:
        return False
    return True
