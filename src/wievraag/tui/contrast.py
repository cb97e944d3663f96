"""Text contrast of at least 4.5:1 (WCAG 2.1, 1.4.3) in whatever theme is chosen.

Textual's themes pick their colours for looks: the footer's key letters, the highlighted row
and the muted header text fell to 2.9–4.4:1 in the built-in dark and light themes, which a
projector in a lit room washes out further. Rather than a fixed palette per theme, the app
passes the theme's variables through `leesbaar`: each text colour that is too weak on the
background it is drawn on moves towards black or white, just far enough, keeping its hue.
tests/test_tui_contrast.py measures the result on the screens themselves.
"""

from __future__ import annotations

from textual.color import Color, ColorParseError

MINIMUM = 4.5
# (text colour, the backgrounds it is drawn on): the variables Textual's widgets and
# wievraag.tcss use for text. The tab letters (tui/screens/sessie.py) use the footer's key
# colour on the screen's background.
PAREN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("block-cursor-foreground", ("block-cursor-background",)),
    ("button-color-foreground", ("primary",)),
    ("footer-key-foreground", ("footer-background", "background")),
    ("footer-description-foreground", ("footer-background",)),
    ("foreground-muted", ("background", "surface", "panel")),
    ("text-muted", ("background", "surface", "panel")),
    ("text-primary", ("background", "surface")),
    ("text-accent", ("background", "surface")),
    # A checked box's tick sits on the panel colour.
    ("text-success", ("background", "surface", "panel")),
    ("text-warning", ("background", "surface", "panel")),
    ("text-error", ("background", "surface", "panel")),
)


def _kanaal(waarde: int) -> float:
    v = waarde / 255
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def luminantie(kleur: tuple[int, int, int]) -> float:
    """Relative luminance as WCAG defines it (sRGB)."""
    r, g, b = (_kanaal(c) for c in kleur)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """WCAG contrast ratio, 1 (the same) to 21 (black on white)."""
    hoog, laag = sorted((luminantie(a), luminantie(b)), reverse=True)
    return (hoog + 0.05) / (laag + 0.05)


def _laagste(tekst: Color, achtergronden: list[Color]) -> float:
    return min(contrast(tekst.blend(a, 1 - tekst.a).rgb, a.rgb) for a in achtergronden)


def versterk(tekst: Color, achtergronden: list[Color], minimum: float = MINIMUM) -> Color:
    """`tekst` (made opaque on its background) moved towards black or white in small steps
    until it reaches `minimum` on every background; unchanged when it already does."""
    if _laagste(tekst, achtergronden) >= minimum:
        return tekst
    basis = tekst.blend(achtergronden[0], 1 - tekst.a).with_alpha(1.0)
    naar_zwart = sum(luminantie(a.rgb) for a in achtergronden) / len(achtergronden) > 0.18
    doel = Color(0, 0, 0) if naar_zwart else Color(255, 255, 255)
    for stap in range(1, 21):
        kandidaat = basis.blend(doel, stap / 20)
        if _laagste(kandidaat, achtergronden) >= minimum:
            return kandidaat
    return doel


def _auto(waarde: str) -> float | None:
    """The strength of an "auto 60%" colour (Textual: black or white, whichever stands out
    on the background, at that opacity); None for anything else."""
    delen = waarde.split()
    if not delen or delen[0] != "auto":
        return None
    try:
        return float(delen[1].rstrip("%")) / 100 if len(delen) > 1 else 1.0
    except ValueError:
        return None


def _auto_sterk_genoeg(sterkte: float, achtergronden: list[Color], minimum: float) -> float:
    """The least opacity from `sterkte` up at which "auto" text reaches `minimum` on each
    background (Textual picks black or white per background)."""
    for procent in range(round(sterkte * 100), 101):
        if all(
            contrast(a.get_contrast_text(procent / 100).blend(a, 1 - procent / 100).rgb, a.rgb)
            >= minimum
            for a in achtergronden
        ):
            return procent / 100
    return 1.0


def leesbaar(variabelen: dict[str, str], minimum: float = MINIMUM) -> dict[str, str]:
    """The theme's variables with every text colour of PAREN readable on its backgrounds.
    An "auto 60%" colour gets the opacity it needs; a variable that is no colour of its own
    (an ANSI theme's "ansi_default") is left alone: the terminal chooses those colours."""
    uit = dict(variabelen)
    for naam, achter in PAREN:
        try:
            achtergronden = [Color.parse(uit[a]) for a in achter]
            waarde = uit[naam]
        except (KeyError, ColorParseError):
            continue
        if any(a.ansi is not None or a.a < 1 for a in achtergronden):
            continue
        sterkte = _auto(waarde)
        if sterkte is not None:
            nodig = _auto_sterk_genoeg(sterkte, achtergronden, minimum)
            if nodig > sterkte:
                uit[naam] = f"auto {round(nodig * 100)}%"
            continue
        try:
            tekst = Color.parse(waarde)
        except ColorParseError:
            continue
        if tekst.ansi is not None:
            continue
        beter = versterk(tekst, achtergronden, minimum)
        if beter is not tekst:
            uit[naam] = beter.hex
    return uit
