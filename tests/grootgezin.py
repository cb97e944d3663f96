"""Big fictional families for layout tests and benchmarks: generations of couples with
children, in-laws, second partners with half-siblings, one-parent links, a cousin marrying
into another branch, and some neighbours and professionals outside the family.

Every name is made up from short lists (no real people); ids and order follow from the seed,
so a test or a benchmark sees the same family every run.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from wievraag.model import GENERATIES, Antwoord, Cirkel, Persoon, Plaatsing, Sessie
from wievraag.model.cirkel import CirkelSoort, Ring
from wievraag.model.persoon import Sector

VOORNAMEN: tuple[str, ...] = (
    "Ans",
    "Bram",
    "Cor",
    "Dewi",
    "Eline",
    "Fenna",
    "Gijs",
    "Hanna",
    "Ilse",
    "Jop",
)
VOORNAMEN += ("Kiki", "Lars", "Mila", "Noud", "Olaf", "Pien", "Quinn", "Rosa", "Siem", "Tess")
VOORNAMEN += ("Ugo", "Vera", "Wout", "Xena", "Yara", "Zep", "Amir", "Bo", "Cato", "Daan")
ACHTERNAMEN: tuple[str, ...] = (
    "Appelboom",
    "Berkhof",
    "Dijkgraaf",
    "Eikelenboom",
    "Hazelaar",
    "Kastanje",
)
ACHTERNAMEN += ("Lindeboom", "Meidoorn", "Notelaar", "Olmhof", "Populier", "Rozelaar")
BUITEN: tuple[tuple[Sector, str], ...] = (
    ("buren", "buurvrouw"),
    ("school", "juf"),
    ("sport", "trainer"),
    ("werk", "collega"),
)
NIVEAUS = list(GENERATIES)  # overgrootouders, grootouders, ouders, kinderen
T0 = datetime(2026, 11, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def grote_familie(personen: int, seed: int = 1) -> Sessie:
    """A session of exactly `personen` people, about 95% of them family in the genogram."""
    kans = random.Random(seed)
    sessie = Sessie(
        id=f"20261102-{seed:08x}",
        gezin=f"Gezin Groot {personen}",
        aangemaakt=T0,
        gewijzigd=T0,
    )
    mensen: list[Persoon] = []

    def nieuw(gen: int, achternaam: str, ouders: tuple[str, ...] = ()) -> Persoon:
        # Not everyone's generation is entered: the genogram derives the rest from the links.
        generatie = NIVEAUS[gen] if gen < len(NIVEAUS) and kans.random() < 0.6 else None
        p = Persoon(
            id=f"p-{len(mensen):05d}",
            naam=f"{kans.choice(VOORNAMEN)} {achternaam}",
            relatie="familie",
            sector="familie",
            generatie=generatie,
            leeftijd=max(1, 88 - 24 * gen + kans.randint(-6, 6)) if kans.random() < 0.7 else None,
            in_leven=gen > 1 or kans.random() < 0.6,
            contact=kans.choice((None, None, None, "weinig", "verbroken", "buitenland")),
            ouders=list(ouders),
        )
        mensen.append(p)
        return p

    def koppel(a: Persoon, b: Persoon) -> None:
        a.partners = [*a.partners, b.id]
        b.partners = [*b.partners, a.id]

    # Couples waiting to have children, per generation; in-laws come without parents.
    wachtrij: list[tuple[int, tuple[str, ...], str]] = []
    vrij: dict[int, list[Persoon]] = {}  # unpartnered children per generation (for cousins)
    while len(mensen) < personen:
        if not wachtrij:
            naam = kans.choice(ACHTERNAMEN)
            a, b = nieuw(0, naam), nieuw(0, kans.choice(ACHTERNAMEN))
            koppel(a, b)
            wachtrij.append((0, (a.id, b.id), naam))
            continue
        gen, ouders, naam = wachtrij.pop(0)
        for _ in range(kans.choice((1, 2, 2, 3, 3, 4, 5))):
            if len(mensen) >= personen:
                break
            # Now and then only one parent is known.
            kind = nieuw(gen + 1, naam, ouders if kans.random() > 0.08 else ouders[:1])
            if gen + 1 >= 5 or len(mensen) >= personen:
                continue
            if kans.random() < 0.7:
                andere = vrij.get(gen + 1, [])
                neven = [p for p in andere if p.ouders != kind.ouders]
                if neven and kans.random() < 0.08:
                    partner = kans.choice(neven)  # a cousin from another branch
                    andere.remove(partner)
                else:
                    partner = nieuw(gen + 1, kans.choice(ACHTERNAMEN))
                koppel(kind, partner)
                wachtrij.append((gen + 1, (kind.id, partner.id), naam))
                if kans.random() < 0.1 and len(mensen) < personen:
                    tweede = nieuw(gen + 1, kans.choice(ACHTERNAMEN))  # a second partner
                    koppel(kind, tweede)
                    wachtrij.append((gen + 1, (kind.id, tweede.id), naam))
            else:
                vrij.setdefault(gen + 1, []).append(kind)
        if kans.random() < 0.05 and len(mensen) < personen:
            soort, relatie = kans.choice(BUITEN)
            mensen.append(
                Persoon(
                    id=f"p-{len(mensen):05d}",
                    naam=kans.choice(VOORNAMEN),
                    relatie=relatie,
                    sector=soort,
                )
            )
    sessie.personen = mensen
    return sessie


def volle_sessie(personen: int, seed: int = 1) -> Sessie:
    """`grote_familie` with what a year of visits adds: answers naming people (one per five
    people), a sociogram and a safety circle with a third of the people placed, and people
    known through someone else (the olievlek)."""
    sessie = grote_familie(personen, seed)
    kans = random.Random(seed + 1000)
    ids = [p.id for p in sessie.personen]
    for n in range(max(1, personen // 5)):
        sessie.antwoorden.append(
            Antwoord(
                id=f"a-{n:05d}",
                vraag=f"b2-{n % 49 + 1:02d}",
                vraag_tekst="Wie zou met jou orde in huis kunnen brengen?",
                gesteld_aan="moeder",
                antwoord="Misschien mijn zus, of de buurvrouw.\nZe woont wel ver weg.",
                personen=kans.sample(ids, min(3, len(ids))),
                tijd=T0 + timedelta(minutes=n),
            )
        )
    cirkels: tuple[tuple[CirkelSoort, str], ...] = (
        ("sociogram", "Bij wie kun je terecht?"),
        ("veiligheid", "Veiligheid"),
    )
    ringen: tuple[Ring, ...] = (1, 2, 3)
    for soort, titel in cirkels:
        gekozen = kans.sample(ids, len(ids) // 3)
        sessie.cirkels.append(
            Cirkel(
                id=f"c-{soort}",
                soort=soort,
                titel=titel,
                ringen=["altijd", "meestal", "soms"],
                plaatsingen=[Plaatsing(persoon=p, ring=kans.choice(ringen)) for p in gekozen],
                tijd=T0,
            )
        )
    for p in sessie.personen[::7]:
        ander = kans.choice(ids)
        if ander != p.id:
            p.via = ander
    return sessie
