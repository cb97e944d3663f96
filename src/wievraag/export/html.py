"""Render a `Document` as one self-contained, printable HTML page.

Nothing in the page may fetch anything when opened (a family's plan is opened on any laptop,
maybe offline, and a request would tell a server that this file was opened): no external
URL, no web font, no script. A Content-Security-Policy that forbids every load makes that
hold even if a future change slips. The CSS is our own, with a print stylesheet for A4.
"""

from __future__ import annotations

import re
from html import escape as _escape

from wievraag.export.document import Alinea, Blok, Document, Kop, Lijst, Tabel, Tekening, Velden

_CSS = """
:root { color-scheme: light; }
body { font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
  font-size: 12pt; line-height: 1.4; color: #111; background: #fff;
  max-width: 46em; margin: 2em auto; padding: 0 1.2em; }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
.ondertitel { margin: 0 0 1.2em; color: #333; }
h2 { font-size: 1.2em; margin: 1.4em 0 .4em; padding-bottom: .15em; border-bottom: 2px solid #333; }
h3 { font-size: 1.05em; margin: 1em 0 .3em; }
p { margin: .4em 0; }
p.klein { font-size: .9em; color: #333; font-style: italic; }
figure { break-inside: avoid; page-break-inside: avoid; }
ul { margin: .3em 0 .6em; padding-left: 1.3em; }
li { margin: .15em 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: .3em 0 .8em; }
dt { font-weight: 600; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 .8em; font-size: .95em; }
th, td { border: 1px solid #888; padding: .25em .45em; text-align: left; vertical-align: top; }
th { background: #eee; }
figure { margin: .6em 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: .9em; color: #333; }
footer { margin-top: 2em; font-size: .85em; color: #444; border-top: 1px solid #888;
  padding-top: .4em; }
@page { size: A4; margin: 14mm 15mm 16mm; }
@media print {
  /* 12 pt at least: the family reads this on paper, some with poor eyesight (B1). */
  body { font-size: 12pt; line-height: 1.3; max-width: none; margin: 0; padding: 0; }
  h2 { margin: .9em 0 .3em; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  li, tr, dl, figure { break-inside: avoid; page-break-inside: avoid; }
  /* A drawing's heading is inside its figure: heading and drawing share a page. */
  figure h3 { margin-top: 0; }
  th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

_SVG_NAMESPACE = re.compile(r'\s+xmlns(?::xlink)?="http://www\.w3\.org/[^"]*"')

# Forbid every load: styles are inline, images are inline SVG.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def escape(tekst: str) -> str:
    """Text as HTML, quotes included (also safe inside attributes); line breaks kept."""
    if "\n" not in tekst:  # most texts: one line
        return _escape(tekst, quote=True)
    return "<br>\n".join(_escape(regel, quote=True) for regel in tekst.split("\n"))


def naar_html(doc: Document) -> str:
    delen = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(doc.titel)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{escape(doc.titel)}</h1>",
    ]
    if doc.ondertitel:
        delen.append(f'<p class="ondertitel">{escape(doc.ondertitel)}</p>')
    delen.append("</header>")
    for sectie in doc.secties:
        delen.append("<section>")
        delen.append(f"<h2>{escape(sectie.titel)}</h2>")
        delen += [_blok(b) for b in sectie.blokken]
        delen.append("</section>")
    if doc.voet:
        delen.append(f"<footer>{escape(doc.voet)}</footer>")
    delen += ["</body>", "</html>"]
    return "\n".join(delen) + "\n"


def _blok(blok: Blok) -> str:
    if isinstance(blok, Alinea):
        klasse = ' class="klein"' if blok.klein else ""
        return f"<p{klasse}>{escape(blok.tekst)}</p>"
    if isinstance(blok, Kop):
        return f"<h3>{escape(blok.tekst)}</h3>"
    if isinstance(blok, Lijst):
        items = "".join(f"<li>{escape(i)}</li>" for i in blok.items)
        return f"<ul>{items}</ul>"
    if isinstance(blok, Velden):
        rijen = "".join(
            f"<dt>{escape(label)}</dt><dd>{escape(waarde)}</dd>" for label, waarde in blok.rijen
        )
        return f"<dl>{rijen}</dl>"
    if isinstance(blok, Tabel):
        kop = "".join(f"<th>{escape(k)}</th>" for k in blok.koppen)
        rijen = "".join(
            "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in rij) + "</tr>" for rij in blok.rijen
        )
        return f"<table><thead><tr>{kop}</tr></thead><tbody>{rijen}</tbody></table>"
    assert isinstance(blok, Tekening)
    # Inline SVG in HTML needs no namespace; without it the page holds no URL at all.
    svg = _SVG_NAMESPACE.sub("", blok.svg)
    kop = f"<h3>{escape(blok.kop)}</h3>" if blok.kop else ""
    return f"<figure>{kop}{svg}<figcaption>{escape(blok.titel)}</figcaption></figure>"
