"""A `Plaat` as SVG: the same shapes and labels as on screen, at the same places.

Self-contained on purpose: no external font, image, link or script (the file is opened on
any laptop, perhaps offline, and must not call out). Text uses the generic `monospace` family
and is stretched to exactly its cells (`textLength`), so labels can never overlap in a font
wider than the terminal's. Black on white, states as symbols and words: prints in grey.
"""

from __future__ import annotations

from html import escape

from wievraag.tekening.plaat import Ellips, Kader, Label, LabelSoort, Lijn, Plaat

CEL_B, CEL_H = 8, 17  # one character cell in SVG units
XMLNS = 'xmlns="http://www.w3.org/2000/svg"'
"""The SVG namespace: an identifier that viewers need, never fetched (html.py drops it)."""

_GEWICHT: dict[LabelSoort, str] = {"naam": "bold", "kop": "bold", "gezin": "bold", "meer": "bold"}
_STIJL: dict[LabelSoort, str] = {"ring": "italic"}


def _getal(waarde: float) -> str:
    return f"{waarde:.1f}".removesuffix(".0")


def _vorm(vorm: Ellips | Kader | Lijn) -> str:
    if isinstance(vorm, Ellips):
        return (
            f'<ellipse cx="{_getal(vorm.cx * CEL_B)}" cy="{_getal(vorm.cy * CEL_H)}" '
            f'rx="{_getal(vorm.rx * CEL_B)}" ry="{_getal(vorm.ry * CEL_H)}" '
            'fill="none" stroke="#555" stroke-width="1.5"/>'
        )
    if isinstance(vorm, Kader):
        return (
            f'<rect x="{_getal((vorm.x + 0.5) * CEL_B)}" y="{_getal((vorm.y + 0.5) * CEL_H)}" '
            f'width="{_getal((vorm.breedte - 1) * CEL_B)}" '
            f'height="{_getal((vorm.hoogte - 1) * CEL_H)}" rx="6" '
            'fill="#fff" stroke="#555" stroke-width="1.5"/>'
        )
    return (
        f'<line x1="{_getal((vorm.x1 + 0.5) * CEL_B)}" y1="{_getal((vorm.y1 + 0.5) * CEL_H)}" '
        f'x2="{_getal((vorm.x2 + 0.5) * CEL_B)}" y2="{_getal((vorm.y2 + 0.5) * CEL_H)}" '
        'stroke="#888" stroke-width="1"/>'
    )


def _label(label: Label) -> str:
    attributen = [
        f'x="{_getal(label.x * CEL_B)}"',
        f'y="{_getal((label.y + 0.75) * CEL_H)}"',
        f'textLength="{_getal(label.breedte * CEL_B)}"',
        'lengthAdjust="spacingAndGlyphs"',
    ]
    if label.soort in _GEWICHT:
        attributen.append(f'font-weight="{_GEWICHT[label.soort]}"')
    if label.soort in _STIJL:
        attributen.append(f'font-style="{_STIJL[label.soort]}"')
    achter = ""
    if label.soort in ("gezin", "meer", "ring", "kop"):
        # A white band behind the text: it sits on a ring line or stands out as a marker.
        achter = (
            f'<rect x="{_getal(label.x * CEL_B - 2)}" y="{_getal(label.y * CEL_H + 1)}" '
            f'width="{_getal(label.breedte * CEL_B + 4)}" height="{CEL_H - 2}" fill="#fff"'
            + (' stroke="#555"' if label.soort == "meer" else "")
            + "/>"
        )
    return f"{achter}<text {' '.join(attributen)}>{escape(label.tekst, quote=False)}</text>"


def naar_svg(plaat: Plaat, kop: tuple[str, ...] = ()) -> str:
    """The drawing as SVG; `kop` lines go above it (a saved file names its view itself)."""
    boven = len(kop) + 1 if kop else 0  # rows, with an empty one under the heading
    breedte, hoogte = plaat.breedte * CEL_B, (plaat.hoogte + boven) * CEL_H
    koppen = [
        f'<text x="0" y="{_getal((i + 0.75) * CEL_H)}"'
        + (' font-weight="bold"' if i == 0 else "")
        + f">{escape(regel, quote=False)}</text>"
        for i, regel in enumerate(kop)
    ]
    delen = [
        f'<svg {XMLNS} viewBox="0 0 {breedte} {hoogte}" width="{breedte}" '
        f'height="{hoogte}" role="img">',
        f"<title>{escape(plaat.titel, quote=False)}</title>",
        f'<rect width="{breedte}" height="{hoogte}" fill="#fff"/>',
        '<g font-family="monospace" font-size="13" fill="#111">',
        *koppen,
        "</g>",
        f'<g transform="translate(0 {boven * CEL_H})">',
        *(_vorm(v) for v in plaat.vormen),
        # A white halo round every text: a ring line passing close never runs through a name.
        '<g font-family="monospace" font-size="13" fill="#111" stroke="#fff" '
        'stroke-width="3" paint-order="stroke" stroke-linejoin="round">',
        *(_label(lb) for lb in plaat.labels if lb.tekst.strip()),
        "</g>",
        "</g>",
        "</svg>",
    ]
    return "\n".join(delen) + "\n"
