"""The five source documents as the bank tests read them: normalised text, split by section.

The sources are not part of the repository: they lie next to it, in `../shared/seeds` (a
worktree of the repository sits one folder deeper, so the nearest `shared/seeds` above the
repository is taken). Tests that need them skip only when that folder is missing.

Normalising makes a verbatim quotation comparable with the scanned text without hiding a real
difference in wording: whitespace, quote marks, markdown and hyphenation at a line end are
evened out, and the scanning errors that seeds/README.md lists are corrected as the bank does.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]


def seeds_map() -> Path | None:
    for ouder in REPOSITORY.parents:
        kandidaat = ouder / "shared" / "seeds"
        if kandidaat.is_dir():
            return kandidaat
    return None


# seeds/README.md: the scanning errors in 001, and the words the app uses instead.
SCANFOUTEN = {
    "chirnels": "cirkels",
    "chirnel": "cirkel",
    "circles": "cirkels",
    "betreft": "betrekt",
    "versturende": "verstorende",
    "bureu": "buren",
    "kennisswerkplaats": "kenniswerkplaats",
}
_SCANFOUT = re.compile(r"\b(" + "|".join(SCANFOUTEN) + r")\b")


def normaliseer(tekst: str) -> str:
    tekst = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", tekst)  # hyphenation at a line end
    tekst = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", tekst)  # markdown links: keep the words
    tekst = re.sub(r"</?\w+>", " ", tekst)  # <b>, <sup>
    tekst = re.sub(r"[*_#▶•]", " ", tekst)
    tekst = tekst.replace("\u00ad", "").replace("\u0336", "")  # soft hyphen, strike-through
    tekst = re.sub(r"[‘’‚'`´]", "'", tekst)
    tekst = re.sub(r"[“”„\"]", "", tekst)
    tekst = tekst.replace("...", "…")
    tekst = " ".join(tekst.split()).lower()
    tekst = re.sub(r"\s+([?.,!:;)])", r"\1", tekst)
    tekst = re.sub(r"\(\s+", "(", tekst)
    return _SCANFOUT.sub(lambda m: SCANFOUTEN[m.group(1)], tekst)


def kern(tekst: str) -> str:
    """A bank text as it must occur in its source: normalised, the quote marks around it and
    the closing punctuation the bank adds to an indirect question left out."""
    return normaliseer(tekst).strip(" '").rstrip("?.!:").strip()


@cache
def document(doc: str) -> str:
    map_ = seeds_map()
    assert map_ is not None
    (pad,) = map_.glob(f"{doc}_*.txt")
    return pad.read_text(encoding="utf-8")


# Headings of the documents that are not markdown: each starts a section up to the next one.
KOPPEN: dict[str, tuple[str, ...]] = {
    "003": (
        "Zo doen we het gewoon!",
        "Niet afschuiven op het netwerk",
        "Vragen bij de start",
        "Maak een genogram",
        "Maak een sociogram",
        "Perspectief van een ander",
        "Over de auteur",
    ),
    "004": (
        "Onveiligheid bespreken",
        "Uithuisplaatsing voorkomen en terugplaatsing bevorderen",
        "Interventies",
    ),
    # 000 is a scraped page: every paragraph twice and the headings out of order, so a
    # section cannot be cut out; a citation must name one of these headings and the text must
    # be in the document.
    "000": (
        "Op je handen zitten",
        "Patroon doorbreken",
        "Aandachtpunten bij het inzetten van het netwerk",
        "Onveilige familieleden",
        "Het netwerk-effect",
        "Beginnen met een klein kringetje",
        "Trauma’s helen",
        "Hoe het sociaal netwerk gezinnen veiliger maakt",
    ),
}

_KOP_001 = re.compile(r"^#+\s+(?:(\d+(?:\.\d+)*)\s|(Bijlage I+)\b)")
_KOP_002 = re.compile(r"^(\d)\. [A-Z]")


@cache
def secties(doc: str) -> dict[str, str]:
    """Each section's own text (normalised), by the name a `bron` uses for it."""
    delen: dict[str, list[str]] = {}
    huidig = ""
    koppen = KOPPEN.get(doc, ())
    for regel in document(doc).splitlines():
        schoon = regel.strip()
        if doc == "001" and (kop := _KOP_001.match(schoon)):
            huidig = f"§{kop.group(1)}" if kop.group(1) else kop.group(2)
        elif doc == "002" and (kop := _KOP_002.match(schoon)):
            huidig = f"thema {kop.group(1)}"
        elif schoon in koppen:
            huidig = schoon
        delen.setdefault(huidig, []).append(regel)
    return {naam: normaliseer("\n".join(regels)) for naam, regels in delen.items()}


def sectie_tekst(doc: str, sectie: str) -> str | None:
    """The text a citation points at: a section with its subsections (§4 holds §4.1 and §4.2);
    for 000 the whole document once the heading exists. None for an unknown section."""
    if doc == "000":
        return normaliseer(document(doc)) if sectie in KOPPEN["000"] else None
    alle = secties(doc)
    delen = [t for naam, t in alle.items() if naam == sectie or naam.startswith(f"{sectie}.")]
    return " ".join(delen) if delen else None


_BRON = re.compile(r"^(\d{3})(?:,?\s+(.+))?$")


def citaties(bron: str) -> list[tuple[str, list[str]]]:
    """`001 Bijlage I, §3.1.4` -> [("001", ["Bijlage I", "§3.1.4"])]; several documents are
    separated by ';'."""
    uit: list[tuple[str, list[str]]] = []
    for deel in bron.split(";"):
        gevonden = _BRON.match(deel.strip())
        assert gevonden, f"bron '{bron}' noemt geen document"
        doc, rest = gevonden.groups()
        # "§3.1.4 en §3.1.5", "thema 3 en 4"; a heading of its own may hold " en " too.
        delen = re.split(r",\s*|\s+en\s+(?=§|Bijlage|thema|\d)", rest or "")
        uit.append((doc, [s.strip() for s in delen if s.strip()]))
    return uit


def woorden(tekst: str) -> list[str]:
    return re.findall(r"[\w']+", normaliseer(tekst))
