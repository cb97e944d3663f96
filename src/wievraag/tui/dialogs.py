"""Small modal dialogs: confirm, ask for a line of text, choose between options."""

from __future__ import annotations

from typing import TypeVar

from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from wievraag.tui.widgets.velden import Invoer

R = TypeVar("R")


class Dialoog(ModalScreen[R]):
    """Every dialog of the app. Dismissed once: a second Enter or Escape typed before the
    dialog was gone is a no-op, never the screen underneath popped (it crashed the app).
    The arrow keys move between its buttons, as people expect of a row (or column) of them."""

    BINDINGS = [
        Binding("left", "knop(-1)", "Vorige knop", show=False),
        Binding("right", "knop(1)", "Volgende knop", show=False),
        Binding("up", "knop(-1)", "Vorige knop", show=False),
        Binding("down", "knop(1)", "Volgende knop", show=False),
    ]
    _weg = False

    def action_knop(self, stap: int) -> None:
        """Move along the buttons and fields, stopping at the ends: Left on the first button
        stays there (wrapping round to the last one, "Annuleer", cancelled a delete)."""
        keten = self.focus_chain
        if not keten:
            return
        hier = keten.index(self.focused) if self.focused in keten else 0
        keten[max(0, min(len(keten) - 1, hier + stap))].focus()

    def dismiss(self, result: R | None = None) -> AwaitComplete:
        if self._weg or not self.is_current:
            return AwaitComplete.nothing()  # type: ignore[no-untyped-call,no-any-return]
        self._weg = True
        return super().dismiss(result)


class Bevestig(Dialoog[bool]):
    """Yes/no, with the consequence spelled out. Escape is always "no"."""

    BINDINGS = [Binding("escape", "dismiss(False)", "Annuleer")]

    def __init__(self, vraag: str, ja: str = "Ja", nee: str = "Annuleer", gevaarlijk: bool = False):
        super().__init__(classes="dialoog")
        self._vraag, self._ja, self._nee, self._gevaarlijk = vraag, ja, nee, gevaarlijk

    def compose(self) -> ComposeResult:
        with Vertical(classes="venster"):
            yield Static(self._vraag, classes="vraag")
            with Horizontal(classes="knoppen"):
                yield Button(self._ja, id="ja", variant="error" if self._gevaarlijk else "primary")
                yield Button(self._nee, id="nee")

    def on_mount(self) -> None:
        # The safe choice has focus, so a stray Enter never deletes anything.
        self.query_one("#nee" if self._gevaarlijk else "#ja", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "ja")


class VraagTekst(Dialoog[str | None]):
    """Ask for one line of text (a family label, an own question)."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Annuleer")]

    def __init__(self, vraag: str, placeholder: str = "", waarde: str = "") -> None:
        super().__init__(classes="dialoog")
        self._vraag, self._placeholder, self._waarde = vraag, placeholder, waarde

    def compose(self) -> ComposeResult:
        with Vertical(classes="venster"):
            yield Label(self._vraag, classes="vraag")
            yield Invoer(value=self._waarde, placeholder=self._placeholder, id="tekst")
            yield Static("Enter = opslaan · Esc = annuleren", classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        tekst = event.value.strip()
        if not tekst:
            self.notify("Vul eerst iets in, of druk op Esc.", severity="warning")
            return
        self.dismiss(tekst)


class Kies(Dialoog[str | None]):
    """Pick one of a few labelled options (e.g. after an outside change to the file)."""

    def __init__(self, uitleg: str, keuzes: dict[str, str]) -> None:
        super().__init__(classes="dialoog")
        self._uitleg, self._keuzes = uitleg, keuzes

    def compose(self) -> ComposeResult:
        with Vertical(classes="venster"):
            yield Static(self._uitleg, classes="vraag")
            with Horizontal(classes="knoppen"):
                for sleutel, tekst in self._keuzes.items():
                    yield Button(tekst, id=sleutel)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id)


class KiesUitLijst(Dialoog[str | None]):
    """Pick one of several longer options, one per line (they do not fit side by side as
    buttons at 80 columns): arrows and Enter, or a click; Esc cancels."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Annuleer")]

    def __init__(self, uitleg: str, keuzes: dict[str, str]) -> None:
        super().__init__(classes="dialoog")
        self._uitleg, self._keuzes = uitleg, keuzes

    def compose(self) -> ComposeResult:
        with Vertical(classes="venster"):
            yield Static(self._uitleg, classes="vraag")
            yield OptionList(*(Option(tekst, id=k) for k, tekst in self._keuzes.items()))
            yield Static("Enter = kiezen · Esc = annuleren", classes="hint")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
