"""Command palette: "go to a question" from anywhere inside a session."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from wievraag.tui.context import wv


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
