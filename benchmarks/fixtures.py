"""Fictional sessions of a given size, for benchmarks (no real names: generated)."""

from __future__ import annotations

import random

from wievraag.model import Antwoord, Persoon, Sessie

VOORNAMEN = ["Ans", "Karim", "Riet", "Joost", "Fatma", "Bram", "Noor", "Sem", "Lotte", "Yusuf"]
RELATIES = ["tante", "buurman", "oma", "opa", "juf", "trainer", "vriendin", "neef", "collega"]


def grote_sessie(personen: int, antwoorden: int, seed: int = 1) -> Sessie:
    kans = random.Random(seed)
    sessie = Sessie(gezin=f"Gezin Benchmark {seed}")
    for n in range(personen):
        sessie.personen.append(
            Persoon(
                naam=f"{kans.choice(VOORNAMEN)} {n}",
                relatie=kans.choice(RELATIES),
                sector=kans.choice(["familie", "buren", "school", "sport"]),
                toestemming=kans.choice(["ja", "nee", "niet-gevraagd"]),
                notities="Kan helpen met vervoer.\nBellen na 17:00.",
            )
        )
    ids = [p.id for p in sessie.personen]
    for n in range(antwoorden):
        sessie.antwoorden.append(
            Antwoord(
                vraag=f"b2-{n % 49 + 1:02d}",
                vraag_tekst="Wie zou met jou orde in huis kunnen brengen?",
                gesteld_aan="moeder",
                antwoord="Misschien de buurvrouw, of mijn zus.\nZe woont wel ver weg.",
                personen=kans.sample(ids, min(3, len(ids))),
            )
        )
    return sessie
