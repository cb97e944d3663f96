"""The full session carries how the plan went: logbook, evaluations with the earlier versions
as they were, and the closing conversation (inzage: the family may see all of it)."""

from __future__ import annotations

from datetime import date

from wievraag.demo import maak_demo
from wievraag.export import exporteer
from wievraag.uitvoer import vraagteksten
from wievraag.vragen import lees_bank


def test_volledige_sessie_met_logboek_evaluaties_en_afsluiting() -> None:
    sessie = maak_demo(lees_bank(), vandaag=date(2026, 11, 23))
    tekst = exporteer(sessie, "sessie", "md", vraagteksten=vraagteksten())
    for verwacht in (
        "**TOP 3 zorgen:** 1\\. Roos komt",  # the plan section holds every fact now
        "Roos komt 's ochtends niet uit bed",
        "## Logboek",
        "Isa had haar gymtas niet bij zich.",
        "## Evaluaties en eerdere versies van het plan",
        "Plan versie 1",
        "Finn en Isa gaan elke dag uitgerust naar school.",  # the goal of version 1
        "Oma Ria op maandag gaat goed",
        "## Afsluiting",
        "Wat wil je dat het netwerk verder gaat betekenen?",  # the question, not its id
    ):
        assert verwacht in tekst, verwacht
    assert tekst.index("## Logboek") > tekst.index("## Plan")
    gedeeld = exporteer(sessie, "plan", "md")
    assert "gymtas" not in gedeeld and "Oma Ria op maandag" not in gedeeld  # not for the network


def test_pseudoniem_ook_in_logboek_en_evaluatie() -> None:
    sessie = maak_demo(lees_bank(), vandaag=date(2026, 11, 23))
    tekst = exporteer(sessie, "sessie", "md", pseudoniem=True)
    for naam in ("Oma Ria", "Truus", "Tante Sanne", "Roos"):
        assert naam not in tekst, naam
