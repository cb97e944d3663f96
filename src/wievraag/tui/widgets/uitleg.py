"""The explanation panel of a view (F3): why and how, the pitfall, the parents' do / don't.

One widget for every tab that explains a view (Personen, Kaart, Plan). It reads the text from
the bank (`[[weergaven]]` in data/vragen.toml) and is only shown while the app's `uitleg` is on
(F3, or from the start in trainer mode). It stays small: a few lines under the main content,
scrolling when the text is longer, so the table or drawing stays in view at 80x24.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.widget import Widget
from textual.widgets import Static

from wievraag.model.vragen import PANEEL_BIJ, Citaat, Vragenbank, Weergave
from wievraag.tui.context import wv

# Lines the panel may take (top border included): at least this many, or a fifth of the
# screen when that is more, so a projector shows the whole text and 80x24 keeps its table.
HOOGTE = 5


def uitleg_tekst(weergave: Weergave) -> Text:
    tekst = Text()
    tekst.append(weergave.naam, style="bold")
    for kop, inhoud in (
        ("Waarom en hoe", weergave.uitleg),
        ("Valkuil", weergave.valkuil),
        ("Tip", weergave.tip),
    ):
        if inhoud:
            tekst.append(f"\n{kop}: ", style="bold")
            tekst.append(inhoud)
    tekst.append(f"\n(uitleg in eigen woorden; zie {weergave.bron})", style="dim")
    if weergave.voorlezen is not None:
        voorlezen_regel(tekst, weergave.voorlezen)
    return tekst


def panelen_bij(tekst: Text, bank: Vragenbank, plek: str) -> None:
    """The panels that belong with `plek` (model/vragen.py PANEEL_BIJ), after its own text:
    intercultural aspects with the register, asking for help with the 'niemand' questions."""
    for paneel in PANEEL_BIJ.get(plek, ()):
        weergave = bank.weergave(paneel)
        if weergave is not None:
            tekst.append("\n\n")
            tekst.append_text(uitleg_tekst(weergave))


def voorlezen_regel(tekst: Text, citaat: Citaat) -> None:
    """A text to say to the family: the source's words, marked as a quotation."""
    tekst.append("\nVoorlezen: ", style="bold")
    tekst.append(f"“{citaat.tekst}”", style="italic")
    tekst.append(f" (citaat uit {citaat.bron})", style="dim")


class UitlegVak(Static):
    DEFAULT_CSS = f"""
    UitlegVak {{
        height: {HOOGTE};
        padding: 0 1;
        border-top: solid $primary;
        overflow-y: auto;
    }}
    """

    def __init__(self, weergave: str, id: str | None = None) -> None:
        super().__init__("", id=id)
        self.weergave = weergave
        # Lines taken on screen (0 while hidden): the Kaart tab draws in what is left.
        self.hoogte = 0
        self._breedte = 0

    def on_resize(self, _: events.Resize) -> None:
        if self.size.width != self._breedte:  # the text wraps anew: fit the height to it
            self.toon()

    def on_mount(self) -> None:
        self.watch(self.app, "uitleg", lambda _: self.toon(), init=False)
        self.toon()

    def toon(self, weergave: str | None = None) -> None:
        """Show the explanation of `weergave` (or the current one) if F3 is on."""
        if weergave is not None:
            self.weergave = weergave
        tekst = wv(self).vragen.bank.weergave(self.weergave)
        self.display = bool(wv(self).uitleg) and tekst is not None
        if tekst is None:
            self.hoogte = 0
            return
        inhoud = uitleg_tekst(tekst)
        panelen_bij(inhoud, wv(self).vragen.bank, self.weergave)
        self.update(inhoud)
        self.scroll_home(animate=False)
        ouder = self.parent
        breedte = ouder.content_region.width if isinstance(ouder, Widget) else 0
        self._breedte = self.size.width
        # Padding and room for a scrollbar; before the first layout, the screen's width.
        regels = len(inhoud.wrap(self.app.console, max(20, (breedte or self.app.size.width) - 4)))
        hoogte = min(regels + 1, max(HOOGTE, self.app.size.height // 5))
        self.styles.height = hoogte
        self.hoogte = hoogte if self.display else 0
