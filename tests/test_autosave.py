"""The autosaver never calls back into the UI thread while it holds its write lock.

`call_from_thread` waits until the UI thread has run the callback. If the worker did that
inside its lock, and the UI thread meanwhile saved synchronously (`nu()`: leaving a screen,
quitting), the UI would wait for the lock and the worker for the UI: a frozen app in front
of the family, exactly when the disk is full or the file was changed by hand.
"""

from __future__ import annotations

import errno
import time
from collections.abc import Callable
from typing import Any

import pytest

from wievraag.store import ExternGewijzigd, Opslag
from wievraag.tui.autosave import Autosaver


class _Lus:
    """The UI's event loop as the worker thread reaches it (at once, in this test)."""

    def is_closed(self) -> bool:
        return False

    def call_soon_threadsafe(self, functie: Callable[..., Any], *args: Any) -> None:
        functie(*args)


class _App:
    """What the autosaver needs of the app, recording whether its lock was held."""

    def __init__(self) -> None:
        self.autosaver: Autosaver | None = None
        self.terugroepen: list[tuple[str, bool]] = []

    def call_later(self, functie: Callable[..., Any], *args: Any) -> None:
        assert self.autosaver is not None
        self.terugroepen.append((functie.__name__, self.autosaver._slot.locked()))
        functie(*args)

    @property
    def _loop(self) -> _Lus:
        return _Lus()

    def opgeslagen(self) -> None: ...
    def notify(self, *args: object, **kwargs: object) -> None: ...
    def set_timer(self, *args: object) -> None: ...
    def extern_gewijzigd(self) -> None: ...


@pytest.mark.parametrize(
    "fout", [None, OSError(errno.ENOSPC, "No space left on device"), ExternGewijzigd("x")]
)
def test_terugroepen_buiten_het_slot(
    opslag: Opslag, fout: Exception | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    sessie = opslag.nieuw("Gezin Slot")
    bestand = opslag.open(opslag.pad_voor(sessie))
    try:
        app = _App()
        saver = Autosaver(app, bestand)  # type: ignore[arg-type]
        app.autosaver = saver
        if fout is not None:

            def faal(_: bytes) -> None:
                raise fout

            monkeypatch.setattr(bestand, "schrijf", faal)
        bestand.sessie.persoon_voor("Ans", "tante")
        data = bestand.momentopname()
        assert data is not None
        saver._schrijf(data, 1)  # as the worker thread runs it
        assert len(app.terugroepen) == 1
        [(naam, slot_vast)] = app.terugroepen
        assert not slot_vast, f"{naam} called back while holding the write lock"
    finally:
        bestand.sluit()


def test_snel_typen_schuift_het_opslaan_niet_eindeloos_op(
    opslag: Opslag, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys faster than the timer: once the MAX_WACHT cap is reached the pending save stays
    put (it was restarted on every key, so steady typing under load never saved)."""
    from wievraag.tui import autosave

    klok = [100.0]
    # The time module is one object: this is the clock autosave reads.
    monkeypatch.setattr(time, "monotonic", lambda: klok[0])
    gezet: list[float] = []

    class Timer:
        def stop(self) -> None:
            gezet.append(-1.0)

    class App:
        def set_timer(self, wacht: float, _: object) -> Timer:
            gezet.append(wacht)
            return Timer()

    sessie = opslag.nieuw("Gezin Snel")
    bestand = opslag.open(opslag.pad_voor(sessie))
    saver = autosave.Autosaver(App(), bestand)  # type: ignore[arg-type]
    for _ in range(40):  # a key every 50 ms for 2 s, the timer never gets to run
        saver.gewijzigd()
        klok[0] += 0.05
    bestand.sluit()
    # Restarted while debouncing, then due at first change + MAX_WACHT and left alone.
    timers = [w for w in gezet if w >= 0]
    assert len(timers) < 20
    assert saver._tijdstip == pytest.approx(100.0 + autosave.MAX_WACHT)
