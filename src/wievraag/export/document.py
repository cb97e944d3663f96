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


@dataclass(frozen=True)
class Tekening:
    """An inline SVG drawing (circles, genogram). Markdown cannot hold it and says so.

    The SVG must come from our own drawing code (`wievraag.tekening`), which escapes every
    text it draws: the HTML renderer inserts it as it is.
    """

    svg: str
    titel: str
    # The heading that belongs to the drawing: printed on the same page as it.
    kop: str = ""
    # The same drawing as terminal text, for formats that cannot hold SVG (DOCX, Markdown).
    tekst: str = ""


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
    # A drawing: only the text between tags (labels, <title>), never the markup itself.
    return Tekening(
        _SVG_TEKST.sub(lambda m: ">" + f(m.group(1)) + "<", blok.svg),
        f(blok.titel),
        f(blok.kop),
        "\n".join(f(regel) for regel in blok.tekst.split("\n")),
    )


_SVG_TEKST = re.compile(r">([^<>]+)<")


# Characters XML 1.0 cannot hold (Word's .docx and GraphML are XML): C0 controls but tab and
# line breaks, and the two non-characters; and the C1 controls, which a UTF-8 terminal may
# read as escape sequences when an exported file is printed. A hostile or damaged file can
# carry them in a name.
_NIET_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def zonder_stuurtekens(tekst: str) -> str:
    return _NIET_XML.sub("", tekst)
