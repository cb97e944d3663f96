"""The plan's "whom to call" lines, as a list on the plan's details screen."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from wievraag.model import Bellen, Sessie
from wievraag.tui.masker import Weergave, weergave
from wievraag.tui.widgets.plan import namen

NIEUW = "__nieuw__"


def bellen_tekst(w: Weergave, bellen: Bellen) -> str:
    """ "als Roos vastloopt: Tante Sanne, Lieke" (the first one first)."""
    wie = namen(w, bellen.wie) or "nog niemand"
    return f"{w.tekst(bellen.wanneer.strip()) or '(situatie nog niet ingevuld)'}: {wie}"


class BellenLijst(OptionList):
    """The plan's "whom to call" lines on the details screen; Enter edits, Delete removes."""

    BINDINGS = [Binding("delete", "verwijder", "Verwijder")]

    class Verwijder(Message):
        def __init__(self, bellen_id: str) -> None:
            super().__init__()
            self.bellen_id = bellen_id

    def toon(self, s: Sessie) -> None:
        plek = self.highlighted or 0
        self.clear_options()
        for b in s.plan.bellen if s.plan else []:
            self.add_option(Option(Text(bellen_tekst(weergave(self), b)), id=b.id))
        self.add_option(Option("+ nieuw: wie bel je als…", id=NIEUW))
        self.highlighted = min(plek, self.option_count - 1)  # Enter works at once

    def action_verwijder(self) -> None:
        optie = self.highlighted_option
        if optie is not None and optie.id and optie.id != NIEUW:
            self.post_message(self.Verwijder(optie.id))
