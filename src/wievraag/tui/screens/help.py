"""Help per screen (F1): packaged Markdown, one section per screen plus the keys."""

from __future__ import annotations

from importlib import resources

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Markdown


def hulptekst(onderwerp: str) -> str:
    """The section `## <onderwerp>` of help.md plus the general part (`## algemeen`)."""
    tekst = resources.files("wievraag.tui").joinpath("help.md").read_text(encoding="utf-8")
    delen: dict[str, str] = {}
    for blok in tekst.split("\n## ")[1:]:
        kop, _, inhoud = blok.partition("\n")
        delen[kop.strip()] = inhoud.strip()
    return "\n\n".join(d for d in (delen.get(onderwerp, ""), delen.get("algemeen", "")) if d)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Sluit hulp")]

    def __init__(self, onderwerp: str) -> None:
        super().__init__(classes="dialoog")
        self.onderwerp = onderwerp

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="venster hulp"):
            yield Markdown(hulptekst(self.onderwerp))
        yield Footer(compact=True)
