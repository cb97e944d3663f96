"""The genogram in the terminal: drawn from the session, never a copy of its data.

The drawing scrolls (arrows, mouse) when the family is wider or taller than the screen, and a
family narrower than the screen is spread out to its width (tekening/genogram.py). Names
go through `naam`, so a privacy mask can hide them here as on every other view. It is laid out
only when shown, once per state of the session (widgets/inbeeld.py): hidden in the Kaart tab,
a family of 2,000 costs nothing when the session opens.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import ScrollableContainer, Vertical
from textual.widgets import Static

from wievraag.model import Persoon
from wievraag.tekening.genogram import LEGENDA, NaamFunctie, Stijl, leg_uit
from wievraag.tekening.genogram_weergave import als_regels
from wievraag.tui.context import sessie
from wievraag.tui.masker import namen_verborgen
from wievraag.tui.widgets.inbeeld import Getekend

# Bold, italic and dim only: they survive NO_COLOR and a light theme; the meaning is always in
# a symbol or word as well (†, ✂, "overleden", "verbroken").
STIJLEN: dict[Stijl, str] = {
    "": "",
    "naam": "bold",
    "overleden": "italic",
    "detail": "",
    "lijn": "",
    "kop": "italic dim",
    "grens": "",  # the household's dotted line: its dots say it, no colour needed
}
# Cells of the view the drawing cannot use: the padding either side and a vertical scrollbar
# (a tall family gets one; the width is chosen before knowing).
RAND = 4

LEEG = (
    "Nog niemand in het genogram. Geef familieleden een generatie, ouders of een partner: "
    "kies iemand in Personen (p) en druk Enter."
)


def eigen_naam(persoon: Persoon) -> str:
    return persoon.naam


class GenogramTekening(Vertical):
    """The drawing, its legend and what it could not draw (said in words)."""

    def __init__(self, naam: NaamFunctie = eigen_naam, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.naam = naam
        self._getekend = Getekend()

    def compose(self) -> ComposeResult:
        # Legend and notes scroll with the drawing: on a short screen (60×20) they would
        # otherwise take half the rows and leave the family a slit to look through.
        with ScrollableContainer(id="genogram-vlak"):
            yield Static("", id="genogram-plaat")
            yield Static(LEGENDA, id="genogram-legenda")
            yield Static("", id="genogram-opmerkingen")

    def on_show(self, _: events.Show) -> None:
        self.ververs()  # what changed while hidden (nothing drawn then)

    def on_resize(self, _: events.Resize) -> None:
        self.ververs()  # the first layout: shown for the first time

    def zet_naam(self, naam: NaamFunctie) -> None:
        """Another way to name people (a privacy mask): drawn again at once."""
        self.naam = naam
        self._getekend.vergeet()
        self.ververs()

    def ververs(self) -> None:
        """Draw the session as it is now, if shown and not drawn so already."""
        if self._getekend.nodig(self, namen_verborgen(self), self.breedte):
            self._teken()

    @property
    def breedte(self) -> int:
        """The cells a drawing has across without scrolling."""
        return max(1, self.size.width - RAND)

    def _teken(self) -> None:
        genogram = leg_uit(sessie(self), self.naam, breedte=self.breedte)
        plaat = Text(no_wrap=True, overflow="ignore", end="")
        if genogram.leeg:
            plaat.append(LEEG)
            plaat.no_wrap = False
        for nummer, regel in enumerate(als_regels(genogram)):
            if nummer:
                plaat.append("\n")
            for tekst, stijl in regel:
                plaat.append(tekst, STIJLEN[stijl])
        plaat.rstrip()
        self.query_one("#genogram-plaat", Static).update(plaat)
        self.query_one("#genogram-legenda", Static).display = not genogram.leeg
        opmerkingen = self.query_one("#genogram-opmerkingen", Static)
        opmerkingen.update(Text("\n".join(f"• {o}" for o in genogram.opmerkingen)))
        opmerkingen.display = bool(genogram.opmerkingen)
