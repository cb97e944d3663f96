"""A drawing laid out on a grid of character cells: shapes and labels at fixed positions.

Every view of the network (circles, ecogram, olievlek) is laid out once as a `Plaat`; the
terminal renders its cells (`naar_regels`) and the SVG (svg.py) draws the same shapes and
labels at the same places. So the picture on screen and the picture in a file cannot differ.

The cell grid is also how the layouts avoid overlap: `bezette_cellen` says which cells a
shape takes, and a layout only puts a label on cells that are free.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal


class _Breedtes(dict[str, int]):
    """The cells of each character met so far, looked up once (names repeat their letters:
    two Unicode look-ups per character were most of the time of wrapping a long legend)."""

    def __missing__(self, teken: str) -> int:
        if unicodedata.combining(teken):
            breedte = 0
        else:
            breedte = 2 if unicodedata.east_asian_width(teken) in ("W", "F") else 1
        if len(self) < 65_536:  # bounded: a text can hold any character
            self[teken] = breedte
        return breedte


_BREEDTES = _Breedtes()


def cell_len(tekst: str) -> int:
    """How many terminal cells a text takes: wide (East Asian) characters two, combining
    marks none. Our own, so the exports (which draw too) need no terminal library."""
    if tekst.isascii():  # no ASCII character is wide or combining: the common case, fast
        return len(tekst)
    return sum(map(_BREEDTES.__getitem__, tekst))


LabelSoort = Literal["naam", "kop", "gezin", "ring", "meer", "tekst", "uitleg"]


@dataclass(frozen=True)
class Label:
    """A text at a cell position; `persoon` says whose name it is (for tests and the mask)."""

    x: int
    y: int
    tekst: str
    soort: LabelSoort = "naam"
    persoon: str | None = None

    @property
    def breedte(self) -> int:
        return cell_len(self.tekst)

    def cellen(self) -> Iterator[tuple[int, int]]:
        for dx in range(self.breedte):
            yield self.x + dx, self.y


@dataclass(frozen=True)
class Ellips:
    """A ring line: centre and radii in cells (a cell is about twice as tall as it is wide)."""

    cx: float
    cy: float
    rx: float
    ry: float


@dataclass(frozen=True)
class Kader:
    """A box drawn with line characters, its border on the outer cells."""

    x: int
    y: int
    breedte: int
    hoogte: int


@dataclass(frozen=True)
class Lijn:
    """A straight line between two cell centres (connects a group to the family)."""

    x1: int
    y1: int
    x2: int
    y2: int


Vorm = Ellips | Kader | Lijn


@dataclass(frozen=True)
class Plaat:
    titel: str
    breedte: int
    hoogte: int
    vormen: tuple[Vorm, ...]
    labels: tuple[Label, ...]

    def namen(self) -> list[Label]:
        return [lb for lb in self.labels if lb.persoon is not None]


# -- shapes as cells ------------------------------------------------------------------------


def ellips_rijen(e: Ellips) -> dict[int, tuple[int, int]]:
    """Per row, the first and last cell inside the ellipse (cell centres inside).

    A row that sticks out alone beyond both neighbours (the middle row of a flat ellipse) is
    trimmed to them: otherwise the outline gets a one-row spike there."""
    rijen: dict[int, tuple[int, int]] = {}
    for y in range(math.floor(e.cy - e.ry) - 1, math.ceil(e.cy + e.ry) + 1):
        dy = (y + 0.5 - e.cy) / e.ry
        if abs(dy) > 1:
            continue
        half = e.rx * math.sqrt(1 - dy * dy)
        links, rechts = math.ceil(e.cx - half - 0.5), math.floor(e.cx + half - 0.5)
        if rechts >= links:
            rijen[y] = (links, rechts)
    for y, (links, rechts) in list(rijen.items()):
        boven, onder = rijen.get(y - 1), rijen.get(y + 1)
        if boven and onder:
            buur_links, buur_rechts = min(boven[0], onder[0]), max(boven[1], onder[1])
            if links < buur_links and rechts > buur_rechts:
                rijen[y] = (buur_links, buur_rechts)
    return rijen


def ellips_cellen(e: Ellips) -> dict[tuple[int, int], str]:
    """The ring line as cells: the inside cells that touch the outside (also diagonally),
    joined with box-drawing characters into one thin, rounded outline."""
    rijen = ellips_rijen(e)
    rand: set[tuple[int, int]] = set()
    for y, (links, rechts) in rijen.items():
        # A cell is inside-only when its row and both neighbouring rows reach at least one
        # cell further on either side; everything else of the row is outline.
        buren = [rijen.get(y + dy) for dy in (-1, 0, 1)]
        if all(b is not None for b in buren):
            kern_links = max(b[0] for b in buren if b is not None) + 1
            kern_rechts = min(b[1] for b in buren if b is not None) - 1
        else:
            kern_links, kern_rechts = rechts + 1, rechts
        for x in range(links, rechts + 1):
            if not kern_links <= x <= kern_rechts:
                rand.add((x, y))
    return {(x, y): _verbinding(rand, x, y) for x, y in rand}


_HOEKEN = {
    (False, True, False, True): "╭",
    (False, True, True, False): "╮",
    (True, False, False, True): "╰",
    (True, False, True, False): "╯",
}


def _verbinding(rand: set[tuple[int, int]], x: int, y: int) -> str:
    op, neer = (x, y - 1) in rand, (x, y + 1) in rand
    links, rechts = (x - 1, y) in rand, (x + 1, y) in rand
    if (op, neer, links, rechts) in _HOEKEN:
        return _HOEKEN[(op, neer, links, rechts)]
    if links or rechts:
        return "─" if not (op and neer) else "│"
    return "│" if op or neer else "·"


def kader_cellen(k: Kader) -> dict[tuple[int, int], str]:
    """Border and inside: the inside is blank, so a line drawn earlier stops at the box."""
    x2, y2 = k.x + k.breedte - 1, k.y + k.hoogte - 1
    uit = {(x, y): " " for x in range(k.x + 1, x2) for y in range(k.y + 1, y2)}
    for x in range(k.x + 1, x2):
        uit[(x, k.y)] = uit[(x, y2)] = "─"
    for y in range(k.y + 1, y2):
        uit[(k.x, y)] = uit[(x2, y)] = "│"
    uit[(k.x, k.y)], uit[(x2, k.y)] = "╭", "╮"
    uit[(k.x, y2)], uit[(x2, y2)] = "╰", "╯"
    return uit


def lijn_cellen(lijn: Lijn) -> dict[tuple[int, int], str]:
    """Straight across or down as a line; slanting as dots (a staircase of line pieces
    reads as noise)."""
    dx, dy = lijn.x2 - lijn.x1, lijn.y2 - lijn.y1
    teken = "─" if dy == 0 else "│" if dx == 0 else "·"
    stappen = max(abs(dx), abs(dy), 1)
    return {
        (round(lijn.x1 + dx * i / stappen), round(lijn.y1 + dy * i / stappen)): teken
        for i in range(stappen + 1)
    }


def vorm_cellen(vorm: Vorm) -> dict[tuple[int, int], str]:
    if isinstance(vorm, Ellips):
        return ellips_cellen(vorm)
    if isinstance(vorm, Kader):
        return kader_cellen(vorm)
    return lijn_cellen(vorm)


def bezette_cellen(vormen: Sequence[Vorm]) -> dict[tuple[int, int], str]:
    """All cells the shapes take; later shapes draw over earlier ones (lines go first)."""
    uit: dict[tuple[int, int], str] = {}
    for vorm in vormen:
        uit.update(vorm_cellen(vorm))
    return uit


# -- checks shared by the layouts and the tests ---------------------------------------------


def overlappingen(plaat: Plaat) -> list[tuple[Label, Label | None]]:
    """Labels drawn on top of each other (pair) or on a shape (with None): should be none."""
    vormen = bezette_cellen(plaat.vormen)
    van: dict[tuple[int, int], Label] = {}
    fout: list[tuple[Label, Label | None]] = []
    for label in plaat.labels:
        for cel in label.cellen():
            if cel in van:
                fout.append((van[cel], label))
            elif label.soort in ("naam", "meer") and vormen.get(cel, " ") != " ":
                fout.append((label, None))
            van[cel] = label
    return fout


def buiten_beeld(plaat: Plaat) -> list[Label]:
    return [
        lb
        for lb in plaat.labels
        if lb.x < 0 or lb.y < 0 or lb.x + lb.breedte > plaat.breedte or lb.y >= plaat.hoogte
    ]


def kort(tekst: str, breedte: int) -> str:
    """Cut to a width with a visible "…" (never silently)."""
    tekst = " ".join(tekst.split())
    if cell_len(tekst) <= breedte:
        return tekst
    uit = ""
    for teken in tekst:
        if cell_len(uit + teken) > breedte - 1:
            break
        uit += teken
    return uit.rstrip() + "…"


def woorden_regels(tekst: str, breedte: int) -> list[str]:
    """Wrap on spaces to a width (a word longer than the width is cut with "…")."""
    regels: list[str] = []
    huidig: list[str] = []
    # The line's width kept as it grows: measuring the whole line again for each word made
    # wrapping a legend of 2,000 names the largest part of an export after the genogram.
    bezet = 0
    for woord in tekst.split():
        lengte = cell_len(woord)
        if lengte > breedte:  # `kort` leaves a word (no spaces) that fits as it is
            woord = kort(woord, breedte)
            lengte = cell_len(woord)
        if huidig and bezet + 1 + lengte > breedte:
            regels.append(" ".join(huidig))
            huidig, bezet = [woord], lengte
        else:
            bezet += lengte + (1 if huidig else 0)
            huidig.append(woord)
    if huidig:
        regels.append(" ".join(huidig))
    return regels
