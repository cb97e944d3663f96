"""Any text a professional can type survives the trip to TOML and back, or is refused loudly."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wievraag.model import (
    GENERATIES,
    Aanmelding,
    Afsluiting,
    Afspraak,
    Antwoord,
    Appel,
    Besluit,
    Cirkel,
    LogRegel,
    Netwerkberaad,
    Persoon,
    Plan,
    Sessie,
    StemJongere,
    Uitnodiging,
)
from wievraag.model.appel import Bespreek, Herken, Overweeg, Verleg
from wievraag.model.familyfinding import (
    Behoefte,
    BiggestUnmetNeeds,
    FamilyFinding,
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
from wievraag.store import codeer, decodeer

tekst = st.text(
    alphabet=st.characters(exclude_categories=["Cs"]),  # lone surrogates cannot be UTF-8
    max_size=60,
) | st.sampled_from(['"""', "'''", "a\nb", "\r\n", "\x00", "ﷺ مرحبا", "👨‍👩‍👧", "\\u0000", "\t"])
naam = tekst.filter(lambda t: t.strip() != "")


@st.composite
def sessies(draw: st.DrawFn) -> Sessie:
    personen = [
        Persoon(
            naam=draw(naam),
            relatie=draw(tekst),
            notities=draw(tekst),
            leeftijd=draw(st.none() | st.integers(0, 130)),
            sector=draw(st.none() | st.sampled_from(["familie", "buren", "online"])),
            generatie=draw(st.none() | st.sampled_from(list(GENERATIES))),
            contact=draw(st.none() | st.sampled_from(["in-contact", "buitenland"])),
            toestemming=draw(st.sampled_from(["niet-gevraagd", "ja", "nee"])),
            in_leven=draw(st.booleans()),
            geboortejaar=draw(st.none() | st.integers(1850, 2200)),
            steun=draw(st.lists(st.sampled_from(["emotioneel", "verbinding", "praktisch"]))),
            zorg=draw(st.booleans()),
            zorg_notitie=draw(tekst),
            kan_wel=draw(tekst),
            niet_als=draw(tekst),
            voordelen=draw(tekst),
            nadelen=draw(tekst),
        )
        for _ in range(draw(st.integers(0, 4)))
    ]
    ids = [p.id for p in personen]
    kies = st.lists(st.sampled_from(ids), unique=True) if ids else st.just([])
    appels = [
        Appel(
            van=draw(st.none() | st.sampled_from(["gezin", "voogd", "zelf"])),
            soort=draw(st.none() | st.sampled_from(["gekregen", "gevoeld"])),
            verzoek=draw(tekst),
            stap=draw(st.integers(1, 4)),
            herken=Herken(gevoel=draw(tekst)),
            overweeg=Overweeg(
                nu=draw(st.none() | st.sampled_from(["ja", "beetje", "nee", "weet-niet"])),
                lange_termijn=draw(st.none() | st.sampled_from(["ja", "weet-niet"])),
                als_niet=draw(tekst),
                enige=draw(st.none() | st.sampled_from(["ja", "nee", "weet-niet"])),
                toelichting=draw(tekst),
            ),
            bespreek=Bespreek(met=draw(tekst), gezegd=draw(tekst), antwoord=draw(tekst)),
            verleg=Verleg(doen=draw(kies), meedenken=draw(kies)),
            uitkomst=draw(st.sampled_from(["open", "verlegd", "zelf"])),
            omdat=draw(tekst),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    for appel in appels:
        if draw(st.booleans()):
            appel.stempel("overweeg")  # a step with a time, next to steps without
    appel_ids = [a.id for a in appels]
    antwoorden = [
        Antwoord(
            vraag=draw(st.sampled_from(["b2-01", "start-01", "eigen-1"])),
            vraag_tekst=draw(tekst),
            antwoord=draw(tekst),
            gesteld_aan=draw(tekst),
            status=draw(st.sampled_from(["beantwoord", "geweigerd", "later"])),
            personen=draw(kies),
            appel=draw(st.none() | st.sampled_from(appel_ids)) if appel_ids else None,
            nee=draw(st.none() | st.sampled_from(["kan-niet", "ja-maar"])),
            anders_gevraagd=draw(tekst),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    for persoon in personen:
        if bool(ids) and draw(st.booleans()):
            persoon.via = draw(st.sampled_from(ids))  # olievlek: known through someone
    for persoon in personen:
        # The genogram: parents and (mutual) partners, never oneself.
        anderen = [i for i in ids if i != persoon.id]
        if anderen:
            persoon.ouders = draw(st.lists(st.sampled_from(anderen), unique=True, max_size=2))
            for partner in draw(st.lists(st.sampled_from(anderen), unique=True, max_size=2)):
                persoon.partners = [*persoon.partners, partner]
    cirkels = []
    for _ in range(draw(st.integers(0, 2))):
        cirkel = Cirkel(
            soort=draw(st.sampled_from(["sociogram", "veiligheid"])),
            titel=draw(naam),
            vraag=draw(tekst),
            ringen=[draw(naam), draw(naam), draw(naam)],
        )
        for pid in draw(kies):
            cirkel.plaats(pid, draw(st.sampled_from([1, 2, 3])))
        cirkels.append(cirkel)
    sessie = Sessie(
        gezin=draw(naam),
        personen=personen,
        antwoorden=antwoorden,
        appels=appels,
        cirkels=cirkels,
    )
    for dag in draw(st.lists(st.dates(), max_size=2, unique=True)):
        sessie.leg_stand_vast(dag)  # the network as it stood at a visit
    if draw(st.booleans()):
        sessie.plan = Plan(
            doel=draw(tekst),
            zorgen=draw(st.lists(tekst, max_size=3)),
            aanspreekpunt=draw(st.none() | st.sampled_from(ids)) if ids else None,
            afspraken=[
                Afspraak(
                    wie=draw(kies),
                    wat=draw(tekst),
                    dagen=draw(st.lists(st.sampled_from(["maandag", "zondag"]), unique=True)),
                    wanneer=draw(tekst),
                    datum=draw(st.none() | st.dates()),
                    afbellen=draw(kies),
                )
                for _ in range(draw(st.integers(0, 2)))
            ],
            plan_b=draw(tekst),
            evaluatie=draw(st.none() | st.dates()),
        )
        if draw(st.booleans()):
            sessie.evalueer(draw(tekst), draw(tekst), draw(tekst))  # an earlier version kept
    for _ in range(draw(st.integers(0, 2))):
        wie = draw(st.none() | st.sampled_from(ids)) if ids else None
        sessie.logboek.append(LogRegel(wie=wie, wat=draw(tekst), opgemerkt=draw(tekst)))
    if draw(st.booleans()):  # the closing conversation: answers by question id
        vraag = st.sampled_from(["af-01", "af-04"])
        sessie.afsluiting = Afsluiting(
            antwoorden=draw(st.dictionaries(vraag, tekst, max_size=2)),
            nazorg_datum=draw(st.none() | st.dates()),
            nazorg=draw(tekst),
        )
    _beraad_en_stem(draw, sessie, ids, kies)
    if draw(st.booleans()):
        sessie.family_finding = _family_finding(draw, ids, kies)
    return sessie


def _family_finding(
    draw: st.DrawFn, ids: list[str], kies: st.SearchStrategy[list[str]]
) -> FamilyFinding:
    """The Family Finding interviews, each tool present or not (None = never opened)."""
    aantal = st.none() | st.integers(0, 10_000)

    ff = FamilyFinding()
    if draw(st.booleans()):
        ff.mobility_mapping = MobilityMapping(
            gesteld_aan=draw(tekst),
            klaar=draw(st.booleans()),
            huizen=[
                Huis(
                    beschrijving=draw(tekst),
                    buren=draw(kies),
                    straat=draw(kies),
                    anderen=draw(kies),
                )
                for _ in range(draw(st.integers(0, 2)))
            ],
        )
    if draw(st.booleans()):
        ff.hoeveel_mensen = HoeveelMensen(
            ontmoet=draw(aantal),
            iets_gedaan=draw(aantal),
            fases=[
                Levensfase(naam=draw(tekst), personen=draw(kies))
                for _ in range(draw(st.integers(0, 2)))
            ],
            nog_in_leven=draw(kies),
            terug=draw(kies),
            uitnodigen=draw(kies),
        )
    if draw(st.booleans()):
        ff.reunie = Reunie(op_de_foto=draw(kies), notitie=draw(tekst))
    if draw(st.booleans()):
        ff.waarde_interview = WaardeInterview(
            waarden=[
                Waarde(
                    waarde=draw(tekst),
                    meegeven=draw(tekst),
                    geleerd_van=draw(kies),
                    betekenis=draw(tekst),
                )
                for _ in range(draw(st.integers(0, 2)))
            ]
        )
    if draw(st.booleans()) and ids:
        ff.olievlek = Olievlek(rondes=[Uitgevraagd(persoon=ids[0], genoemd=draw(kies))])
    if draw(st.booleans()):
        voor = st.none() | st.sampled_from(ids) if ids else st.none()
        ff.biggest_unmet_needs = BiggestUnmetNeeds(
            behoeften=[
                Behoefte(voor=draw(voor), behoefte=draw(tekst), in_plaats_van=draw(tekst))
                for _ in range(draw(st.integers(0, 2)))
            ]
        )
    return ff


def _beraad_en_stem(
    draw: st.DrawFn, sessie: Sessie, ids: list[str], kies: st.SearchStrategy[list[str]]
) -> None:
    """The netwerkberaad (made into the plan or not), the young people's voice, the referral."""
    for _ in range(draw(st.integers(0, 2))):
        beraad = Netwerkberaad(
            datum=draw(st.none() | st.dates()),
            tijd=draw(tekst),
            plek=draw(tekst),
            vragen=draw(st.lists(tekst, max_size=3)),
            voorzitter=draw(st.none() | st.sampled_from(ids)) if ids else None,
            uitgenodigd=[
                Uitnodiging(
                    persoon=pid,
                    door=draw(st.none() | st.sampled_from(ids)),
                    gekomen=draw(st.sampled_from(["onbekend", "ja", "nee"])),
                )
                for pid in draw(kies)
            ],
            doel=draw(tekst),
            besluiten=[
                Besluit(wat=draw(tekst), wie=draw(kies)) for _ in range(draw(st.integers(0, 2)))
            ],
            verslag=draw(tekst),
        )
        sessie.netwerkberaden = [*sessie.netwerkberaden, beraad]
        if draw(st.booleans()):
            sessie.maak_familiegroepsplan(beraad.id)
    for jongere in draw(kies):
        anderen = [i for i in ids if i != jongere]
        stem = StemJongere(
            jongere=jongere,
            mentor=draw(st.none() | st.sampled_from(anderen)) if anderen else None,
            mentor_sinds=draw(st.none() | st.dates()),
            waarom=draw(tekst),
            wil_erbij=draw(st.lists(st.sampled_from(anderen), unique=True)) if anderen else [],
        )
        sessie.stemmen = [*sessie.stemmen, stem]
    if draw(st.booleans()):
        sessie.aanmelding = Aanmelding(
            datum=draw(st.none() | st.dates()),
            verwijzer=draw(tekst),
            steun_genoemd=draw(kies),
            uitgenodigd=draw(kies),
            notitie=draw(tekst),
        )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessies())
def test_rondreis(sessie: Sessie) -> None:
    assert decodeer(Path("h.toml"), codeer(sessie)) == sessie
