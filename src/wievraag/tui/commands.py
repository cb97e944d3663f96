"""Command palette inside a session: "go to a question", and the screens of the method that
have no tab of their own (the netwerkberaad, the young person's voice, the intake, the closing
talk with its aftercare, the open questions of a merge)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from wievraag.tui.context import wv

if TYPE_CHECKING:
    from textual.screen import Screen

    from wievraag.tui.app import WievraagApp


class VraagCommando(Provider):
    """Every wie-vraag, searchable by its words; choosing one opens it to record the answer."""

    def _vragen(self) -> list[tuple[str, str, str]]:
        app = wv(self.screen)
        if app.bestand is None:
            return []
        themas = {t.id: t.naam for t in app.vragen.themas}
        return [(v.id, v.tekst, themas.get(v.thema, v.thema)) for v in app.vragen.alle]

    async def discover(self) -> Hits:
        app = wv(self.screen)
        if app.bestand is None:
            return
        for vraag_id in app.vragen.mijn.favorieten:
            vraag = app.vragen.vraag(vraag_id)
            if vraag is not None:
                yield DiscoveryHit(
                    f"★ {vraag.tekst}", partial(self._open, vraag.id), help="favoriete vraag"
                )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for vraag_id, tekst, thema in self._vragen():
            score = matcher.match(f"vraag {tekst}")
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(tekst),
                    partial(self._open, vraag_id),
                    help=f"Ga naar vraag · {thema}",
                )

    def _open(self, vraag_id: str) -> None:
        from wievraag.tui.screens.antwoord import AntwoordScreen

        self.app.push_screen(AntwoordScreen(vraag_id))


@dataclass(frozen=True)
class Scherm:
    """One screen the palette opens: its name, the words it is also found by, what it is for
    (the palette's help line) and how it is made."""

    naam: str
    ook: str
    uitleg: str
    maak: Callable[[], Screen[Any]]
    # Only offered when it has something to show (the merge's open questions).
    nodig: Callable[[WievraagApp], bool] = lambda _app: True


def _beraad() -> Screen[Any]:
    from wievraag.tui.screens.beraad import BeraadScreen

    return BeraadScreen()


def _stem() -> Screen[Any]:
    from wievraag.tui.screens.stem import StemScreen

    return StemScreen()


def _aanmelding() -> Screen[Any]:
    from wievraag.tui.screens.aanmelding import AanmeldingScreen

    return AanmeldingScreen()


def _afsluiting() -> Screen[Any]:
    from wievraag.tui.screens.evaluatie import AfsluitingScreen

    return AfsluitingScreen()


def _conflicten() -> Screen[Any]:
    from wievraag.tui.screens.conflicten import ConflictScherm

    return ConflictScherm()


def _open_vragen(app: WievraagApp) -> bool:
    return app.editor is not None and bool(app.editor.bestand.sync.conflicten)


SCHERMEN = (
    Scherm(
        "Netwerkberaad",
        "familiegroepsplan beraad",
        "Het beraad voorbereiden en vastleggen; het familiegroepsplan (Plan, n)",
        _beraad,
    ),
    Scherm(
        "Stem van de jongere",
        "JIM mentor jongere",
        "Wie de jongere erbij wil, en de JIM die hij zelf kiest (Plan, j)",
        _stem,
    ),
    Scherm(
        "Aanmelding",
        "intake verwijzer eerste gesprek",
        "Wie de verwijzer noemde en wie bij het eerste gesprek was (Personen, r)",
        _aanmelding,
    ),
    Scherm(
        "Afsluiting en nazorg",
        "afsluiten vinger aan de pols",
        "Het gesprek bij het einde van de hulp, en wanneer je nog eens vraagt hoe het gaat",
        _afsluiting,
    ),
    Scherm(
        "Open vragen na samenvoegen",
        "conflicten twee laptops",
        "Kies per verschil welke versie blijft",
        _conflicten,
        _open_vragen,
    ),
)


VOORRANG = 1000.0
"""Added to a screen's score when the typed words stand in it literally: Textual's scores
have no upper bound (a few to a few dozen), this puts such a screen above any question."""


class SchermCommando(Provider):
    """The method's screens without a tab, by name or by the words of the method (JIM,
    familiegroepsplan, nazorg), so nobody has to remember under which tab and key they are."""

    def _schermen(self) -> list[Scherm]:
        app = wv(self.screen)
        if app.bestand is None:
            return []
        return [s for s in SCHERMEN if s.nodig(app)]

    async def discover(self) -> Hits:
        for scherm in self._schermen():
            yield DiscoveryHit(scherm.naam, partial(self._open, scherm), help=scherm.uitleg)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for scherm in self._schermen():
            # A word typed as it stands in the name or the method's words ("jim", "nazorg")
            # means this screen: it comes before the questions that merely contain it (a
            # question's hit can score as high, "Nee, hier mist een JIM!"). Else a fuzzy match.
            score = max(matcher.match(scherm.naam), matcher.match(scherm.ook))
            if score > 0 and query.strip().lower() in f"{scherm.naam} {scherm.ook}".lower():
                score += VOORRANG
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(scherm.naam),
                    partial(self._open, scherm),
                    help=scherm.uitleg,
                )

    def _open(self, scherm: Scherm) -> None:
        nieuw = scherm.maak()
        # Chosen on the screen it opens: stay there, one copy of a screen on the stack.
        if type(self.app.screen) is not type(nieuw):
            self.app.push_screen(nieuw)
