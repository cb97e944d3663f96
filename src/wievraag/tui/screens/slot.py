"""The lock screen: nothing of any session is visible behind it, not even in the header.

Shown at start when the data folder is encrypted (the passphrase opens it), and after a
period without input (idle lock). With encryption on, only the passphrase unlocks; without,
any key does. Autosave goes on underneath: the app's timers keep running.
"""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, Static

from wievraag.tui.context import wv


class SlotScherm(Screen[None]):
    """A full screen (not a modal): what lies below is not drawn at all."""

    HELP_ONDERWERP = "slot"

    def __init__(self, bij_start: bool = False) -> None:
        # No fixed id: a lock that follows right after an unlock must not clash with the
        # previous lock screen, which Textual removes a moment after it is dismissed.
        super().__init__(classes="slot")
        self._bij_start = bij_start

    @property
    def met_wachtwoord(self) -> bool:
        return wv(self).opslag.versleuteld

    def compose(self) -> ComposeResult:
        with Vertical(id="slot-venster"):
            if self._bij_start:
                yield Static("🔒 wievraag · de sessies zijn versleuteld", id="slot-kop")
            else:
                yield Static("🔒 wievraag is vergrendeld", id="slot-kop")
                yield Static(
                    "Er is een tijd niets ingetoetst; het scherm is afgeschermd. "
                    "Je werk is opgeslagen en wordt dat ook nu.",
                    id="slot-uitleg",
                )
            if self.met_wachtwoord:
                yield Static("Typ het wachtwoord en druk op Enter.")
                yield Input(password=True, id="wachtwoord", placeholder="wachtwoord")
            else:
                yield Static("Druk op een toets om verder te gaan.")
            yield Static("", id="slot-melding")
            yield Static("Ctrl+Q = afsluiten (alles wordt opgeslagen)", classes="hint")

    def on_mount(self) -> None:
        if self.query("#wachtwoord"):
            self.query_one("#wachtwoord", Input).focus()

    def on_key(self, event: events.Key) -> None:
        if not self.met_wachtwoord and event.key != "ctrl+q":
            event.stop()
            self.dismiss()

    @on(Input.Submitted, "#wachtwoord")
    def _probeer(self, event: Input.Submitted) -> None:
        from wievraag.versleuteling import VerkeerdWachtwoord

        invoer = self.query_one("#wachtwoord", Input)
        try:
            wv(self).opslag.ontgrendel(event.value)
        except VerkeerdWachtwoord:
            invoer.value = ""
            self.query_one("#slot-melding", Static).update(
                "✗ Het wachtwoord klopt niet. Probeer het opnieuw."
            )
            return
        except ValueError as fout:
            self.query_one("#slot-melding", Static).update(f"✗ {fout}")
            return
        invoer.value = ""
        self.dismiss()
