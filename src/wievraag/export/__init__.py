"""Exports: the family's shared plan and the full session, as Markdown or printable HTML.

Pure functions from the session model to text: no Textual, no file I/O (writing the file is
`wievraag.uitvoer`). An export is built once as a `Document` (document.py) from an ordered
list of section functions (gedeeld.py, volledig.py) and rendered by markdown.py or html.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Literal

from wievraag import __version__
from wievraag.export import gedeeld, volledig
from wievraag.export.context import Context, SectieFunctie, dag, tijdstip
from wievraag.export.document import Document, zonder_stuurtekens
from wievraag.export.html import naar_html
from wievraag.export.markdown import naar_markdown
from wievraag.export.namen import Namen
from wievraag.export.planweergave import weergave
from wievraag.model import Plan, Sessie, nu

Soort = Literal["plan", "sessie"]
Formaat = Literal["md", "html", "docx", "graphml", "csv"]
SOORTEN: dict[Soort, str] = {"plan": "gedeeld plan", "sessie": "volledige sessie"}
FORMATEN: dict[Formaat, str] = {
    "html": "HTML (printbaar)",
    "md": "Markdown",
    "docx": "Word (DOCX, voor het dossier)",
    "graphml": "GraphML (netwerk, voor analyse)",
    "csv": "CSV (personen en verbindingen, voor analyse)",
}
# The network formats hold the register as data, not the document: no plan, no free text.
NETWERK_FORMATEN: frozenset[Formaat] = frozenset({"graphml", "csv"})

__all__ = [
    "FORMATEN",
    "NETWERK_FORMATEN",
    "SOORTEN",
    "Context",
    "Document",
    "Formaat",
    "Plan",
    "SectieFunctie",
    "Soort",
    "bestanden",
    "bestandsnaam",
    "exporteer",
    "maak",
    "render",
]


def maak(
    sessie: Sessie,
    soort: Soort,
    *,
    pseudoniem: bool = False,
    vraagteksten: Mapping[str, str] | None = None,
    regelteksten: Mapping[str, str] | None = None,
    plan: Plan | None = None,
    gemaakt: datetime | None = None,
) -> Document:
    """The export as a document. `plan` defaults to the session's own (when it has any
    content); `regelteksten` are the bank's words for the plan's minimum requirements."""
    namen = Namen(sessie, pseudoniem=pseudoniem, alleen_toestemming=soort == "plan")
    gemaakt = gemaakt or nu()
    if plan is None and sessie.plan is not None and not is_leeg(sessie.plan):
        plan = sessie.plan
    ctx = Context(
        sessie=sessie,
        namen=namen,
        gemaakt=gemaakt,
        vraagteksten=vraagteksten or {},
        regelteksten=regelteksten or {},
        plan=plan,
        weergave=(
            weergave(sessie, plan, namen, vandaag=gemaakt.date(), regelteksten=regelteksten)
            if plan is not None
            else None
        ),
    )
    lijst: tuple[SectieFunctie, ...] = gedeeld.SECTIES if soort == "plan" else volledig.SECTIES
    secties = tuple(s for functie in lijst if (s := functie(ctx)) is not None)
    if soort == "plan":
        doc = Document(
            titel=f"Ons {ctx.weergave.naam if ctx.weergave else 'netwerkplan'} – {namen.gezin}",
            ondertitel=f"Gemaakt op {dag(ctx.gemaakt.date())}",
            secties=secties,
            voet="Dit is ons plan. Er staan alleen mensen in die wij goed vinden.",
        )
    else:
        doc = Document(
            titel=f"Sessie – {namen.gezin}",
            ondertitel="Volledige sessie, vertrouwelijk"
            + (" · namen vervangen door rollen (pseudoniemen)" if pseudoniem else ""),
            secties=secties,
            voet=f"Gemaakt met wievraag {__version__} op {tijdstip(ctx.gemaakt)}.",
        )
    # Last pass over every text: names in free text (answers, notes, the plan's own words)
    # replaced by pseudonyms, and names of people without consent left out of a shared plan;
    # control characters (a damaged or hostile file) out, so every format can hold the text
    # and no exported file drives the terminal it is `cat`ed in.
    return doc.vervang(_eenmaal(lambda tekst: zonder_stuurtekens(namen.tekst(tekst))))


def _eenmaal(f: Callable[[str], str]) -> Callable[[str], str]:
    """`f`, worked out once per distinct text: a document repeats many (field labels,
    sectors, the line breaks between a drawing's SVG elements by the ten thousand)."""
    bekend: dict[str, str] = {}

    def eenmaal(tekst: str) -> str:
        uit = bekend.get(tekst)
        if uit is None:
            uit = bekend[tekst] = f(tekst)
        return uit

    return eenmaal


def is_leeg(plan: Plan) -> bool:
    """A plan nothing was filled in of (opened once, then left): no plan for the export."""
    return not (
        plan.doel.strip()
        or plan.zorgen
        or plan.aanspreekpunt
        or plan.afspraken
        or plan.bellen
        or plan.plan_b.strip()
        or plan.verantwoordelijkheden.strip()
        or plan.evaluatie
        or plan.start
        or plan.duur_weken
    )


def render(doc: Document, formaat: Literal["md", "html"]) -> str:
    return naar_html(doc) if formaat == "html" else naar_markdown(doc)


def exporteer(
    sessie: Sessie, soort: Soort, formaat: Literal["md", "html"], **opties: object
) -> str:
    return render(maak(sessie, soort, **opties), formaat)  # type: ignore[arg-type]


def bestanden(
    sessie: Sessie,
    soort: Soort,
    formaat: Formaat,
    *,
    pseudoniem: bool = False,
    **opties: object,
) -> list[tuple[str, bytes]]:
    """The export as files: (name, content). CSV is two files, the nodes and the edges."""
    naam = bestandsnaam(sessie, soort, formaat, pseudoniem=pseudoniem)
    if formaat in NETWERK_FORMATEN:
        from wievraag.export.netwerk import graaf, naar_csv, naar_graphml

        g = graaf(sessie, Namen(sessie, pseudoniem=pseudoniem, alleen_toestemming=soort == "plan"))
        if formaat == "graphml":
            return [(naam, naar_graphml(g))]
        knopen, randen = naar_csv(g)
        stam = naam.removesuffix(".csv")
        return [(f"{stam}-personen.csv", knopen), (f"{stam}-verbindingen.csv", randen)]
    doc = maak(sessie, soort, pseudoniem=pseudoniem, **opties)  # type: ignore[arg-type]
    if formaat == "docx":
        from wievraag.export.word import naar_docx  # python-docx loads only when asked

        return [(naam, naar_docx(doc))]
    return [(naam, render(doc, formaat).encode("utf-8"))]  # type: ignore[arg-type]


def bestandsnaam(sessie: Sessie, soort: Soort, formaat: Formaat, *, pseudoniem: bool) -> str:
    """No family name in a file name; a pseudonymised one does not even carry the session id."""
    if pseudoniem:
        kort = hashlib.sha256(sessie.id.encode()).hexdigest()[:8]
        return f"casus-{kort}-{soort}.{formaat}"
    return f"{sessie.id}-{soort}.{formaat}"
