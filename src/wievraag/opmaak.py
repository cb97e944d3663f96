"""Dutch date and time wording ("1 mei 2026", "01-05-2026", 24-hour), shared by UI and export."""

from __future__ import annotations

from datetime import date, datetime

# The date in prose lives in the model (its checks word dates too); offered here with the rest.
from wievraag.kalender import MAANDEN as MAANDEN
from wievraag.kalender import datum_lang as datum_lang

DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def datum_kort(dag: date) -> str:
    return f"{dag:%d-%m-%Y}"


def moment(tijd: datetime, nu: datetime | None = None) -> str:
    """When something happened, the way people say it: "vandaag 14:05", "gisteren 09:30"."""
    nu = nu or datetime.now(tijd.tzinfo)
    lokaal = tijd.astimezone(nu.tzinfo) if tijd.tzinfo and nu.tzinfo else tijd
    verschil = (nu.date() - lokaal.date()).days
    klok = f"{lokaal:%H:%M}"
    if verschil == 0:
        return f"vandaag {klok}"
    if verschil == 1:
        return f"gisteren {klok}"
    return f"{datum_kort(lokaal.date())} {klok}"


# What a date field says under itself while typed, and what a plan check says of a bad date.
DATUMVORM = "schrijf de datum als 15-12-2026"


def datum_uitleg(tekst: str) -> str:
    """The line under a typed date: the date in words, a hint when it is not a date yet,
    nothing when the field is empty."""
    dag = lees_datum(tekst)
    if dag is not None:
        return datum_lang(dag)
    return f"⚠ {DATUMVORM}" if tekst.strip() else ""


def lees_datum(tekst: str) -> date | None:
    """ "1-5-2026" or "01-05-2026" (how dates are shown) → a date; anything else → None."""
    delen = tekst.strip().replace("/", "-").split("-")
    if len(delen) != 3 or not all(d.isdigit() for d in delen) or len(delen[2]) != 4:
        return None
    try:
        return date(int(delen[2]), int(delen[1]), int(delen[0]))
    except ValueError:
        return None


def aantal(n: int, een: str, meer: str) -> str:
    """ "1 sessie", "3 sessies", "0 problemen": a count with the right form, never "sessie(s)"."""
    return f"{n} {een if n == 1 else meer}"
