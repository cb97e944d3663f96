"""One word per thing, in Dutch, on every screen and in every export (issue 20): no plural in
brackets ("sessie(s)"), no English word, no "Ecogram (ecogram)", no old word for a thing that
has one name (contactpersoon is the aanspreekpunt), dates in prose as "1 mei 2026"."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from tests.bronnen import normaliseer
from wievraag.demo import maak_demo
from wievraag.export import exporteer
from wievraag.fouten import validatie_fout
from wievraag.model import Sessie
from wievraag.vragen import lees_bank

BRON = Path(__file__).resolve().parents[1] / "src" / "wievraag"

# "bestand(en)", "appèl(s)": the plural is written out (opmaak.aantal).
HAAKJESMEERVOUD = re.compile(r"\b\w+\((?:s|en|n|e)\)")
# Words that are English and never Dutch; a list, since a screen has no language tag. (true
# and false are no part of it: a file's message names them as the values to type.)
ENGELS = re.compile(
    r"\b(the|and|with|error|warning|file|files|save|saved|cancel|loading|none|null|unknown|"
    r"yes|page|settings|please|should|required|input|field|value)\b",
    re.IGNORECASE,
)
OUDE_WOORDEN = re.compile(r"\bcontactpersoon\b", re.IGNORECASE)
DUBBEL = re.compile(r"\b(\w+) \((\1)\)", re.IGNORECASE)
ISO_DATUM = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _teksten_in_code(pad: Path) -> list[tuple[int, str]]:
    """The string literals of a module that can reach a person: not its docstrings."""
    boom = ast.parse(pad.read_text(encoding="utf-8"))
    docstrings = {
        id(knoop.body[0].value)
        for knoop in ast.walk(boom)
        if isinstance(knoop, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and knoop.body
        and isinstance(knoop.body[0], ast.Expr)
        and isinstance(knoop.body[0].value, ast.Constant)
    }
    return [
        (knoop.lineno, knoop.value)
        for knoop in ast.walk(boom)
        if isinstance(knoop, ast.Constant)
        and isinstance(knoop.value, str)
        and id(knoop) not in docstrings
    ]


def haakjesmeervouden() -> list[str]:
    fouten = []
    for pad in sorted(BRON.rglob("*.py")):
        for regel, tekst in _teksten_in_code(pad):
            fouten += [
                f"{pad.relative_to(BRON)}:{regel}: {m}" for m in HAAKJESMEERVOUD.findall(tekst)
            ]
    for pad in [*BRON.rglob("*.md"), *BRON.rglob("*.html")]:
        for m in HAAKJESMEERVOUD.findall(pad.read_text(encoding="utf-8")):
            fouten.append(f"{pad.relative_to(BRON)}: {m}")
    return fouten


def test_geen_meervoud_tussen_haakjes() -> None:
    fouten = haakjesmeervouden()
    assert not fouten, "\n".join(fouten)


def test_haakjesmeervoud_wordt_gevonden(tmp_path: Path) -> None:
    """The check can fail: a literal with "bestand(en)" is found, a docstring is not."""
    pad = tmp_path / "x.py"
    pad.write_text('"""Een docstring over sessie(s)."""\nX = f"{n} bestand(en)"\n')
    gevonden = [m for _, t in _teksten_in_code(pad) for m in HAAKJESMEERVOUD.findall(t)]
    assert gevonden == ["bestand(en)"]


def _zonder_citaten(tekst: str) -> str:
    """The export without the bank's quoted texts: a question of the source may have its own
    brackets ("perso(o)n(en)") and its own words."""
    schoon = normaliseer(tekst)
    bank = lees_bank()
    for vraag in bank.vragen:
        schoon = schoon.replace(normaliseer(vraag.tekst), " ")
    return schoon


@pytest.mark.parametrize("soort", ["plan", "sessie"])
@pytest.mark.parametrize("formaat", ["md", "html"])
def test_export_van_de_demo_in_het_nederlands(soort: str, formaat: str) -> None:
    tekst = exporteer(maak_demo(lees_bank()), soort, formaat)  # type: ignore[arg-type]
    if formaat == "html":
        tekst = re.sub(r"<(style|script)\b.*?</\1>", " ", tekst, flags=re.DOTALL)
        tekst = re.sub(r"<[^>]+>", " ", tekst)
    schoon = _zonder_citaten(tekst)
    assert not ENGELS.findall(schoon)
    assert not OUDE_WOORDEN.findall(schoon)
    assert not DUBBEL.findall(schoon)
    assert not HAAKJESMEERVOUD.findall(schoon)
    assert not ISO_DATUM.findall(schoon), "een datum in de tekst hoort als '1 mei 2026'"


def test_engels_wordt_gevonden() -> None:
    """The word list can fail: pydantic's own English message is caught."""
    assert ENGELS.findall("Input should be a valid string")


def test_meldingen_over_een_bestand_zijn_nederlands() -> None:
    """Every kind of mistake pydantic finds in a hand-edited file is said in Dutch, also the
    kinds the app has no own sentence for (its English message is never shown)."""
    fout_docs = [
        {"gezin": 3},
        {"gezin": "x", "onbekend": 1},
        {"gezin": "x", "personen": [{"naam": "A", "toestemming": "misschien"}]},
        {"gezin": "x", "aangemaakt": "gisteren"},
        {"gezin": "x", "plan": {"minimum_weten": 0}},
        {"gezin": "x", "plan": {"minimum_weten": 2.5}},
        {"gezin": "x", "plan": {"familiegroepsplan": "soms"}},
        {"gezin": "x", "plan": {"zorgen": "veel"}},
        {"gezin": "x", "plan": 7},
        {"gezin": "x", "plan": {"zorgen": ["a", "b", "c", "d"]}},
    ]
    for doc in fout_docs:
        with pytest.raises(ValidationError) as gevangen:
            Sessie.model_validate(doc)
        melding = validatie_fout(Path("s.toml"), gevangen.value, "").melding
        assert not ENGELS.findall(melding), melding


def test_kop_van_een_tekening_noemt_zijn_soort_een_keer() -> None:
    from wievraag.tekening.kaarten import kaarten

    koppen = [k.kop for k in kaarten(maak_demo(lees_bank()))]
    assert "Ecogram" in koppen
    assert not [k for k in koppen if DUBBEL.search(k)], koppen
    assert any(k.endswith("(veiligheidscirkel)") for k in koppen)
