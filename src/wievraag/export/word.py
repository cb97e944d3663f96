"""Render a `Document` as a Word file (DOCX), for the organisation's dossier.

The same document as the HTML and Markdown, so the three never say different things. Built
with python-docx (pure Python: it also works on a locked-down Windows laptop). Drawings go in
as their text drawing, in a monospace paragraph: an image would need a native SVG library,
and the text drawing is the one the app shows on screen anyway.
"""

from __future__ import annotations

import io

from docx import Document as WordDocument
from docx.document import Document as WordDoc
from docx.shared import Cm, Pt

from wievraag.export.document import (
    Alinea,
    Blok,
    Document,
    Kop,
    Lijst,
    Tabel,
    Tekening,
    Velden,
)

LETTER = Pt(12)  # as the printed HTML: at least 12 pt for a family reading it
TEKENING_LETTER = Pt(6.5)  # a drawing of 100 columns fits the width of an A4 page
MONO = "Courier New"  # on every Windows and Mac; LibreOffice substitutes its own
LETTERTYPE = "Arial"  # plain and sans serif, as the printed HTML
A4 = (Cm(21), Cm(29.7))
MARGE = Cm(1.8)
BREEDTE = A4[0] - 2 * MARGE  # the text width, shared out over a table's columns


def naar_docx(doc: Document) -> bytes:
    word = WordDocument()
    word.core_properties.title = doc.titel
    word.core_properties.author = "wievraag"  # not the professional's account name
    for pagina in word.sections:  # the template is US Letter: the organisation prints A4
        pagina.page_width, pagina.page_height = A4
        pagina.left_margin = pagina.right_margin = MARGE
        pagina.top_margin = pagina.bottom_margin = MARGE
    stijl = word.styles["Normal"]
    stijl.font.size = LETTER
    stijl.font.name = LETTERTYPE
    word.add_heading(doc.titel, level=0)
    if doc.ondertitel:
        word.add_paragraph().add_run(doc.ondertitel).italic = True
    for sectie in doc.secties:
        word.add_heading(sectie.titel, level=1)
        for blok in sectie.blokken:
            _blok(word, blok)
    if doc.voet:
        word.add_paragraph().add_run(doc.voet).italic = True
    uit = io.BytesIO()
    word.save(uit)
    return uit.getvalue()


def _breedtes(tabel: Tabel) -> list[int]:
    """Each column's share of the text width, by its longest line (at least 2 cm)."""
    langste = [
        max(len(regel) for cel in kolom for regel in cel.split("\n"))
        for kolom in zip(tabel.koppen, *tabel.rijen, strict=True)
    ]
    gewicht = [min(max(n, 6), 60) for n in langste]
    minimum = Cm(2)
    rest = BREEDTE - minimum * len(gewicht)
    return [int(minimum + rest * g / sum(gewicht)) for g in gewicht]


def _blok(word: WordDoc, blok: Blok) -> None:
    if isinstance(blok, Alinea):
        alinea = word.add_paragraph()
        alinea.add_run(blok.tekst).italic = blok.klein or None
    # A "\n" in a run's text becomes a line break in Word (python-docx does that).
    elif isinstance(blok, Kop):
        word.add_heading(blok.tekst, level=2)
    elif isinstance(blok, Lijst):
        for item in blok.items:
            word.add_paragraph(item, style="List Bullet")
    elif isinstance(blok, Velden):
        for label, waarde in blok.rijen:
            alinea = word.add_paragraph()
            alinea.add_run(f"{label}: ").bold = True
            alinea.add_run(waarde)
    elif isinstance(blok, Tabel):
        tabel = word.add_table(rows=1, cols=len(blok.koppen))
        tabel.style = "Table Grid"
        for cel, kop in zip(tabel.rows[0].cells, blok.koppen, strict=True):
            cel.paragraphs[0].add_run(kop).bold = True
        for rij in blok.rijen:
            for cel, waarde in zip(tabel.add_row().cells, rij, strict=True):
                cel.paragraphs[0].add_run(waarde)
        # Columns as wide as their text asks ("Dag" narrow, "Wat" wide): Word reads the
        # width from every cell, LibreOffice from the column grid.
        tabel.autofit = False
        for breedte, kolom in zip(_breedtes(blok), tabel.columns, strict=True):
            kolom.width = breedte
            for cel in kolom.cells:
                cel.width = breedte
    else:
        assert isinstance(blok, Tekening)
        if blok.kop:
            word.add_heading(blok.kop, level=2)
        alinea = word.add_paragraph()
        alinea.paragraph_format.keep_together = True  # one page, like the printed HTML
        run = alinea.add_run(blok.tekst)
        run.font.name, run.font.size = MONO, TEKENING_LETTER
        word.add_paragraph().add_run(f"{blok.titel} (als tekst getekend)").italic = True
