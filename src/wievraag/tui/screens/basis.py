"""What every screen inside an open session shares: Ctrl+A (F2) starts an appèl from anywhere.

An appèl comes unannounced, often mid-sentence (§2): the key must work while typing in any
field, so it is a screen binding with priority on a Ctrl key (and F2), not a letter.

The footer of these screens leaves out Textual's docked "^p Opdrachten": at 80 columns it is
F2 or the palette hint, and F2 is what the moment asks for. Ctrl+P still works (see help).
"""

from __future__ import annotations

import inspect

from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer

from wievraag.tui.context import wv
from wievraag.tui.toetsnamen import APPEL, UITLEG
from wievraag.tui.widgets.voettekst import Voettekst


class InSessieScreen(Screen[None]):
    BINDINGS = [
        Binding(
            APPEL,
            "nieuw_appel",
            "Appèl",
            id="nieuw-appel",
            tooltip="Leg een nieuw appèl vast (werkt ook tijdens het typen)",
            # Before a text field's own Ctrl+A (Home does that too): it works mid-sentence.
            priority=True,
        ),
        Binding(
            UITLEG,
            "uitleg",
            "Uitleg",
            id="uitleg",
            tooltip="Waarom, hoe en valkuilen",
            priority=True,
        ),
    ]
    # Screens with an explanation panel set this and implement `toon_uitleg(zichtbaar)`.
    HEEFT_UITLEG = False

    def on_mount(self) -> None:
        if self.HEEFT_UITLEG:
            self.watch(self.app, "uitleg", self.toon_uitleg)
        self.watch(self.app, "namen_verborgen", self._namen_gewisseld, init=False)

    def _namen_gewisseld(self, _: bool) -> None:
        self.toon_namen()

    def toon_namen(self) -> None:
        """Show names (or hide them) after F8 (privacy mask, tui/masker.py). By default the
        screen is built again from the model, so every name on it goes through the mask;
        screens that can refresh less override this."""
        self.run_worker(self.toon_hersteld(), exclusive=True, group="hersteld")

    def toon_uitleg(self, zichtbaar: bool) -> None:
        """Show or hide this screen's explanation panel (called when the setting changes)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "uitleg":
            return self.HEEFT_UITLEG  # no F3 in the footer where there is nothing to explain
        return True

    def action_uitleg(self) -> None:
        wv(self).uitleg = not wv(self).uitleg

    # Set when an undo or redo changed the session while this screen was not in view.
    verouderd = False

    def on_screen_resume(self) -> None:
        if self.verouderd:
            self.verouderd = False
            self.run_worker(self.toon_hersteld(), exclusive=True, group="hersteld")

    async def toon_hersteld(self) -> None:
        """Show the session after an undo or redo. By default the screen is built again from
        the model, as when it was opened; screens with more state override this."""
        focus = self.focused.id if self.focused is not None else None
        try:
            await self.recompose()
            opnieuw = getattr(self, "on_mount", None)
            if callable(opnieuw):
                resultaat = opnieuw()
                if inspect.isawaitable(resultaat):
                    await resultaat
        except Exception:
            # Never a crash in front of the family: the session is restored and saved; go
            # back to the session's tabs, which always show it right.
            self.notify("Dit scherm kon niet worden bijgewerkt; terug naar de sessie.")
            self.dismiss()
            return
        if focus:
            for widget in self.query(f"#{focus}"):
                if widget.focusable:
                    widget.focus()
                break

    def action_nieuw_appel(self) -> None:
        from wievraag.tui.screens.appel import AppelScreen

        self.app.push_screen(AppelScreen())

    @staticmethod
    def footer() -> Footer:
        return Voettekst()


class PlekScreen(InSessieScreen):
    """A guided form that remembers where you were (page, field, person) while the session is
    open, so leaving half way and coming back lands on the same spot (the interviews)."""

    def _onthoud(self) -> None:
        """Note the current spot in the tab's `plekken`; each form knows what its spot is."""

    def on_screen_suspend(self) -> None:
        self._onthoud()

    def action_terug(self) -> None:
        self._onthoud()
        self.app.pop_screen()
