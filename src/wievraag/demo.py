"""The demo family for workshops: fictional, built by code from the model.

Built rather than shipped as a file, so it stays valid whenever the schema grows: a test fails
when a new part of the session has no demo data (tests/test_demo.py). Every name here is
invented; nothing is taken from the cases in the source documents. Dates are relative to
today, so "the last visit was last week" and "the evaluation is due" stay true in every
workshop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from wievraag.model import (
    DAGEN,
    Afsluiting,
    Afspraak,
    Antwoord,
    Appel,
    Bellen,
    Cirkel,
    LogRegel,
    Persoon,
    Sessie,
    Vragenbank,
)
from wievraag.model.appel import Bespreek, Herken, Overweeg, Verleg
from wievraag.model.familyfinding import (
    Behoefte,
    BiggestUnmetNeeds,
    HoeveelMensen,
    Huis,
    Levensfase,
    MobilityMapping,
    Olievlek,
    Reunie,
    Uitgevraagd,
    Waarde,
    WaardeInterview,
)
from wievraag.model.persoon import Geslacht, PartnerRelatie, Steun

GEZIN = "Gezin Zonnebloem (demo)"


@dataclass(frozen=True)
class _P:
    """One person of the demo: the fields the register shows, in one readable line each."""

    naam: str
    relatie: str
    sector: str
    generatie: str | None
    leeftijd: int | None
    contact: str | None
    toestemming: str = "niet-gevraagd"
    in_leven: bool = True
    via: str | None = None
    notities: str = ""
    telefoon: str = ""  # fictional numbers, for the shared plan's "wie bellen we"


# Three generations, nine sectors, mixed consent, contacts abroad and on social media (§5:
# they count as much as the neighbour next door), one person whose influence worries (§3.1.5).
MENSEN: tuple[_P, ...] = (
    _P("Roos", "moeder", "familie", "ouders", 34, "in-contact", "ja"),
    _P("Daan", "vader", "familie", "ouders", 37, "weinig", "nee"),
    _P("Finn", "zoon", "familie", "kinderen", 12, "in-contact", "ja"),
    _P("Isa", "dochter", "familie", "kinderen", 8, "in-contact", "ja"),
    _P("Mo", "zoon", "familie", "kinderen", 4, "in-contact", "ja"),
    _P("Oma Ria", "oma (moederskant)", "familie", "grootouders", 63, "in-contact", "ja",
       telefoon="06-10000001"),
    _P("Opa Henk", "opa (moederskant)", "familie", "grootouders", None, None, in_leven=False),
    _P("Oma Fatma", "oma (vaderskant)", "familie", "grootouders", 66, "buitenland", "ja"),
    _P("Opa Yusuf", "opa (vaderskant)", "familie", "grootouders", None, "buitenland"),
    _P("Tante Sanne", "zus van moeder", "familie", "ouders", 31, "in-contact", "ja",
       telefoon="06-10000002"),
    _P("Oom Kerem", "broer van vader", "familie", "ouders", 40, "verbroken", "nee",
       notities="Contact verbroken na een ruzie over geld; moeder twijfelt."),
    _P("Aylin", "nicht (vaderskant)", "online", "ouders", 27, "sociale-media", "ja"),
    _P("Jesse", "neef", "familie", "kinderen", 16, "weinig", via="Tante Sanne"),
    _P("Lieke", "vriendin van moeder", "vrienden", "ouders", 35, "in-contact", "ja",
       telefoon="06-10000003"),
    _P("Truus", "buurvrouw", "buren", "grootouders", 74, "in-contact", "ja"),
    _P("Ahmed", "buurman", "buren", "ouders", 45, "in-contact"),
    _P("Juf Marieke", "leerkracht van Isa", "school", None, None, "in-contact", "ja"),
    _P("Thijs", "voetbaltrainer van Finn", "sport", None, 29, "in-contact"),
    _P("Esra", "collega van moeder", "werk", "ouders", 38, "weinig", via="Lieke"),
    _P("Hanneke", "vrijwilliger buurtkerk", "geloof", None, 58, "ver-weg"),
    _P("Wijkverpleegkundige Bram", "wijkteam", "professional", None, None, "in-contact", "ja"),
)  # fmt: skip


# The genogram (blog 003): three generations with parents and partners. Opa Henk died, the
# contact with Oom Kerem is broken; both are drawn all the same ("ook als ze ruzie hebben").
OUDERS: dict[str, tuple[str, ...]] = {
    "Roos": ("Oma Ria", "Opa Henk"),
    "Tante Sanne": ("Oma Ria", "Opa Henk"),
    "Daan": ("Oma Fatma", "Opa Yusuf"),
    "Oom Kerem": ("Oma Fatma", "Opa Yusuf"),
    "Finn": ("Roos", "Daan"),
    "Isa": ("Roos", "Daan"),
    "Mo": ("Roos", "Daan"),
    "Jesse": ("Tante Sanne",),
}
STEUN: dict[str, tuple[Steun, ...]] = {
    "Oma Ria": ("praktisch", "emotioneel"),
    "Tante Sanne": ("emotioneel", "praktisch"),
    "Lieke": ("emotioneel", "verbinding"),
    "Truus": ("praktisch",),
    "Aylin": ("emotioneel", "verbinding"),
    "Juf Marieke": ("verbinding",),
    "Thijs": ("verbinding",),
}
# What the partners are to each other (the genogram draws each kind as its own line): Roos
# and Daan live apart, which is why the children's father is at a distance in the network.
PARTNERS: tuple[tuple[str, str, PartnerRelatie], ...] = (
    ("Oma Ria", "Opa Henk", "getrouwd"),
    ("Oma Fatma", "Opa Yusuf", "getrouwd"),
    ("Roos", "Daan", "uit-elkaar"),
)
# The genogram's symbols (□ ○) for the family; the others in the register are left unsaid,
# as a professional would leave them, so the genogram also shows what "not filled in" looks like.
GESLACHT: dict[str, Geslacht] = {
    "Roos": "vrouw", "Daan": "man", "Finn": "man", "Isa": "vrouw", "Mo": "man",
    "Oma Ria": "vrouw", "Opa Henk": "man", "Oma Fatma": "vrouw", "Opa Yusuf": "man",
    "Tante Sanne": "vrouw", "Oom Kerem": "man", "Aylin": "vrouw", "Jesse": "man",
}  # fmt: skip
# Who lives together: Roos with the three children (the household line in the genogram).
HUISHOUDEN: tuple[str, ...] = ("Roos", "Finn", "Isa", "Mo")


def maak_demo(bank: Vragenbank, vandaag: date | None = None) -> Sessie:
    """A fresh demo session; `bank` gives the question texts as they are asked in the app."""
    vandaag = vandaag or date.today()
    bezoeken = [vandaag - timedelta(days=d) for d in (35, 21, 7)]

    def moment(dagen_geleden: int, uur: int = 10) -> datetime:
        return datetime.combine(vandaag - timedelta(days=dagen_geleden), time(uur)).astimezone()

    personen: dict[str, Persoon] = {}
    for m in MENSEN:
        persoon = Persoon(
            naam=m.naam,
            relatie=m.relatie,
            sector=m.sector,
            generatie=m.generatie,
            leeftijd=m.leeftijd,
            in_leven=m.in_leven,
            contact=m.contact,
            toestemming=m.toestemming,
            toestemming_datum=bezoeken[1] if m.toestemming == "ja" else None,
            notities=m.notities,
            telefoon=m.telefoon,
        )
        personen[m.naam] = persoon
    for m in MENSEN:
        if m.via:
            personen[m.naam].via = personen[m.via].id
    for kind, ouders in OUDERS.items():
        personen[kind].ouders = [personen[o].id for o in ouders]
    for naam, geslacht in GESLACHT.items():
        personen[naam].geslacht = geslacht
    for naam in HUISHOUDEN:
        personen[naam].huishouden = True
    # What people give (§3.1.4), so the register and its counts have something to show.
    for naam, steun in STEUN.items():
        personen[naam].steun = list(steun)
    # A worry about influence (§3.1.5), and what this uncle can do all the same (000).
    kerem = personen["Oom Kerem"]
    kerem.zorg = True
    kerem.zorg_notitie = "Daan zegt dat Kerem snel boos wordt; bespreken met Roos en Daan."
    kerem.niet_als = "alleen oppassen op de kinderen"
    kerem.kan_wel = "met Finn naar een wedstrijd, samen met Daan"
    # §3.1.6: Roos hesitates; the pros and cons of contact, side by side.
    kerem.voordelen = "Finn mist hem; hij kan goed met Daan praten."
    kerem.nadelen = "De ruzie over geld kan weer oplaaien."

    def ids(*namen: str) -> list[str]:
        return [personen[n].id for n in namen]

    def antwoord(
        vraag: str,
        tekst: str,
        namen: tuple[str, ...],
        dagen: int,
        status: str = "beantwoord",
        aan: str = "moeder",
        appel: str | None = None,
    ) -> Antwoord:
        gevonden = bank.vraag(vraag)
        if gevonden is None:  # the bank is part of the app: a missing id is a bug, say which
            raise LookupError(f"demo gebruikt vraag '{vraag}', die niet in de vragenbank staat")
        return Antwoord(
            vraag=vraag,
            vraag_tekst=gevonden.tekst,
            status=status,
            gesteld_aan=aan,
            antwoord=tekst,
            personen=ids(*namen),
            tijd=moment(dagen),
            appel=appel,
        )

    school = Appel(
        tijd=moment(21, 9),
        van="gezin",
        soort="gekregen",
        verzoek="Wil jij Finn morgen naar school brengen?",
        stap=4,
        herken=Herken(tijd=moment(21, 9), gevoel="Ik wil haar meteen ontlasten."),
        overweeg=Overweeg(
            tijd=moment(21, 9),
            nu="ja",
            lange_termijn="nee",
            als_niet="Dan moet ze zelf iemand vragen, en dat vindt ze moeilijk.",
            enige="nee",
        ),
        bespreek=Bespreek(
            tijd=moment(21, 9),
            met="moeder",
            gezegd="Je vraagt aan mij om Finn morgen naar school te brengen.",
            antwoord="Ze schaamt zich om het aan haar moeder te vragen.",
        ),
        verleg=Verleg(tijd=moment(21, 10), doen=ids("Oma Ria", "Truus"), meedenken=ids("Lieke")),
        uitkomst="verlegd",
        uitkomst_tijd=moment(21, 10),
    )
    afwas = Appel(
        tijd=moment(7, 11),
        van="zelf",
        soort="gevoeld",
        verzoek="De afwas van dagen staat in de woonkamer",
        stap=2,
        herken=Herken(tijd=moment(7, 11), gevoel="Ik heb de neiging om het even op te ruimen."),
        overweeg=Overweeg(tijd=moment(7, 11), nu="beetje"),
    )
    voogd = Appel(
        tijd=moment(35, 14),
        van="voogd",
        soort="gekregen",
        verzoek="De jeugdbeschermer vraagt of ik de afspraak met de huisarts regel",
        stap=4,
        herken=Herken(tijd=moment(35, 14)),
        overweeg=Overweeg(tijd=moment(35, 14), nu="ja", lange_termijn="beetje", enige="ja"),
        uitkomst="zelf",
        omdat="Mo had koorts en moeder lag ziek in bed; volgende keer belt Tante Sanne.",
        uitkomst_tijd=moment(35, 15),
    )

    antwoorden = [
        antwoord(
            "start-01",
            "Misschien mijn moeder, of Lieke.",
            ("Oma Ria", "Lieke"),
            35,
        ),
        antwoord(
            "start-05",
            "Mijn zus, de buurvrouw en juf Marieke. Mijn schoonmoeder in Turkije ook.",
            ("Tante Sanne", "Truus", "Juf Marieke", "Oma Fatma"),
            35,
        ),
        antwoord("ev-01", "Lieke. En mijn nicht Aylin, we appen elke dag.", ("Lieke", "Aylin"), 21),
        antwoord(
            "gn-09",
            "Met Esra van mijn werk, soms.",
            ("Esra",),
            21,
            appel=school.id,
        ),
        # A "no" of one kind (§3.1.6), and the question asked again in other words later.
        antwoord("ev-03", "", (), 21, status="geweigerd").model_copy(update={"nee": "wil-niet"}),
        antwoord(
            "ev-03", "Naar Oma Ria, eigenlijk. En naar Truus.", ("Oma Ria", "Truus"), 7
        ).model_copy(
            update={"anders_gevraagd": "Naar wie luister je als het om de kinderen gaat?"}
        ),
        antwoord(
            "b2-01" if bank.vraag("b2-01") else "start-02",
            "Thijs, van voetbal. Die luistert echt naar me.",
            ("Thijs",),
            7,
            aan="Finn",
        ),
        antwoord("gn-08", "Daar wil ze volgende keer over praten.", (), 7, status="later"),
    ]

    # The professional's own sociogram question (blog 003: one circle, several questions).
    eigen = Cirkel(
        soort="sociogram",
        titel="Bij wie kun je terecht als het misgaat?",
        vraag="Bij wie kun je terecht als het 's avonds misgaat?",
        ringen=["altijd", "meestal", "soms"],
        tijd=moment(7, 11),
    )
    for naam, ring in (("Oma Ria", 1), ("Lieke", 1), ("Truus", 2), ("Tante Sanne", 2)):
        eigen.plaats(personen[naam].id, ring)  # type: ignore[arg-type]
    eigen.plaats(personen["Aylin"].id, 3)

    sessie = Sessie(
        gezin=GEZIN,
        aangemaakt=moment(35, 9),
        gewijzigd=moment(7, 12),
        bezoeken=bezoeken,
        personen=list(personen.values()),
        antwoorden=antwoorden,
        appels=[voogd, school, afwas],
        cirkels=[eigen],
    )
    for een, ander, soort in PARTNERS:
        sessie.zet_partner(personen[een].id, personen[ander].id)
        sessie.zet_partnerrelatie(personen[een].id, personen[ander].id, soort)
    # The network as it stood at the second visit: four people came up since, Aylin gave
    # consent since, so the register has something to show under "since the last visit".
    toen = sessie.model_copy(deep=True)
    for naam in ("Thijs", "Esra", "Hanneke", "Jesse"):
        toen.verwijder_persoon(personen[naam].id)
    for persoon in toen.personen:
        if persoon.naam == "Aylin":
            persoon.toestemming = "niet-gevraagd"
    toen.leg_stand_vast(bezoeken[1])
    sessie.standen = toen.standen
    _plan(sessie, ids, vandaag, bezoeken)
    _beraad_en_stem(sessie, ids, vandaag, bezoeken)
    _family_finding(sessie, bank, ids, moment)
    return sessie


def _beraad_en_stem(
    sessie: Sessie, ids: Callable[..., list[str]], vandaag: date, bezoeken: list[date]
) -> None:
    """The current plan came out of a netwerkberaad at the second visit (the family's own
    plan, 001 §3.2.5); the next meeting is being prepared. Finn chose his own mentor (JIM),
    someone the parent has not said yes to yet: the difference to talk about."""
    roos, sanne = ids("Roos", "Tante Sanne")
    gehouden = sessie.nieuw_beraad()
    gehouden.datum = bezoeken[1]
    gehouden.tijd = "om 19 uur"
    gehouden.plek = "bij Oma Ria thuis"
    gehouden.vragen = [
        "Wie kan Mo op donderdag en vrijdag ophalen?",
        "Wie kan ik bellen als het 's avonds misgaat?",
        "Hoe vertellen we het aan de kinderen?",
    ]
    for naam, door in (
        ("Oma Ria", roos),
        ("Tante Sanne", roos),
        ("Lieke", roos),
        ("Truus", roos),
        ("Wijkverpleegkundige Bram", sanne),
    ):
        sessie.nodig_uit(gehouden.id, ids(naam)[0], door)
        gehouden.zet_gekomen(ids(naam)[0], "ja")
    sessie.kies_voorzitter(gehouden.id, sanne)  # Roos wanted her sister to lead it
    gehouden.doel = sessie.plan.doel if sessie.plan else ""
    gehouden.verslag = (
        "Roos vertelde zelf wat er speelt. Truus bood meteen aan om Mo op te halen; "
        "voor zaterdag vond niemand nog een oplossing."
    )
    plan = sessie.zorg_voor_plan()
    for afspraak in plan.afspraken[:2] + plan.afspraken[3:]:
        besluit = sessie.neem_besluit(gehouden.id, afspraak.wat, afspraak.wie)
        besluit.afspraak = afspraak.id  # the plan's agreements came from this meeting
    plan.familiegroepsplan = True
    plan.beraad = gehouden.id

    komend = sessie.nieuw_beraad()
    komend.datum = vandaag + timedelta(days=5)
    komend.tijd = "om half acht 's avonds"
    komend.plek = "bij Tante Sanne thuis"
    komend.vragen = [
        "Wie kan er op zaterdag?",
        "Hoe gaat het met de afspraken van de vorige keer?",
    ]
    for naam in ("Oma Ria", "Tante Sanne", "Lieke", "Truus", "Aylin"):
        sessie.nodig_uit(komend.id, ids(naam)[0], roos)
    sessie.kies_voorzitter(komend.id, sanne)

    # The referral (§2.3): the GP named only Oma Ria; Roos asked her to the first talk.
    aanmelding = sessie.zorg_voor_aanmelding()
    aanmelding.datum = bezoeken[0] - timedelta(days=3)
    aanmelding.verwijzer = "huisarts"
    aanmelding.noem_steun(ids("Oma Ria"))
    sessie.nodig_uit_voor_start(ids("Oma Ria")[0])
    aanmelding.notitie = "De huisarts dacht dat er verder niemand was."

    finn = sessie.zorg_voor_stem(ids("Finn")[0])
    finn.kies_mentor(ids("Thijs")[0], bezoeken[2])
    finn.waarom = "Thijs luistert echt, en hij vertelt niet alles door."
    for naam in ("Oma Fatma", "Jesse"):
        finn.zet_wens(ids(naam)[0], "erbij")


def _family_finding(
    sessie: Sessie,
    bank: Vragenbank,
    ids: Callable[..., list[str]],
    moment: Callable[[int, int], datetime],
) -> None:
    """All seven tools of Bijlage I, some done, some half-way: the list shows every state."""
    ff = sessie.zorg_voor_family_finding()
    ff.mobility_mapping = MobilityMapping(
        gesteld_aan="moeder",
        tijd=moment(21, 11),
        huizen=[
            Huis(
                beschrijving="Alkmaar, flat bij het park, tot ze tien was",
                buren=ids("Hanneke"),
                straat=ids("Lieke"),
                sport=[],
                docent=[],
                anderen=ids("Opa Henk"),
            ),
            Huis(beschrijving="Zaandam, met haar moeder en Sanne", buren=ids("Truus")),
        ],
    )
    ff.hoeveel_mensen = HoeveelMensen(
        gesteld_aan="moeder",
        tijd=moment(21, 11),
        ontmoet=400,
        aardig_gevonden=120,
        aardig_voor_jou=60,
        iets_gedaan=25,
        weer_contact=6,
        fases=[
            Levensfase(naam="kind, in Alkmaar", personen=ids("Oma Ria", "Opa Henk", "Hanneke")),
            Levensfase(naam="nu", personen=ids("Lieke", "Truus", "Aylin")),
        ],
        nog_in_leven=ids("Oma Ria", "Lieke"),
        terug=ids("Oom Kerem"),
    )
    ff.reunie = Reunie(
        gesteld_aan="moeder en Finn",
        tijd=moment(7, 11),
        klaar=True,
        op_de_foto=ids("Oma Ria", "Tante Sanne", "Lieke", "Aylin", "Ahmed", "Thijs"),
        notitie="Finn zette Thijs vooraan op de foto.",
    )
    ff.waarde_interview = WaardeInterview(
        gesteld_aan="moeder",
        tijd=moment(7, 11),
        waarden=[
            Waarde(
                waarde="Eerlijk zijn, ook als het moeilijk is.",
                meegeven="Dat ze altijd mogen zeggen wat ze denken.",
                geleerd_van=ids("Opa Henk"),
                betekenis="Hij was haar rots; na zijn dood stond ze er alleen voor.",
            ),
            Waarde(waarde="Voor elkaar zorgen.", geleerd_van=ids("Oma Fatma")),
        ],
    )
    ff.olievlek = Olievlek(
        tijd=moment(7, 11),
        rondes=[
            Uitgevraagd(persoon=ids("Tante Sanne")[0], genoemd=ids("Jesse")),
            Uitgevraagd(persoon=ids("Lieke")[0], genoemd=ids("Esra")),
        ],
    )
    ff.biggest_unmet_needs = BiggestUnmetNeeds(
        tijd=moment(7, 11),
        behoeften=[
            Behoefte(
                voor=ids("Finn")[0],
                behoefte=(
                    "Finn heeft volwassenen om zich heen nodig die hem elke dag aanmoedigen, "
                    "zodat hij op school en bij voetbal laat zien wat hij kan."
                ),
                in_plaats_van="Finn moet op tijd op school zijn.",
            )
        ],
    )
    # Three of the five safety circles: Roos, her sister and her friend know everything.
    for sjabloon_id, plaatsen in (
        ("veilig-1-weten", {"Oma Ria": 1, "Tante Sanne": 1, "Lieke": 1, "Truus": 2, "Daan": 3}),
        ("veilig-3-kind", {"Oma Ria": 1, "Thijs": 1, "Juf Marieke": 2, "Oom Kerem": 3}),
        ("veilig-4-betrekken", {"Tante Sanne": 1, "Truus": 1, "Aylin": 2, "Oom Kerem": 3}),
    ):
        sjabloon = bank.cirkel_sjabloon(sjabloon_id)
        if sjabloon is None:  # the bank is part of the app: a missing id is a bug
            raise LookupError(f"demo gebruikt cirkel-sjabloon '{sjabloon_id}', dat ontbreekt")
        cirkel = sjabloon.maak()
        cirkel.tijd = moment(7, 11)
        for naam, ring in plaatsen.items():
            cirkel.plaats(ids(naam)[0], ring)  # type: ignore[arg-type]
        sessie.cirkels = [*sessie.cirkels, cirkel]


def _laatste(vandaag: date, dagen: tuple[str, ...]) -> date:
    """The latest day before today that is one of `dagen`: a logbook line of a helper falls
    on a day of their agreement in the rooster, whatever day the workshop is."""
    dag = vandaag - timedelta(days=1)
    while DAGEN[dag.weekday()] not in dagen:
        dag -= timedelta(days=1)
    return dag


def _plan(
    sessie: Sessie, ids: Callable[..., list[str]], vandaag: date, bezoeken: list[date]
) -> None:
    """A plan with an evaluation behind it, a gap on Saturday and the next evaluation due."""
    plan = sessie.zorg_voor_plan()
    plan.doel = "Finn en Isa gaan elke dag uitgerust naar school."
    plan.zorgen = ["Roos komt 's ochtends niet uit bed als ze slecht heeft geslapen."]
    plan.aanspreekpunt = ids("Tante Sanne")[0]
    plan.afspraken = [
        Afspraak(wie=ids("Oma Ria"), wat="brengt Finn en Isa naar school", dagen=["maandag"]),
    ]
    plan.start = bezoeken[0]
    plan.evaluatie = bezoeken[1]
    plan.vastgesteld = datetime.combine(bezoeken[0], time(10)).astimezone()
    sessie.evalueer(
        werkte="Oma Ria op maandag gaat goed; Finn is dan op tijd.",
        werkte_niet="De andere dagen lukte het niet; niemand wist dat Roos hulp wilde.",
        verandert="Meer mensen vragen; Roos vertelt het zelf aan haar zus en de buurvrouw.",
    )
    sessie.evaluaties[-1].datum = bezoeken[1]  # evaluated at the second visit, not today
    plan = sessie.zorg_voor_plan()
    plan.vastgesteld = datetime.combine(bezoeken[1], time(11)).astimezone()
    plan.doel = (
        "Finn, Isa en Mo beginnen elke dag goed, en Roos heeft iemand om op terug te vallen."
    )
    plan.zorgen = [
        "Roos komt 's ochtends niet uit bed als ze slecht heeft geslapen.",
        "Mo wordt op donderdag en vrijdag soms niet opgehaald.",
        "Roos staat er 's avonds alleen voor als het misgaat.",
    ]
    plan.afspraken = [
        Afspraak(
            wie=ids("Oma Ria"),
            wat="brengt Finn en Isa naar school",
            dagen=["maandag", "dinsdag", "woensdag"],
            wanneer="om 8 uur",
            afbellen=ids("Tante Sanne"),
        ),
        Afspraak(
            wie=ids("Truus"),
            wat="haalt Mo van de opvang",
            dagen=["donderdag", "vrijdag"],
            wanneer="om 17 uur",
            afbellen=ids("Oma Ria"),
        ),
        Afspraak(
            wie=ids("Aylin"),
            wat="belt Roos via video",
            dagen=["maandag", "woensdag"],
            wanneer="na het eten",
            afbellen=ids("Tante Sanne"),
        ),
        Afspraak(
            wie=ids("Lieke"),
            wat="komt koffie drinken en kijkt hoe het gaat",
            dagen=["zondag"],
            wanneer="na de lunch",
            afbellen=ids("Tante Sanne"),
        ),
    ]  # nobody on Saturday yet: the rooster shows the gap
    plan.bellen = [
        Bellen(wanneer="als Roos 's avonds vastloopt", wie=ids("Tante Sanne", "Lieke")),
        Bellen(wanneer="als Oma Ria ziek is", wie=ids("Tante Sanne")),
    ]
    plan.start = bezoeken[1]
    plan.duur_weken = 2
    plan.evaluatie = vandaag - timedelta(days=1)  # due: the home screen marks it
    plan.plan_b = "Lukt het Oma Ria niet, dan brengt Tante Sanne de kinderen; zij werkt thuis."
    plan.verantwoordelijkheden = (
        "Roos vraagt zelf om hulp als het niet gaat. Tante Sanne is het aanspreekpunt. "
        "Bram (wijkteam) komt om de week en bereidt de evaluatie voor."
    )
    sessie.logboek = [
        LogRegel(
            datum=_laatste(vandaag, ("maandag", "dinsdag", "woensdag")),  # her rooster days
            wie=ids("Oma Ria")[0],
            wat="Finn en Isa naar school gebracht.",
            opgemerkt="Isa had haar gymtas niet bij zich.",
        ),
        LogRegel(
            datum=_laatste(vandaag, ("donderdag", "vrijdag")),
            wie=ids("Truus")[0],
            wat="Mo opgehaald, samen gegeten.",
            opgemerkt="Roos was moe maar blij.",
        ),
        LogRegel(
            datum=vandaag - timedelta(days=3),
            wie=None,
            wat="Huisbezoek: plan doorgenomen.",
            opgemerkt="Niemand voor zaterdag; Roos denkt aan Ahmed (buurman), nog niet gevraagd.",
        ),
    ]
    # The closing conversation is prepared at the start: what Roos hopes for when help ends.
    sessie.afsluiting = Afsluiting(
        antwoorden={
            "af-03": "Dat Sanne en Lieke er blijven als de hulpverlening weg is.",
        },
        # After help ends, a finger on the pulse (002): already agreed, so nobody forgets.
        nazorg_datum=vandaag + timedelta(weeks=8),
        nazorg=(
            "Bram belt Roos om te horen hoe het gaat. Loopt het vast, dan belt Roos eerst "
            "Tante Sanne; samen bellen ze het wijkteam als het nodig is."
        ),
    )
