"""A `Plaat` as terminal text: one line per row, shapes as line characters, labels on top.

Styles are bold, italic and reverse only: they survive NO_COLOR and a light theme. What a
label means is always in its text (a symbol or a word), the style only helps the eye.
"""

from __future__ import annotations

from rich.text import Text

from wievraag.tekening.plaat import LabelSoort, Plaat, bezette_cellen, cell_len

STIJL: dict[LabelSoort, str] = {
    "naam": "bold",
    "kop": "bold underline",
    "gezin": "bold reverse",
    "ring": "italic",
    "meer": "bold reverse",
    "tekst": "",
    "uitleg": "",
}


def naar_tekst(plaat: Plaat) -> Text:
    rijen: list[list[tuple[str, str]]] = [[(" ", "")] * plaat.breedte for _ in range(plaat.hoogte)]
    for (x, y), teken in bezette_cellen(plaat.vormen).items():
        if 0 <= x < plaat.breedte and 0 <= y < plaat.hoogte:
            # A blank (inside a box) stays unstyled: spaces never lead a styled run, which
            # some SVG viewers collapse in a screenshot.
            rijen[y][x] = (teken, "dim" if teken.strip() else "")
    for label in plaat.labels:
        if not 0 <= label.y < plaat.hoogte:
            continue
        x = label.x
        for teken in label.tekst:
            breed = cell_len(teken)
            if x >= 0 and x + breed <= plaat.breedte:
                rijen[label.y][x] = (teken, STIJL[label.soort])
                for extra in range(1, breed):  # a wide character covers the next cell too
                    rijen[label.y][x + extra] = ("", "")
            x += breed
    uit = Text(no_wrap=True, overflow="crop")
    for i, rij in enumerate(rijen):
        if i:
            uit.append("\n")
        stuk, huidig = "", ""
        for teken, stijl in rij:
            if stijl != huidig and stuk:
                uit.append(stuk, huidig or None)
                stuk = ""
            stuk, huidig = stuk + teken, stijl
        uit.append(stuk.rstrip() if not huidig else stuk, huidig or None)
    return uit
