"""A laid-out `Genogram` rendered twice: as terminal text and as SVG, from the same cells.

Lines are drawn cell by cell: every cell a line passes through records in which directions it
connects (up, down, left, right), so crossings and corners come out as the right box-drawing
character (┬ ┴ ┌ ┐ ┼) whatever the order of drawing. Cells with a label are never drawn on.
"""

from __future__ import annotations

import itertools
import weakref
from bisect import bisect_right
from dataclasses import dataclass
from itertools import compress
from operator import ne
from xml.sax.saxutils import escape

from wievraag.tekening.genogram import (
    LEGENDA,
    NIEMAND,
    STREEP,
    Genogram,
    Grens,
    Label,
    Lijn,
    Stijl,
    breedte,
)

OP, NEER, LINKS, RECHTS = 1, 2, 4, 8
_TEKENS = {
    OP | NEER: "│",
    LINKS | RECHTS: "─",
    NEER | RECHTS: "┌",
    NEER | LINKS: "┐",
    OP | RECHTS: "└",
    OP | LINKS: "┘",
    OP | NEER | RECHTS: "├",
    OP | NEER | LINKS: "┤",
    NEER | LINKS | RECHTS: "┬",
    OP | LINKS | RECHTS: "┴",
    OP | NEER | LINKS | RECHTS: "┼",
    OP: "│",
    NEER: "│",
    LINKS: "─",
    RECHTS: "─",
}
# A partner line is double: it reads as "belong together", the single lines as "comes from".
_DUBBEL = {LINKS | RECHTS: "═", NEER | LINKS | RECHTS: "╤", LINKS: "═", RECHTS: "═"}
# The household's line is dotted (McGoldrick), with round corners: never read as a family line.
_STIP = {
    OP | NEER: "┊",
    LINKS | RECHTS: "┈",
    NEER | RECHTS: "╭",
    NEER | LINKS: "╮",
    OP | RECHTS: "╰",
    OP | LINKS: "╯",
}


@dataclass(frozen=True)
class _Cel:
    """One line cell: in which directions it connects, double (partners) or not, and
    whether it is a bridge: one family's vertical line passing another family's horizontal
    one, not joined (drawn as │ with a gap on both sides, so nobody reads it as a junction)."""

    richting: int
    dubbel: bool = False
    kruising: bool = False


@dataclass(frozen=True)
class _Stuk:
    """A line from cell `a` to cell `b` (a ≤ b) along its row or column."""

    a: int
    b: int
    lijn: Lijn


class _Reeks:
    """Lines along one row or column, to find those through one cell by bisection: sorted
    by start, with the furthest end reached so far."""

    def __init__(self, stukken: list[_Stuk]) -> None:
        stukken.sort(key=lambda s: (s.a, s.b))
        self.stukken = stukken
        self.begin = [s.a for s in stukken]
        self.verste: list[int] = []
        for s in stukken:
            self.verste.append(max(s.b, self.verste[-1]) if self.verste else s.b)

    def door(self, plek: int) -> list[_Stuk]:
        uit = []
        i = bisect_right(self.begin, plek) - 1
        while i >= 0 and self.verste[i] >= plek:
            if self.stukken[i].b >= plek:
                uit.append(self.stukken[i])
            i -= 1
        return uit


class _Raster:
    """The lines of a genogram indexed per row (horizontal) and column (vertical).

    A family's horizontal line can span thousands of cells in a big family, nearly all of
    them a plain "─". So the raster does not store cells: it works out one cell from the
    few lines through it (`cel`), and says which cells can be anything but plain
    (`bijzonder`): the ends of horizontal lines, where they overlap, and every cell of a
    vertical line."""

    def __init__(self, g: Genogram) -> None:
        self.bezet: dict[tuple[int, int], Label] = {}
        for label in g.labels:
            for dy, tekst in enumerate((label.naam, label.detail)):
                y = label.y + dy
                self.bezet.update(dict.fromkeys([(x, y) for x in _cellen(label.x, tekst)], label))
        rijen: dict[int, list[_Stuk]] = {}
        kolommen: dict[int, list[_Stuk]] = {}
        for lijn in g.lijnen:
            if lijn.y1 == lijn.y2:
                a, b = sorted((lijn.x1, lijn.x2))
                rijen.setdefault(lijn.y1, []).append(_Stuk(a, b, lijn))
            else:
                a, b = sorted((lijn.y1, lijn.y2))
                kolommen.setdefault(lijn.x1, []).append(_Stuk(a, b, lijn))
        self.rijen = {y: _Reeks(stukken) for y, stukken in rijen.items()}  # horizontal
        self.kolommen = {x: _Reeks(stukken) for x, stukken in kolommen.items()}  # vertical
        # Each cell worked out once: the text and the SVG (an export makes both) ask for the
        # same cells, the SVG for its bridges.
        self._cellen: dict[tuple[int, int], _Cel | None] = {}
        self._verticale: set[tuple[int, int]] | None = None

    def cel(self, x: int, y: int) -> _Cel | None:
        """The cell at (x, y), or None: no line, or a label's cell (never drawn on)."""
        plek = (x, y)
        if (bekend := self._cellen.get(plek, _ONBEKEND)) is not _ONBEKEND:
            return bekend  # type: ignore[return-value]
        cel = self._cellen[plek] = self._cel(x, y)
        return cel

    def _cel(self, x: int, y: int) -> _Cel | None:
        # `_Reeks.door` written out for the row and the column: this runs for every line
        # cell but the plain middles (tens of thousands in a big family), twice per drawing.
        if (x, y) in self.bezet:
            return None
        richting = 0
        door: list[tuple[int, Lijn]] = []  # the lines through the cell, with their directions
        if (rij := self.rijen.get(y)) is not None:
            stukken, verste = rij.stukken, rij.verste
            i = bisect_right(rij.begin, x) - 1
            while i >= 0 and verste[i] >= x:
                s = stukken[i]
                i -= 1
                if s.b >= x and (r := (LINKS if x > s.a else 0) | (RECHTS if x < s.b else 0)):
                    richting |= r
                    door.append((r, s.lijn))
        if (kolom := self.kolommen.get(x)) is not None:
            stukken, verste = kolom.stukken, kolom.verste
            i = bisect_right(kolom.begin, y) - 1
            while i >= 0 and verste[i] >= y:
                s = stukken[i]
                i -= 1
                if s.b >= y and (r := (OP if y > s.a else 0) | (NEER if y < s.b else 0)):
                    richting |= r
                    door.append((r, s.lijn))
        if not richting:
            return None
        dubbel = any(lijn.soort == "partner" and lijn.relatie != "samenwonend" for _, lijn in door)
        kruising = False
        if richting == OP | NEER | LINKS | RECHTS and len(door) > 1:
            # Only a cell joined on all four sides can be a bridge: the families through it.
            per_gezin: dict[tuple[str, ...], int] = {}
            for r, lijn in door:
                gezin = lijn.ouders if lijn.soort == "kind" else ()
                per_gezin[gezin] = per_gezin.get(gezin, 0) | r
            kruising = len(per_gezin) > 1 and all(
                r in (OP | NEER, LINKS | RECHTS) for r in per_gezin.values()
            )
        return _cel_van(richting, dubbel, kruising)

    def _verticaal(self) -> set[tuple[int, int]]:
        if self._verticale is None:
            self._verticale = {
                (x, y)
                for x, reeks in self.kolommen.items()
                for stuk in reeks.stukken
                for y in range(stuk.a, stuk.b + 1)
            }
        return self._verticale

    def bijzonder(self) -> set[tuple[int, int]]:
        """Every cell that may be other than the plain middle of one horizontal line."""
        uit = set(self._verticaal())
        for y, reeks in self.rijen.items():
            verste: int | None = None
            for stuk in reeks.stukken:  # sorted by start: an overlap starts before the last end
                uit.add((stuk.a, y))
                uit.add((stuk.b, y))
                if verste is not None and stuk.a <= verste:
                    uit.update((x, y) for x in range(stuk.a, min(verste, stuk.b) + 1))
                verste = stuk.b if verste is None else max(verste, stuk.b)
        return uit

    def kruisingen(self) -> list[tuple[int, int]]:
        """The bridges, in (x, y) order: a bridge is always on a vertical line."""
        kandidaten = [
            (x, y)
            for x, y in self._verticaal()
            if (rij := self.rijen.get(y)) is not None and rij.door(x)  # a line across it
        ]
        return sorted(c for c in kandidaten if (cel := self.cel(*c)) and cel.kruising)

    @property
    def cellen(self) -> dict[tuple[int, int], _Cel]:
        """Every line cell (for tests and readers: the drawing itself never needs them all)."""
        alle = self.bijzonder()
        for y, reeks in self.rijen.items():
            for stuk in reeks.stukken:
                alle.update((x, y) for x in range(stuk.a, stuk.b + 1))
        return {c: cel for c in sorted(alle) if (cel := self.cel(*c)) is not None}


# The raster of the drawings last rendered, by the drawing (as `_gerenderd` below): the
# export draws one genogram twice, as SVG and as text, from the same cells.
_rasters: dict[int, tuple[weakref.ref[Genogram], _Raster]] = {}


def _raster(g: Genogram) -> _Raster:
    bewaard = _rasters.get(id(g))
    if bewaard is None or bewaard[0]() is not g:
        sleutel = id(g)
        bewaard = (weakref.ref(g, lambda _: _rasters.pop(sleutel, None)), _Raster(g))
        _rasters[sleutel] = bewaard
    return bewaard[1]


_ONBEKEND = object()
_CELLEN: dict[tuple[int, bool, bool], _Cel] = {}


def _cel_van(richting: int, dubbel: bool, kruising: bool) -> _Cel:
    """One shared `_Cel` per kind (there are a few dozen): a drawing has tens of thousands."""
    sleutel = (richting, dubbel, kruising)
    cel = _CELLEN.get(sleutel)
    if cel is None:
        cel = _CELLEN[sleutel] = _Cel(richting, dubbel, kruising)
    return cel


def _cellen(x: int, tekst: str) -> range:
    """The columns a text written from column x takes."""
    return range(x, x + breedte(tekst))


def _teken(cel: _Cel) -> str:
    if cel.kruising:
        return "│"
    if cel.dubbel and cel.richting in _DUBBEL:
        return _DUBBEL[cel.richting]
    return _TEKENS[cel.richting]


# The runs of the drawings last rendered, by the drawing itself: `leg_uit` hands out the same
# `Genogram` for a layout it kept, so showing it again costs nothing. Forgotten with it.
_gerenderd: dict[int, tuple[weakref.ref[Genogram], list[list[tuple[str, Stijl]]]]] = {}


def als_regels(g: Genogram) -> list[list[tuple[str, Stijl]]]:
    """One list of (text, style) runs per line; the terminal widget gives the styles a look."""
    bewaard = _gerenderd.get(id(g))
    if bewaard is None or bewaard[0]() is not g:
        sleutel = id(g)
        bewaard = (weakref.ref(g, lambda _: _gerenderd.pop(sleutel, None)), _als_regels(g))
        _gerenderd[sleutel] = bewaard
    return [list(regel) for regel in bewaard[1]]  # the caller's own lists


def _als_regels(g: Genogram) -> list[list[tuple[str, Stijl]]]:
    hoogte, breed = g.hoogte, g.breedte
    tekens = [[" "] * breed for _ in range(hoogte)]
    stijlen: list[list[Stijl]] = [[""] * breed for _ in range(hoogte)]
    raster = _raster(g)
    # The middles of horizontal lines in one go (a slice), then every other cell on its own.
    for y, reeks in raster.rijen.items():
        if not 0 <= y < hoogte:
            continue
        for stuk in reeks.stukken:
            a, b = max(stuk.a + 1, 0), min(stuk.b, breed)
            if a < b:
                tekens[y][a:b] = [_vulling(stuk.lijn)] * (b - a)
                stijlen[y][a:b] = ["lijn"] * (b - a)
    cel_op = raster.cel
    for x, y in raster.bijzonder():
        if 0 <= y < hoogte and 0 <= x < breed:
            if (cel := cel_op(x, y)) is None:
                tekens[y][x] = " "
                stijlen[y][x] = ""
            else:
                tekens[y][x] = _teken(cel)
                stijlen[y][x] = "lijn"
    for lijn in g.lijnen:  # separated or divorced: the slashes across the partner line
        if lijn.soort == "partner" and (streep := STREEP.get(lijn.relatie)) and lijn.y1 >= 0:
            plek = _streep_x(lijn, len(streep))
            if plek is not None and lijn.y1 < hoogte and plek + len(streep) <= breed:
                tekens[lijn.y1][plek : plek + len(streep)] = list(streep)
    for grens in g.grenzen:
        _stippel(grens, tekens, stijlen)
    for kop in g.rijkoppen:
        _schrijf(tekens[kop.y], stijlen[kop.y], 0, kop.tekst, "kop")
        if kop.leeg:
            _schrijf(tekens[kop.y], stijlen[kop.y], kop.x, NIEMAND, "detail")
    for label in g.labels:
        stijl: Stijl = "overleden" if label.overleden else "naam"
        _schrijf(tekens[label.y], stijlen[label.y], label.x, label.naam, stijl)
        _schrijf(tekens[label.y + 1], stijlen[label.y + 1], label.x, label.detail, "detail")
    uit: list[list[tuple[str, Stijl]]] = []
    for rij, stijl_rij in zip(tekens, stijlen, strict=True):
        # Runs of one style: where the style changes, found without a Python step per cell.
        grenzen = [
            0,
            *compress(range(1, breed), map(ne, stijl_rij[1:], stijl_rij[:-1])),
            breed,
        ]
        uit.append(
            [("".join(rij[a:b]), stijl_rij[a]) for a, b in itertools.pairwise(grenzen) if b > a]
        )
    return uit


def _stippel(grens: Grens, tekens: list[list[str]], stijlen: list[list[Stijl]]) -> None:
    """A household's outline, under everything: a line crossing it (a child who lives
    elsewhere, an ex-partner) stays whole, and no label is ever drawn on. A stretch along a
    row is filled as a slice (in a family of thousands it spans thousands of cells), its
    corners one by one, rounded towards their two neighbours."""
    punten = grens.punten
    hoogte, breed = len(tekens), len(tekens[0]) if tekens else 0

    def zet(x: int, y: int, teken: str) -> None:
        if 0 <= y < hoogte and 0 <= x < breed and tekens[y][x] == " ":
            tekens[y][x], stijlen[y][x] = teken, "grens"

    for (x1, y1), (x2, y2) in zip(punten, [*punten[1:], punten[0]], strict=True):
        if y1 == y2 and 0 <= y1 < hoogte:
            a, b = max(min(x1, x2) + 1, 0), min(max(x1, x2), breed)
            rij, stijl = tekens[y1], stijlen[y1]
            vrij = [rij[x] == " " for x in range(a, b)]
            rij[a:b] = ["┈" if v else t for v, t in zip(vrij, rij[a:b], strict=True)]
            stijl[a:b] = ["grens" if v else t for v, t in zip(vrij, stijl[a:b], strict=True)]
        elif x1 == x2:
            for y in range(min(y1, y2) + 1, max(y1, y2)):
                zet(x1, y, "┊")
    for i, (x, y) in enumerate(punten):
        richting = 0
        for nx, ny in (punten[i - 1], punten[(i + 1) % len(punten)]):
            richting |= (LINKS if nx < x else RECHTS if nx > x else 0) | (
                OP if ny < y else NEER if ny > y else 0
            )
        zet(x, y, _STIP.get(richting, "┊" if richting & (OP | NEER) else "┈"))


def _vulling(lijn: Lijn) -> str:
    if lijn.soort != "partner":
        return "─"
    return "╌" if lijn.relatie == "samenwonend" else "═"


def _streep_x(lijn: Lijn, lengte: int) -> int | None:
    """Where the slashes go: a quarter along the line, clear of the middle, where the
    children's line comes down; None when the line is too short for them."""
    a, b = sorted((lijn.x1, lijn.x2))
    if b - a < lengte + 1:
        return None
    return a + 1 + max(0, (b - a - lengte) // 4 - 1)


def _schrijf(tekens: list[str], stijlen: list[Stijl], x: int, tekst: str, stijl: Stijl) -> None:
    if tekst.isascii() and x >= 0:  # one cell a character (`breedte`): written as a slice
        n = max(0, min(len(tekst), len(tekens) - x))
        tekens[x : x + n] = tekst[:n]
        stijlen[x : x + n] = [stijl] * n
        return
    for teken in tekst:
        breed = breedte(teken)
        if breed == 0:  # a combining mark joins the character before it
            if x > 0:
                tekens[x - 1] += teken
            continue
        if x + breed > len(tekens):
            return
        tekens[x], stijlen[x] = teken, stijl
        for extra in range(1, breed):
            tekens[x + extra], stijlen[x + extra] = "", stijl  # a wide character covers two
        x += breed


def als_tekst(g: Genogram) -> str:
    """The drawing as plain text (tests, a quick look): no styles, no trailing spaces."""
    return "\n".join("".join(t for t, _ in regel).rstrip() for regel in als_regels(g))


# -- SVG ---------------------------------------------------------------------------------------

CEL_B, CEL_H = 8.5, 20.0  # px per cell; 14 px monospace is about 8.4 px wide
_LETTER = "DejaVu Sans Mono, Menlo, Consolas, Liberation Mono, monospace"


def als_svg(g: Genogram, titel: str = "Genogram") -> str:
    """The same layout as a self-contained SVG: no external URL, no web font, no script."""
    raster = _raster(g)
    # As wide as the drawing, and at least a page's worth: the legend wraps to that width
    # rather than making a small family's picture as wide as the whole legend.
    cellen = max(g.breedte, SVG_MIN_BREEDTE)
    legenda = legenda_regels(cellen)
    breed = max(cellen, *(breedte(r) for r in legenda)) * CEL_B + CEL_B
    hoog = (g.hoogte + 1 + len(legenda)) * CEL_H
    delen = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{breed:.0f}" height="{hoog:.0f}" '
        f'viewBox="0 0 {breed:.0f} {hoog:.0f}" role="img" '
        f'font-family="{_LETTER}" font-size="14">',
        f"<title>{escape(titel)}</title>",
    ]
    for grens in g.grenzen:  # under the lines, as in the terminal
        punten = " ".join(
            f"{(x + 0.5) * CEL_B:.1f},{(y + 0.5) * CEL_H:.1f}" for x, y in grens.punten
        )
        delen.append(
            f'<polygon points="{punten}" fill="none" stroke="#444" stroke-width="1.2" '
            'stroke-dasharray="2 3" stroke-linejoin="round" class="huishouden"/>'
        )
    delen.append('<g stroke="#222" stroke-width="1.5" fill="none">')
    for lijn in g.lijnen:
        delen += _svg_lijn(lijn, raster)
    for x, y in raster.kruisingen():  # a bridge: the crossing line has a gap in the other
        midden_x, boven = (x + 0.5) * CEL_B, y * CEL_H
        delen.append(
            f'<rect x="{midden_x - 4:.1f}" y="{boven + CEL_H / 2 - 3:.1f}" width="8" '
            'height="6" fill="#fff" stroke="none"/>'
        )
        delen.append(
            f'<line x1="{midden_x:.1f}" y1="{boven:.1f}" x2="{midden_x:.1f}" '
            f'y2="{boven + CEL_H:.1f}"/>'
        )
    delen.append("</g>")
    for kop in g.rijkoppen:
        delen.append(_svg_tekst(0, kop.y, kop.tekst, 'font-style="italic" fill="#555"'))
        if kop.leeg:
            delen.append(_svg_tekst(kop.x, kop.y, NIEMAND, 'fill="#555"'))
    for label in g.labels:
        gewicht = 'fill="#555"' if label.overleden else 'font-weight="bold" fill="#111"'
        delen.append(_svg_tekst(label.x, label.y, label.naam, gewicht))
        if label.detail:
            delen.append(_svg_tekst(label.x, label.y + 1, label.detail, 'fill="#333"'))
    for n, regel in enumerate(legenda):
        delen.append(_svg_tekst(0, g.hoogte + 1 + n, regel, 'fill="#333"'))
    delen.append("</svg>")
    return "\n".join(delen)


SVG_MIN_BREEDTE = 72  # cells: about an A4 page's width at the export's font size


def legenda_regels(breed: int) -> list[str]:
    """The legend in lines of at most `breed` cells, broken between its items."""
    regels: list[str] = []
    for stuk in LEGENDA.split(" · "):
        if regels and breedte(regels[-1]) + 3 + breedte(stuk) <= breed:
            regels[-1] += " · " + stuk
        else:
            regels.append(stuk)
    return regels


def _svg_tekst(x: int, y: int, tekst: str, stijl: str) -> str:
    return (
        f'<text x="{x * CEL_B:.1f}" y="{y * CEL_H + 15:.1f}" {stijl} '
        f'xml:space="preserve">{escape(tekst)}</text>'
    )


def _svg_lijn(lijn: Lijn, raster: _Raster) -> list[str]:
    def px(x: int, y: int) -> tuple[float, float]:
        return (x + 0.5) * CEL_B, (y + 0.5) * CEL_H

    x1, y1 = px(lijn.x1, lijn.y1)
    x2, y2 = px(lijn.x2, lijn.y2)
    if lijn.x1 == lijn.x2:
        # A line that starts or ends on a label stops at the text's edge, not over it.
        boven, onder = sorted((lijn.y1, lijn.y2))
        y1, y2 = px(lijn.x1, boven)[1], px(lijn.x1, onder)[1]
        eerste, laatste = boven, onder
        while eerste < onder and (lijn.x1, eerste) in raster.bezet:
            eerste += 1
        while laatste > eerste and (lijn.x1, laatste) in raster.bezet:
            laatste -= 1
        if eerste != boven:
            y1 = eerste * CEL_H + 2
        if laatste != onder:
            y2 = (laatste + 1) * CEL_H - 2
    if lijn.soort == "partner":
        if lijn.relatie == "samenwonend":
            return [
                f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                'stroke-dasharray="5 4"/>'
            ]
        uit = [
            f'<line x1="{x1:.1f}" y1="{y1 + d:.1f}" x2="{x2:.1f}" y2="{y2 + d:.1f}"/>'
            for d in (-2.0, 2.0)
        ]
        streep = STREEP.get(lijn.relatie, "")
        plek = _streep_x(lijn, len(streep)) if streep else None
        midden = [] if plek is None else [(plek + n + 0.5) * CEL_B for n in range(len(streep))]
        for sx in midden:
            uit.append(
                f'<line x1="{sx - 3:.1f}" y1="{y1 + 6:.1f}" x2="{sx + 3:.1f}" y2="{y1 - 6:.1f}" '
                'class="streep"/>'
            )
        return uit
    return [f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"/>']
