"""A small document model: what an export says, apart from how it is written down.

Every export is built once as a `Document` and then rendered twice (Markdown and HTML), so the
two formats can never say different things. Blocks hold plain text only: escaping is the
renderers' job, so a name like `Ans <de "Buurvrouw"> & co` is safe in both.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Alinea:
    tekst: str
    klein: bool = False  # a note or explanation, printed smaller


@dataclass(frozen=True)
class Kop:
    """A subheading inside a section (one level below the section title)."""

    tekst: str


@dataclass(frozen=True)
class Lijst:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Velden:
    """Label–value pairs: the fields of one item (a person, an answer, a step)."""

    rijen: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Tabel:
    koppen: tuple[str, ...]
    rijen: tuple[tuple[str, ...], ...]


Uit = str | Callable[[], str]
"""A drawing's text, or how to make it: made when a renderer first asks (see `Tekening`)."""


class Tekening:
    """An inline SVG drawing (circles, genogram). Markdown cannot hold it and says so.

    The SVG must come from our own drawing code (`wievraag.tekening`), which escapes every
    text it draws: the HTML renderer inserts it as it is.

    The SVG and the text may be given as functions of an already laid-out (unchanging)
    drawing: each format uses one of the two (HTML the SVG, DOCX the text, Markdown
    neither), and rendering a big family's drawing costs as much as laying it out. Each is
    made once, on first use.
    """

    __slots__ = ("_svg", "_tekst", "kop", "titel")

    def __init__(self, svg: Uit, titel: str, kop: str = "", tekst: Uit = "") -> None:
        self._svg = svg
        self.titel = titel
        # The heading that belongs to the drawing: printed on the same page as it.
        self.kop = kop
        # The same drawing as terminal text, for formats that cannot hold SVG (DOCX, Markdown).
        self._tekst = tekst

    @property
    def svg(self) -> str:
        if not isinstance(self._svg, str):
            self._svg = self._svg()
        return self._svg

    @property
    def tekst(self) -> str:
        if not isinstance(self._tekst, str):
            self._tekst = self._tekst()
        return self._tekst

    def _velden(self) -> tuple[str, str, str, str]:
        return (self.svg, self.titel, self.kop, self.tekst)

    def __eq__(self, ander: object) -> bool:
        if not isinstance(ander, Tekening):
            return NotImplemented
        return self._velden() == ander._velden()

    def __hash__(self) -> int:
        return hash(self._velden())

    def __repr__(self) -> str:
        return f"Tekening(titel={self.titel!r}, kop={self.kop!r})"


Blok = Alinea | Kop | Lijst | Velden | Tabel | Tekening


@dataclass(frozen=True)
class Sectie:
    titel: str
    blokken: tuple[Blok, ...]


@dataclass(frozen=True)
class Document:
    titel: str
    ondertitel: str = ""
    secties: tuple[Sectie, ...] = field(default_factory=tuple)
    voet: str = ""  # one line at the end: when and by what it was made

    def vervang(self, f: Callable[[str], str]) -> Document:
        """The same document with `f` applied to every text (pseudonyms, names left out)."""
        return replace(
            self,
            titel=f(self.titel),
            ondertitel=f(self.ondertitel),
            secties=tuple(
                Sectie(f(s.titel), tuple(_vervang_blok(b, f) for b in s.blokken))
                for s in self.secties
            ),
            voet=f(self.voet),
        )


def _vervang_blok(blok: Blok, f: Callable[[str], str]) -> Blok:
    if isinstance(blok, Alinea):
        return replace(blok, tekst=f(blok.tekst))
    if isinstance(blok, Kop):
        return Kop(f(blok.tekst))
    if isinstance(blok, Lijst):
        return Lijst(tuple(f(i) for i in blok.items))
    if isinstance(blok, Velden):
        return Velden(tuple((f(a), f(b)) for a, b in blok.rijen))
    if isinstance(blok, Tabel):
        return Tabel(
            tuple(f(k) for k in blok.koppen), tuple(tuple(f(c) for c in r) for r in blok.rijen)
        )
    # A drawing: only the text between tags (labels, <title>), never the markup itself;
    # applied when the drawing is made (a format that does not use it never makes it).
    bron = blok
    return Tekening(
        lambda: _SVG_TEKST.sub(lambda m: ">" + f(m.group(1)) + "<", bron.svg),
        f(blok.titel),
        f(blok.kop),
        lambda: "\n".join(f(regel) for regel in bron.tekst.split("\n")),
    )


_SVG_TEKST = re.compile(r">([^<>]+)<")


# Characters XML 1.0 cannot hold (Word's .docx and GraphML are XML): C0 controls but tab and
# line breaks, and the two non-characters; and the C1 controls, which a UTF-8 terminal may
# read as escape sequences when an exported file is printed. A hostile or damaged file can
# carry them in a name.
_NIET_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def zonder_stuurtekens(tekst: str) -> str:
    return _NIET_XML.sub("", tekst)
