"""Render a `Document` as CommonMark (with GFM tables).

Everything typed by a person is escaped, so an answer that starts with "1." or "- " or holds
`<`, `*`, `|` or `&amp;` reads back exactly as typed instead of turning into markup.
"""

from __future__ import annotations

import re

from wievraag.export.document import Alinea, Blok, Document, Kop, Lijst, Tabel, Tekening, Velden

# ASCII punctuation that can start markup anywhere in a line (CommonMark allows a backslash
# before any ASCII punctuation, so escaping one too many is harmless).
_OVERAL = re.compile(r"([\\`*_\[\]<>|&~#])")
# Markup that only counts at the start of a line: lists, setext underlines, numbered lists.
_REGELBEGIN = re.compile(r"^([-+=])")
_GENUMMERD = re.compile(r"^(\d+)([.)])")


def escape(tekst: str) -> str:
    """Plain text as Markdown text; line breaks become hard breaks."""
    regels = []
    for regel in tekst.splitlines() or [""]:
        # Leading spaces would make an indented code block; they carry no meaning here.
        regel = _OVERAL.sub(r"\\\1", regel.strip())
        regel = _REGELBEGIN.sub(r"\\\1", regel)
        regel = _GENUMMERD.sub(r"\1\\\2", regel)
        regels.append(regel)
    regels = [r for r in regels if r] or [""]
    return "\\\n".join(regels)


def naar_markdown(doc: Document) -> str:
    delen = [f"# {escape(doc.titel)}"]
    if doc.ondertitel:
        delen.append(f"*{escape(doc.ondertitel)}*")
    for sectie in doc.secties:
        delen.append(f"## {escape(sectie.titel)}")
        delen += [_blok(b) for b in sectie.blokken]
    if doc.voet:
        delen += ["---", f"*{escape(doc.voet)}*"]
    return "\n\n".join(delen) + "\n"


def _blok(blok: Blok) -> str:
    if isinstance(blok, Alinea):
        return f"*{escape(blok.tekst)}*" if blok.klein else escape(blok.tekst)
    if isinstance(blok, Kop):
        return f"### {escape(blok.tekst)}"
    if isinstance(blok, Lijst):
        return "\n".join(_item(i) for i in blok.items)
    if isinstance(blok, Velden):
        return "\n".join(_item(waarde, f"**{escape(label)}:** ") for label, waarde in blok.rijen)
    if isinstance(blok, Tabel):
        return _tabel(blok)
    assert isinstance(blok, Tekening)
    kop = f"### {escape(blok.kop)}\n\n" if blok.kop else ""
    return kop + f"*{escape(f'Tekening: {blok.titel} (staat in de HTML-versie)')}*"


def _item(tekst: str, voor: str = "") -> str:
    # Continuation lines of a list item are indented to stay inside the item.
    return "- " + voor + escape(tekst).replace("\n", "\n  ")


def _cel(tekst: str) -> str:
    return escape(" ".join(tekst.split())) or " "


def _tabel(tabel: Tabel) -> str:
    regels = [
        "| " + " | ".join(_cel(k) for k in tabel.koppen) + " |",
        "|" + "|".join(" --- " for _ in tabel.koppen) + "|",
    ]
    regels += ["| " + " | ".join(_cel(c) for c in rij) + " |" for rij in tabel.rijen]
    return "\n".join(regels)
