"""The session editor: the one way the open session changes.

Screens and widgets never assign to the model, append to its lists or save: they ask the
editor (`zet`, `voeg_toe`, `doe`, grouped with `stap`). The editor applies the change, makes it
one undo step (typing in one field with short pauses joins into one), stamps the session,
schedules the save (on disk within a second) and tells the app which parts changed
(`SessieGewijzigd`). A change that fails half way (a value the model refuses) is rolled back
whole, so the session is never left half changed.

Every change is known here as the parts and records it touched (`Wijziging`, from
geschiedenis.py): what team sync needs to stamp changes field by field later.

tests/test_editor_bewaking.py reads the TUI's source and fails on any assignment to a model
field, list mutation or mutating model method outside this module.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from pydantic import BaseModel

from wievraag.tui.autosave import Autosaver
from wievraag.tui.geschiedenis import Geschiedenis, Wijziging, herstel
from wievraag.tui.messages import SessieGewijzigd

if TYPE_CHECKING:
    from wievraag.model import Sessie
    from wievraag.store import SessieBestand
    from wievraag.tui.app import WievraagApp

P = ParamSpec("P")
T = TypeVar("T")


class Editor:
    def __init__(self, app: WievraagApp, bestand: SessieBestand) -> None:
        self.app = app
        self.bestand = bestand
        self.autosaver = Autosaver(app, bestand)
        self._diepte = 0
        self._in_beeld = False
        # Taken when first needed: opening on a new day notes the visit first (begin_bezoek),
        # and the picture after it is the only one undo needs.
        self._geschiedenis: Geschiedenis | None = None

    @property
    def sessie(self) -> Sessie:
        return self.bestand.sessie

    @property
    def geschiedenis(self) -> Geschiedenis:
        if self._geschiedenis is None:
            self._geschiedenis = Geschiedenis(self.sessie)
        return self._geschiedenis

    def begin_bezoek(self) -> None:
        """Opening on a new day is a new visit: saved, but where undo starts, not a step.

        The picture of the session (geschiedenis.py) is taken once, after the visit is noted:
        a picture before it and one of the step would be thrown away at once (three pictures
        were 40 ms at 2,000 people). So the visit is not a step; should noting it fail, the
        exception ends the opening (`open_sessie` does not catch it): no session to roll back."""
        from datetime import date

        if self.sessie.bezoeken[-1:] != [date.today()]:
            self._geschiedenis = None  # a picture before the visit is never undone to
            self.sessie.noteer_bezoek()
            if self.bestand.is_kopie:
                # A sync copy: noted, but saved with the first real change; opening it alone
                # changes nothing on disk (store/bestand.py `basis`).
                self.bestand.basis()
            else:
                self.sessie.raak_aan()
                self.autosaver.gewijzigd()
                self.app.post_message(SessieGewijzigd(frozenset({"bezoeken", "standen"})))
        if self._geschiedenis is None:
            self._geschiedenis = Geschiedenis(self.sessie)  # the one picture: undo starts here

    # -- changing ---------------------------------------------------------------------------

    def zet(self, deel: BaseModel, /, **velden: Any) -> bool:
        """Set fields of one part of the session (validated by the model); False when every
        value was already so (filling in a form is not a change)."""
        anders = {k: v for k, v in velden.items() if getattr(deel, k) != v}
        if not anders:
            return False
        with self.stap():
            for veld, waarde in anders.items():
                setattr(deel, veld, waarde)
        return True

    def voeg_toe(self, deel: BaseModel, veld: str, item: Any, /) -> None:
        """Add an item at the end of one of the model's lists."""
        with self.stap():
            setattr(deel, veld, [*getattr(deel, veld), item])

    def doe(self, regel: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Apply a domain rule (a method of the model: merge two people, give consent…) as
        one step. Rules live on the model; the editor only applies them."""
        if not isinstance(getattr(regel, "__self__", None), BaseModel):
            raise TypeError("de editor past alleen regels van het model toe")
        with self.stap():
            return regel(*args, **kwargs)

    @contextmanager
    def stap(self) -> Iterator[Sessie]:
        """Group several changes into one undo step and one message."""
        self._diepte += 1
        try:
            yield self.sessie
        except BaseException:
            self._diepte -= 1
            if self._diepte == 0:
                self._draai_terug()
            raise
        self._diepte -= 1
        if self._diepte == 0:
            self.leg_vast()

    def _draai_terug(self) -> None:
        """The session as it was before the step: a refused value leaves nothing half done."""
        self.bestand.sessie = herstel(self.geschiedenis.huidig)

    def leg_vast(self, typveld: object | None = None) -> list[Wijziging]:
        """Record what changed since the last step; schedule the save and tell the app."""
        wijzigingen = self.geschiedenis.gewijzigd(
            self.sessie, typveld if typveld is not None else self._typveld(), time.monotonic()
        )
        if wijzigingen:
            self.sessie.raak_aan()
            self.autosaver.gewijzigd()
            delen = {v for w in wijzigingen for v in (w.velden if w.deel == "sessie" else [w.deel])}
            self.app.post_message(SessieGewijzigd(frozenset(delen)))
        return wijzigingen

    def _typveld(self) -> object | None:
        """The text field being typed in, if any: its changes join into one undo step."""
        from textual.widgets import Input, TextArea

        veld = self.app.focused
        if isinstance(veld, Input | TextArea):
            return (id(self.app.screen), id(veld))
        return None

    # -- undo -------------------------------------------------------------------------------

    def ongedaan(self) -> bool:
        return self._zet_terug(self.geschiedenis.ongedaan())

    def opnieuw(self) -> bool:
        return self._zet_terug(self.geschiedenis.opnieuw())

    def _zet_terug(self, sessie: Sessie | None) -> bool:
        if sessie is None:
            return False
        self.bestand.sessie = sessie
        sessie.raak_aan()
        self.autosaver.gewijzigd()  # saved like any change; not a new step in the history
        self.app.post_message(SessieGewijzigd(frozenset({"*"})))
        return True

    # -- saving -----------------------------------------------------------------------------

    def bewaar_nu(self) -> bool:
        """Save at once (leaving a screen, suspend, quit). A change made past the editor is
        still recorded and saved: nothing typed is lost, whatever made it."""
        self.leg_vast(typveld=None)
        return self.autosaver.nu()

    @property
    def onopgeslagen(self) -> bool:
        """Something is not on disk: a failed save, or an outside change not yet settled."""
        if self.autosaver.extern or self.autosaver.fout is not None:
            return True
        return self.bestand.momentopname() is not None

    def sluit(self, stand_vastleggen: bool = True) -> bool:
        """Close the visit (keep the network's picture) and save; True when all is on disk."""
        # A sync copy only looked at stays as it is on disk.
        veranderd = not self.bestand.is_kopie or self.bestand.veranderd()
        if stand_vastleggen and not self.autosaver.extern and veranderd:
            self.doe(self.sessie.leg_stand_vast)
        return self.bewaar_nu()
