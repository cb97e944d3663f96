"""A fictional family for export tests: every part filled, special characters, and people
with and without consent (no real people, nothing from the seeds' cases)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from wievraag.model import (
    Afspraak,
    Antwoord,
    Appel,
    Bellen,
    Cirkel,
    Persoon,
    Plaatsing,
    Plan,
    Sessie,
)

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
            telefoon="06-11112222",
            notities='Woont in Zwolle; zegt "bel me gerust" & komt <graag>.',
        ),
        Persoon(id="p-karim", naam="Karim", relatie="buurman", sector="buren", toestemming="ja"),
        Persoon(
            id="p-els",
            naam="Els",
            relatie="buurvrouw",
            sector="buren",
            toestemming="ja",
            telefoon="+31 6 3333 4444",
        ),
        Persoon(
            id="p-joke", naam="Joke", relatie="buurvrouw", sector="buren", telefoon="010-5556666"
        ),
        Persoon(
            id="p-kees",
            naam="Kees Vlinder",
            relatie="oom",
            sector="familie",
            toestemming="nee",
            via="p-riet",
            telefoon="06-99998888",
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


ONE_OFF = date(2026, 12, 12)  # a Saturday


def plan_voor_test(**anders: object) -> Plan:
    """A plan with every kind of agreement: weekly with a time and someone to call off with,
    shared with someone without consent, only someone without consent, without a day, once
    on a date, weekly and once, and one nobody took on yet."""
    plan = Plan(
        doel="Noor en Noël gaan elke dag op tijd naar school, ook als mama ziek is.",
        zorgen=["Mama slaapt slecht.", "Noël mist vaak de bus."],
        aanspreekpunt="p-riet",
        afspraken=[
            Afspraak(
                id="af-riet",
                wie=["p-riet"],
                wat="brengt Noor en Noël naar school",
                dagen=["woensdag", "maandag"],
                wanneer="8.15 uur",
                afbellen=["p-els"],
            ),
            Afspraak(
                id="af-vrij",
                wie=["p-karim", "p-kees"],
                wat="haalt de kinderen op",
                dagen=["vrijdag"],
            ),
            Afspraak(id="af-kees", wie=["p-kees"], wat="kookt op zondag", dagen=["zondag"]),
            Afspraak(id="af-els", wie=["p-els"], wat="luistert als mama wil praten"),
            Afspraak(
                id="af-judo",
                wie=["p-karim"],
                wat="neemt Noor mee naar de judowedstrijd",
                datum=ONE_OFF,
                wanneer="hele dag",
                afbellen=["p-riet"],
            ),
            Afspraak(
                id="af-zoe",
                wie=["p-zoe"],
                wat="leest voor in de klas",
                dagen=["dinsdag"],
                datum=date(2026, 12, 17),  # a Thursday, once extra
            ),
            Afspraak(id="af-niemand", wat="doet boodschappen", dagen=["donderdag"]),
        ],
        bellen=[
            Bellen(wanneer="Als mama ziek is", wie=["p-riet", "p-els"]),
            Bellen(wanneer="Als Kees wil komen", wie=["p-kees"]),
        ],
        plan_b="Kan oma niet, dan brengt Els de kinderen. Kees belt niemand.",
        verantwoordelijkheden="Mama vraagt zelf om hulp; Riet houdt het overzicht.",
        start=date(2026, 11, 16),
        duur_weken=8,
        evaluatie=date(2027, 1, 11),
    )
    return plan.model_copy(update=anders)
