"""A fictional family for export tests: every part filled, special characters, and people
with and without consent (no real people, nothing from the seeds' cases)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from wievraag.model import Antwoord, Appel, Cirkel, Persoon, Plaatsing, Sessie

T0 = datetime(2026, 11, 2, 10, 15, tzinfo=timezone(timedelta(hours=1)))


def familie() -> Sessie:
    s = Sessie(
        id="20261102-a1b2c3d4",
        gezin="Gezin Vlinder",
        aangemaakt=T0,
        gewijzigd=T0 + timedelta(days=7),
    )
    s.bezoeken = [date(2026, 11, 2), date(2026, 11, 9)]
    s.personen = [
        Persoon(
            id="p-riet",
            naam="Riet de Boer",
            relatie="oma (moederskant)",
            sector="familie",
            generatie="grootouders",
            leeftijd=71,
            contact="ver-weg",
            toestemming="ja",
            toestemming_datum=date(2026, 11, 2),
            notities='Woont in Zwolle; zegt "bel me gerust" & komt <graag>.',
        ),
        Persoon(id="p-karim", naam="Karim", relatie="buurman", sector="buren", toestemming="ja"),
        Persoon(id="p-els", naam="Els", relatie="buurvrouw", sector="buren", toestemming="ja"),
        Persoon(id="p-joke", naam="Joke", relatie="buurvrouw", sector="buren"),
        Persoon(
            id="p-kees",
            naam="Kees Vlinder",
            relatie="oom",
            sector="familie",
            toestemming="nee",
            via="p-riet",
        ),
        Persoon(id="p-zoe", naam="Zoë", relatie="juf van Noël", sector="school", toestemming="ja"),
    ]
    appel = Appel(
        id="ap-1",
        tijd=T0,
        van="gezin",
        soort="gekregen",
        verzoek="Moeder vraagt of ik Noël naar de logopedist breng.",
    )
    appel.herken.gevoel = "Ik wil het meteen oplossen."
    appel.herken.tijd = T0
    appel.overweeg.nu = "ja"
    appel.overweeg.lange_termijn = "nee"
    appel.overweeg.enige = "nee"
    appel.bespreek.met = "moeder"
    appel.bespreek.gezegd = "Je vraagt aan mij om Noël te brengen."
    appel.verleg.doen = ["p-karim"]
    appel.verleg.meedenken = ["p-riet", "p-kees"]
    appel.uitkomst = "verlegd"
    s.appels = [appel]
    s.antwoorden = [
        Antwoord(
            id="a-1",
            vraag="b2-01",
            vraag_tekst="Wie kan er op de kinderen passen?",
            gesteld_aan="moeder",
            antwoord='Oma Riet <zeker> & "Kees" misschien; Kees’ vrouw niet. Karimova niet.',
            personen=["p-riet", "p-kees"],
            tijd=T0 + timedelta(minutes=20),
            appel="ap-1",
        ),
        Antwoord(id="a-2", vraag="start-01", status="later", tijd=T0 + timedelta(minutes=30)),
    ]
    s.cirkels = [
        Cirkel(
            id="c-1",
            soort="veiligheid",
            sjabloon="veilig-1-weten",
            titel="Wie weet ervan?",
            ringen=["alles al weten", "een beetje weten", "niets weten"],
            plaatsingen=[
                Plaatsing(persoon="p-riet", ring=1),
                Plaatsing(persoon="p-kees", ring=3),
            ],
            tijd=T0 + timedelta(days=7),
        )
    ]
    return s


@dataclass
class Afspraak:
    wie: Sequence[str]
    wat: str
    dagen: Sequence[str] = ()
    wanneer: str = ""


@dataclass
class Bellen:
    wanneer: str
    wie: Sequence[str]


@dataclass
class PlanVoorTest:
    """A plan shaped the way the export reads it (export/plan.py), for tests only."""

    doel: str = "Noor en Noël gaan elke dag op tijd naar school, ook als mama ziek is."
    contactpersoon: str | None = "p-riet"
    afspraken: Sequence[Afspraak] = field(
        default_factory=lambda: [
            Afspraak(
                ["p-riet"], "brengt Noor en Noël naar school", ["maandag", "woensdag"], "8.15 uur"
            ),
            Afspraak(["p-karim", "p-kees"], "haalt de kinderen op", ["vrijdag"]),
            Afspraak(["p-kees"], "kookt op zondag", ["zondag"]),
            Afspraak(["p-els"], "luistert als mama wil praten"),
        ]
    )
    bellen: Sequence[Bellen] = field(
        default_factory=lambda: [
            Bellen("Als mama ziek is", ["p-riet", "p-els"]),
            Bellen("Als Kees wil komen", ["p-kees"]),
        ]
    )
    plan_b: str = "Kan oma niet, dan brengt Els de kinderen. Kees belt niemand."
    evaluatie: date | None = date(2027, 1, 11)
