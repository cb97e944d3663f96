"""Naming people in one line of typing, and the list of who was named: shared by the answer
screen and the appèl's last step, so the gesture is the same wherever people come up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from wievraag.tui.context import sessie as open_sessie
from wievraag.tui.context import wv
from wievraag.tui.masker import toon_label
from wievraag.tui.widgets.velden import Invoer

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from wievraag.model import Persoon, Sessie

PLAATSHOUDER = "naam (relatie) + Enter, bijv. Ans (tante), Karim (buurman)"


class GenoemdLijst(OptionList):
    """The people named here; Delete takes one off (they stay in the network)."""

    BINDINGS = [Binding("delete,backspace", "haal_weg", "Haal weg")]

    class HaalWeg(Message):
        def __init__(self, lijst: GenoemdLijst, persoon_id: str) -> None:
            super().__init__()
            self.lijst = lijst
            self.persoon_id = persoon_id

    def toon(self, sessie: Sessie, persoon_ids: list[str]) -> None:
        self.clear_options()
        personen = [sessie.persoon(pid) for pid in persoon_ids]
        self.add_options(
            Option(Text(toon_label(self, p)), id=p.id) for p in personen if p is not None
        )
        self.display = self.option_count > 0

    def action_haal_weg(self) -> None:
        optie = self.highlighted_option
        if optie is not None and optie.id:
            self.post_message(self.HaalWeg(self, optie.id))


def noem(
    node: DOMNode, tekst: str, label: Callable[[Persoon], str] | None = None
) -> tuple[list[Persoon], str]:
    """Find or add everyone typed ("Ans (tante), Karim") through the editor; returns them and
    a line to notify (`label` names them in it: the screens pass the mask's `toon_label`)."""
    editor = wv(node).editor_open
    gevonden = editor.doe(editor.sessie.noem, tekst)
    nieuw = [label(p) if label else p.label for p, is_nieuw in gevonden if is_nieuw]
    bekend = [label(p) if label else p.label for p, is_nieuw in gevonden if not is_nieuw]
    delen = []
    if nieuw:
        delen.append("Nieuw in het netwerk: " + ", ".join(nieuw))
    if bekend:
        delen.append("Al bekend: " + ", ".join(bekend))
    return [p for p, _ in gevonden], ". ".join(delen)


def namen_suggester(sessie: Sessie) -> SuggestFromList:
    """Complete names already in the register, so nobody is added twice by a typo."""
    namen = sorted({p.naam for p in sessie.personen}, key=str.casefold)
    return SuggestFromList(namen, case_sensitive=False)


class NoemVeld(Vertical):
    """The whole gesture in one widget: type names + Enter, see who is named, Delete one.

    Every place where people come up uses this (an answer, the appèl's last step, the
    interviews): the widget finds or adds the people in the register (`noem`) and says which
    list they belong to; the screen keeps them in its own model field.
    """

    def __init__(
        self,
        *,
        label: str = "",
        invoer_id: str | None = None,
        lijst_id: str | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="noemveld")
        self._label = label
        self._invoer_id = invoer_id
        self._lijst_id = lijst_id

    class Genoemd(Message):
        """People were typed into `veld`; they are in the register already."""

        def __init__(self, veld: NoemVeld, personen: list[Persoon], nieuw: set[str]) -> None:
            super().__init__()
            self.veld = veld
            self.personen = personen
            self.nieuw = nieuw  # the ids that were not in the register before

    class Weg(Message):
        """Delete on one of the named: take them off this list (not out of the network)."""

        def __init__(self, veld: NoemVeld, persoon_id: str) -> None:
            super().__init__()
            self.veld = veld
            self.persoon_id = persoon_id

    def compose(self) -> ComposeResult:
        invoer = Invoer(
            placeholder=PLAATSHOUDER, id=self._invoer_id, compact=True, classes="noem-invoer"
        )
        if self._label:
            with Horizontal(classes="veldregel"):
                yield Label(self._label, classes="veldnaam")
                yield invoer
        else:
            yield invoer
        yield GenoemdLijst(id=self._lijst_id, classes="genoemd")

    def toon(self, sessie: Sessie, persoon_ids: list[str]) -> None:
        self.query_one(GenoemdLijst).toon(sessie, persoon_ids)
        self.query_one(Input).suggester = namen_suggester(sessie)

    @on(Input.Submitted)
    def _noem(self, event: Input.Submitted) -> None:
        event.stop()
        s = open_sessie(self)
        bekend = {p.id for p in s.personen}
        personen, melding = noem(self, event.value, lambda p: toon_label(self, p))
        if not personen:
            return
        event.input.value = ""
        nieuw = {p.id for p in personen if p.id not in bekend}
        self.post_message(self.Genoemd(self, personen, nieuw))
        self.notify(melding, timeout=3)

    @on(GenoemdLijst.HaalWeg)
    def _weg(self, event: GenoemdLijst.HaalWeg) -> None:
        event.stop()
        self.post_message(self.Weg(self, event.persoon_id))
