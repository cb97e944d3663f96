"""Help per screen (F1): packaged Markdown, one section per screen plus the keys."""

from __future__ import annotations

from importlib import resources

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Markdown

from wievraag.tui.dialogs import Dialoog
from wievraag.tui.widgets.voettekst import Voettekst


def hulptekst(*onderwerpen: str) -> str:
    """The sections `## <onderwerp>` of help.md, then the general part (`## algemeen`)."""
    tekst = resources.files("wievraag.tui").joinpath("help.md").read_text(encoding="utf-8")
    delen: dict[str, str] = {}
    for blok in tekst.split("\n## ")[1:]:
        kop, _, inhoud = blok.partition("\n")
        delen[kop.strip()] = inhoud.strip()
    gekozen = [*onderwerpen, "algemeen"]
    return "\n\n".join(delen[o] for o in dict.fromkeys(gekozen) if o in delen)


class HelpScreen(Dialoog[None]):
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Sluit hulp")]

    def __init__(self, *onderwerpen: str) -> None:
        super().__init__(classes="dialoog")
        self.onderwerpen = onderwerpen

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="venster hulp"):
            yield Markdown(hulptekst(*self.onderwerpen))
        yield Voettekst()
