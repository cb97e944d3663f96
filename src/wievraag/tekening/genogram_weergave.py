"""A laid-out `Genogram` rendered twice: as terminal text and as SVG, from the same cells.

Lines are drawn cell by cell: every cell a line passes through records in which directions it
connects (up, down, left, right), so crossings and corners come out as the right box-drawing
character (┬ ┴ ┌ ┐ ┼) whatever the order of drawing. Cells with a label are never drawn on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from wievraag.tekening.genogram import LEGENDA, NIEMAND, Genogram, Label, Lijn, Stijl, breedte

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


@dataclass
class _Cel:
    richting: int = 0
    dubbel: bool = False
    # Directions per family (its parents): lines of two families that only cross here.
    per_gezin: dict[tuple[str, ...], int] = field(default_factory=dict)

    @property
    def kruising(self) -> bool:
        """One family's vertical line passes another family's horizontal one: not joined.
        Drawn as a bridge (│ with a gap on both sides), so nobody reads it as a junction."""
        return (
            len(self.per_gezin) > 1
            and self.richting == OP | NEER | LINKS | RECHTS
            and all(r in (OP | NEER, LINKS | RECHTS) for r in self.per_gezin.values())
        )


@dataclass
class _Raster:
    bezet: dict[tuple[int, int], Label] = field(default_factory=dict)
    cellen: dict[tuple[int, int], _Cel] = field(default_factory=dict)


def _raster(g: Genogram) -> _Raster:
    raster = _Raster()
    for label in g.labels:
        for dy, tekst in enumerate((label.naam, label.detail)):
            for dx in range(breedte(tekst)):
                raster.bezet[(label.x + dx, label.y + dy)] = label
    for lijn in g.lijnen:
        for (x, y), richting in _stappen(lijn):
            if (x, y) in raster.bezet:
                continue
            cel = raster.cellen.setdefault((x, y), _Cel())
            cel.richting |= richting
            cel.dubbel = cel.dubbel or lijn.soort == "partner"
            gezin = lijn.ouders if lijn.soort == "kind" else ()
            cel.per_gezin[gezin] = cel.per_gezin.get(gezin, 0) | richting
    return raster


def _stappen(lijn: Lijn) -> list[tuple[tuple[int, int], int]]:
    """Each cell of a line with the directions it connects in."""
    uit: list[tuple[tuple[int, int], int]] = []
    if lijn.y1 == lijn.y2:
        a, b = sorted((lijn.x1, lijn.x2))
        for x in range(a, b + 1):
            uit.append(((x, lijn.y1), (LINKS if x > a else 0) | (RECHTS if x < b else 0)))
    else:
        a, b = sorted((lijn.y1, lijn.y2))
        for y in range(a, b + 1):
            uit.append(((lijn.x1, y), (OP if y > a else 0) | (NEER if y < b else 0)))
    return [(cel, r) for cel, r in uit if r]


def _teken(cel: _Cel) -> str:
    if cel.kruising:
        return "│"
    if cel.dubbel and cel.richting in _DUBBEL:
        return _DUBBEL[cel.richting]
    return _TEKENS[cel.richting]


def als_regels(g: Genogram) -> list[list[tuple[str, Stijl]]]:
    """One list of (text, style) runs per line; the terminal widget gives the styles a look."""
    hoogte, breed = g.hoogte, g.breedte
    rooster: list[list[tuple[str, Stijl]]] = [[(" ", "")] * breed for _ in range(hoogte)]
    raster = _raster(g)
    for (x, y), cel in raster.cellen.items():
        if 0 <= y < hoogte and 0 <= x < breed:
            rooster[y][x] = (_teken(cel), "lijn")
    for kop in g.rijkoppen:
        _schrijf(rooster[kop.y], 0, kop.tekst, "kop")
        if kop.leeg:
            _schrijf(rooster[kop.y], kop.x, NIEMAND, "detail")
    for label in g.labels:
        _schrijf(rooster[label.y], label.x, label.naam, "overleden" if label.overleden else "naam")
        _schrijf(rooster[label.y + 1], label.x, label.detail, "detail")
    uit: list[list[tuple[str, Stijl]]] = []
    for rij in rooster:
        runs: list[tuple[str, Stijl]] = []
        for teken, stijl in rij:
            if runs and runs[-1][1] == stijl:
                runs[-1] = (runs[-1][0] + teken, stijl)
            else:
                runs.append((teken, stijl))
        uit.append(runs)
    return uit


def _schrijf(rij: list[tuple[str, Stijl]], x: int, tekst: str, stijl: Stijl) -> None:
    for teken in tekst:
        breed = breedte(teken)
        if breed == 0:  # a combining mark joins the character before it
            if x > 0:
                vorig, vorige_stijl = rij[x - 1]
                rij[x - 1] = (vorig + teken, vorige_stijl)
            continue
        if x + breed > len(rij):
            return
        rij[x] = (teken, stijl)
        for extra in range(1, breed):
            rij[x + extra] = ("", stijl)  # a wide character covers the next cell too
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
    breed = max(g.breedte, breedte(LEGENDA)) * CEL_B + CEL_B
    hoog = (g.hoogte + 2) * CEL_H
    delen = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{breed:.0f}" height="{hoog:.0f}" '
        f'viewBox="0 0 {breed:.0f} {hoog:.0f}" role="img" '
        f'font-family="{_LETTER}" font-size="14">',
        f"<title>{escape(titel)}</title>",
        '<g stroke="#222" stroke-width="1.5" fill="none">',
    ]
    for lijn in g.lijnen:
        delen += _svg_lijn(lijn, raster)
    for (x, y), cel in sorted(raster.cellen.items()):
        if cel.kruising:  # a bridge: the crossing line has a gap in the other
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
    delen.append(_svg_tekst(0, g.hoogte + 1, LEGENDA, 'fill="#333"'))
    delen.append("</svg>")
    return "\n".join(delen)


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
        return [
            f'<line x1="{x1:.1f}" y1="{y1 + d:.1f}" x2="{x2:.1f}" y2="{y2 + d:.1f}"/>'
            for d in (-2.0, 2.0)
        ]
    return [f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"/>']
