"""Reading the people named in one line of typing: "Ans (tante), Piet van Dam (buurman)"."""

from __future__ import annotations

import re

_NAAM = re.compile(r"^\s*(?P<naam>[^()]+?)\s*(?:\((?P<relatie>[^()]*)\))?\s*$")


def lees_namen(tekst: str) -> list[tuple[str, str]]:
    """(name, relation) pairs; commas inside brackets do not split ("Ans (tante, moederskant)")."""
    delen: list[str] = []
    diepte, begin = 0, 0
    for i, teken in enumerate(tekst):
        if teken == "(":
            diepte += 1
        elif teken == ")":
            diepte = max(0, diepte - 1)
        elif teken in ",;" and diepte == 0:
            delen.append(tekst[begin:i])
            begin = i + 1
    delen.append(tekst[begin:])
    namen: list[tuple[str, str]] = []
    for deel in delen:
        if not deel.strip():
            continue
        gevonden = _NAAM.match(deel)
        if gevonden:
            naam = " ".join(gevonden.group("naam").split())
            relatie = " ".join((gevonden.group("relatie") or "").split())
            namen.append((naam, relatie))
        else:  # odd brackets: keep what was typed as the name rather than lose it
            namen.append((" ".join(deel.replace("(", " ").replace(")", " ").split()), ""))
    return namen
