"""The bank against its five sources (../shared/seeds): quoted texts are verbatim and found in
the section they cite; explanations are in the project's own words; every question the sources
ask is in the bank or set aside here with the reason."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.bronnen import citaties, kern, normaliseer, sectie_tekst, seeds_map, woorden
from wievraag.model import Vragenbank
from wievraag.vragen import lees_bank

pytestmark = pytest.mark.skipif(seeds_map() is None, reason="../shared/seeds ontbreekt")


def geciteerd(bank: Vragenbank) -> Iterator[tuple[str, str, str]]:
    """(where, text, bron) of every text the bank quotes from a source."""
    for v in bank.vragen:
        yield f"vraag {v.id}", v.tekst, v.bron
        if v.context:
            yield f"context van {v.id}", v.context, v.bron
    for s in bank.appel_stappen:
        for i, tekst in enumerate([s.titel, *s.vragen]):
            yield f"appèlstap {s.id} [{i}]", tekst, s.bron
    for t in bank.family_finding:
        for i, tekst in enumerate(t.vragen):
            yield f"interview {t.id} [{i}]", tekst, t.bron
    for c in bank.cirkel_sjablonen:
        for i, tekst in enumerate([c.vraag, *c.ringen]):
            yield f"cirkel {c.id} [{i}]", tekst, c.bron
    for lijst, teksten in (("afsluiting", bank.afsluiting), ("nee", bank.nee_soorten)):
        for item in teksten:
            if item.woordelijk:
                yield f"{lijst} {item.id}", item.tekst, item.bron
    for naam, citaat in bank.citaten():
        yield f"voorlezen bij {naam}", citaat.tekst, citaat.bron


def eigen_woorden(bank: Vragenbank) -> Iterator[tuple[str, str]]:
    """(where, text) of every text the bank writes itself."""
    for t in bank.themas:
        for veld in ("naam", "uitleg", "valkuil", "tip"):
            yield f"thema {t.id}.{veld}", getattr(t, veld)
    for w in bank.weergaven:
        for veld in ("naam", "uitleg", "valkuil", "tip"):
            yield f"weergave {w.id}.{veld}", getattr(w, veld)
    for s in bank.appel_stappen:
        yield f"appèlstap {s.id}.uitleg", s.uitleg
        yield f"appèlstap {s.id}.tip", s.tip
    for lijst, teksten in (
        ("plan_regel", bank.plan_regels),
        ("afsluiting", bank.afsluiting),
        ("nee", bank.nee_soorten),
    ):
        for tekst in teksten:
            yield f"{lijst} {tekst.id}.uitleg", tekst.uitleg
            if not tekst.woordelijk:
                yield f"{lijst} {tekst.id}.tekst", tekst.tekst
    for i in bank.family_finding:
        for veld in ("inleiding", "uitleg", "tip"):
            yield f"interview {i.id}.{veld}", getattr(i, veld)
    for c in bank.cirkel_sjablonen:
        yield f"cirkel {c.id}.titel", c.titel


def test_elke_geciteerde_tekst_staat_in_de_paragraaf_die_hij_noemt() -> None:
    fouten = []
    for waar, tekst, bron in geciteerd(lees_bank()):
        gevonden = False
        for doc, delen in citaties(bron):
            if not delen:
                fouten.append(f"{waar}: bron '{bron}' noemt geen paragraaf of kop")
            for deel in delen:
                sectie = sectie_tekst(doc, deel)
                if sectie is None:
                    fouten.append(f"{waar}: '{deel}' bestaat niet in {doc}")
                elif kern(tekst) in sectie:
                    gevonden = True
        if not gevonden:
            fouten.append(f"{waar}: niet woordelijk in {bron}: {tekst!r}")
    assert not fouten, "\n".join(fouten)


def test_normaliseren_verbergt_geen_ander_woord() -> None:
    """The check can fail: one changed word in a quoted question is found."""
    sectie = sectie_tekst("001", "§3.1.3")
    assert sectie is not None
    assert kern("Van wie neem jij adviezen aan?") in sectie
    assert kern("Van wie neem jij advies aan?") not in sectie
    assert kern("Wat als mensen in het netwerk een continue verstorende invloed hebben") in (
        sectie_tekst("001", "§3.1.5") or ""
    )


# The longest run of words an explanation may share with a source.
GRENS = 12


def _reeksen(tekst: str) -> set[tuple[str, ...]]:
    w = woorden(tekst)
    return {tuple(w[i : i + GRENS]) for i in range(len(w) - GRENS + 1)}


def test_uitleg_in_eigen_woorden() -> None:
    bank = lees_bank()
    map_ = seeds_map()
    assert map_ is not None
    bronnen: set[tuple[str, ...]] = set()
    for pad in map_.glob("*.txt"):
        bronnen |= _reeksen(pad.read_text(encoding="utf-8"))
    # A question the explanation quotes is not an explanation of its own.
    vragen = [kern(tekst) for _, tekst, _ in geciteerd(bank)]
    fouten = []
    for waar, tekst in eigen_woorden(bank):
        schoon = normaliseer(tekst)
        for vraag in vragen:
            if len(vraag.split()) >= GRENS:
                schoon = schoon.replace(vraag, " … ")
        gedeeld = _reeksen(schoon) & bronnen
        if gedeeld:
            fouten.append(f"{waar}: '{' '.join(sorted(gedeeld)[0])}'")
    assert not fouten, "\n".join(fouten)


def test_twaalf_woorden_uit_de_bron_worden_gevonden() -> None:
    """The own-words check can fail: a copied sentence of Bijlage I is found."""
    gekopieerd = _reeksen(
        "Dit herhaal je voor de huizen erna met als doel om zicht te krijgen op de "
        "betekenisvolle mensen in het leven van het gezin."
    )
    assert gekopieerd & _reeksen(sectie_tekst("001", "Bijlage I") or "")


# ---------------------------------------------------------------- the inventory

_VRAAG = re.compile(r"[^.?!:]*\?")


def vragen_in(doc: str) -> list[str]:
    """Every question a document asks: each run of words up to a '?' since the last sentence
    end or colon, once (000 repeats its paragraphs)."""
    gezien: dict[str, None] = {}
    for stuk in _VRAAG.findall(normaliseer(_document(doc))):
        vraag = stuk.strip(" '(-–")
        if len(vraag.split()) >= 1 and vraag != "?":
            gezien.setdefault(vraag, None)
    return list(gezien)


def _document(doc: str) -> str:
    from tests.bronnen import document

    return document(doc)


# Questions of the sources that are not for a professional to ask, with the reason. A key is
# the start of the normalised question as `vragen_in` finds it.
NIET_IN_DE_BANK: dict[str, str] = {
    "wat bleek": "000: uit het verhaal van een vrouw over haar jeugd",
    "4 wat als er geen netwerk is": "001: kop van §3.1.4 (en de inhoudsopgave)",
    "5 wat als het netwerk een 'slechte invloed' heeft": "001: kop van §3.1.5",
    "2 mogelijke verschillen 24 bijlage i": "001: inhoudsopgave tot 'Meer lezen?'",
    "hoe kunnen we de samenwerking verbeteren": "001: de vraag van het onderzoeksprogramma",
    "wat zijn, in de samenwerkingsdriehoek": "001: de onderzoeksvraag van het leeratelier",
    "hoe kan het nou dat verwijzer zegt": "001 §2.3: verbazing in een praktijkverhaal",
    "maar hoe kom je tot die wie-vraag": "001 §3: de vraag die het hoofdstuk beantwoordt",
    "wat kunnen professionals doen om de wie-vraag": "001 §3: idem",
    "com/watch": "001: een webadres",
    "meer lezen": "001: kop van de leeslijst",
    "hoe worden jeugdigen, ouders en gezinnen": "001: beschrijving in de leeslijst",
    "hoe begin je en wat levert": "001: beschrijving in de leeslijst",
    "met name passend bij het thema": "001: titel van een podcast",
    "en aflevering zes": "001: titel van een podcast",
    "wat vinden ouders belangrijk": "002: titel van de factsheet",
    "hoe voer je het gesprek met ouders": "003: de vraag die de blog beantwoordt",
    "heb je nog geen profiel": "003: tekst van de website",
    "hoe werk ik samen met het sociale netwerk": "004: titel van de pagina",
    "hoe kun je dan samenwerken": "004: de vraag die de pagina beantwoordt",
    "bij het voorkomen van een uithuisplaatsing": "004: titel van een andere pagina",
}


def test_elke_vraag_van_de_bronnen_staat_in_de_bank() -> None:
    bank = lees_bank()
    teksten = [kern(t) for _, t, _ in geciteerd(bank)]
    # A question of the bank, piece by piece: the source may run a heading or a lead-in
    # ("Ambulant hulpverlener 'Wie is ...") into the question without a full stop.
    stukken = [s.strip(" ?") for t in teksten for s in _VRAAG.findall(t + "?")]
    stukken = [s for s in stukken if len(s.split()) >= 4]
    ontbreekt, apart, gevonden = [], [], []
    for doc in ("000", "001", "002", "003", "004"):
        for vraag in vragen_in(doc):
            schoon = vraag.rstrip("?").strip()
            if any(schoon in t for t in teksten) or any(schoon.endswith(s) for s in stukken):
                gevonden.append(vraag)
            elif any(vraag.startswith(k) for k in NIET_IN_DE_BANK):
                apart.append(vraag)
            else:
                ontbreekt.append(f"{doc}: {vraag}")
    assert not ontbreekt, f"{len(ontbreekt)} ontbreken:\n" + "\n".join(ontbreekt)
    # Each reason is still needed: a key that matches nothing is stale.
    assert len(apart) == len(NIET_IN_DE_BANK), apart
    print(f"{len(gevonden)} vragen van de bronnen in de bank, {len(apart)} apart gezet")


# ------------------------------------------- the inventory beyond '?'

# Questions without a question mark: a prompt to the professional ("Bespreek met het gezin
# ...", "Vertel hoe jij ..."), or a question told indirectly ("kan je vragen hoe ...", "de
# vraag te stellen van wie ..."). A sentence is one when it starts with one of these verbs or
# holds one of these phrases.
_OPDRACHT = re.compile(
    r"^(vertel|noem|bespreek|onderzoek|maak|bepaal|laat|leg uit|stimuleer|zorg dat|voer|"
    r"vraag|bedenk|kijk|ga er|stel|houd|schrijf|breng|plaats|teken|markeer|durf|wees|geef|"
    r"luister|zoek)\b"
)
_INDIRECT = re.compile(
    r"\b(de vraag|te vragen|vragen hoe|vragen naar|vraag je|vragen wie|vragen of|vraagt wie|"
    r"vraagt of|vroeg of|gevraagd wie|te bespreken|in gesprek over|in gesprek te gaan over|"
    r"op een rij)\b"
)
# Sentence ends; a quotation's closing mark after its full stop ends the sentence too.
_ZINSEINDE = re.compile(r"(?<=[.!?:;])'?\s+")


def opdrachten_in(doc: str) -> list[str]:
    """Every sentence of a document that asks something without a question mark, once."""
    gezien: dict[str, None] = {}
    for zin in _ZINSEINDE.split(normaliseer(_document(doc))):
        zin = zin.strip(" '(-–")
        if zin and not zin.endswith("?") and (_OPDRACHT.match(zin) or _INDIRECT.search(zin)):
            gezien.setdefault(zin, None)
    return list(gezien)


# Prompts the pattern does not see (no telling verb or phrase), found by reading the sources
# (issue 20); each must be in the bank. A key is the start of the normalised text.
OOK_GELEZEN = (
    "bij weer een ander helpt het om te kijken wie hij allemaal kent",  # 001 §3.1.4
    "de crisiswerker kan het gezin aanmoedigen deze specifieke personen",  # 001 §2.3
    "bij alle gezinnen, los van culturele achtergrond, is het belangrijk",  # 001 §5.1
    "de praatplaat kan helpen als concreet handvat",  # 001 §3.2.4
    "maak duidelijke en concrete afspraken",  # 000: the lead-in of "wie doet wat ...?"
    "het is de kunst om met de juiste mensen om tafel te zitten",  # 001 §4.1, for §4.2
    "op het moment dat je vraagt wie zich nog meer zorgen maken",  # 001 §3.2, for b2-38
    "om samen met ouders een onderbouwd besluit te kunnen nemen",  # 004, for veil-02
)

# Sentences the pattern finds that are no question for the bank, with the reason. A key is
# the start of the normalised sentence as `opdrachten_in` finds it.
GEEN_OPDRACHT: dict[str, str] = {
    "met de vraag": "000: de aanloop van Keizers vraag (start-05)",
    "stel je als professional terughoudend op": (
        "000: een houding; de bodemeis erna is de planregel 'weten'"
    ),
    "schrijf het netwerk niet af": "000: een houding; staat bij de planregel 'evaluatie'",
    "mariëlle van bussel juist gezinnen": "000: de inleiding (refl-14 en zijn context)",
    "in een van die leerateliers is onderzoek gedaan naar de vraag": "001: de onderzoeksvraag",
    "deze bewustwording roept de vraag op hoe je met dit appèl omgaat": (
        "001 §1: de vraag waarop de vier appèlstappen (§2.5) het antwoord zijn"
    ),
    "kijk hier voor de opnames": "001 §1: verwijzing naar opnames",
    "een voorbeeld van een appèl krijgen is een moeder die vraagt": (
        "001 §2: een appèl aan de professional, geen vraag van hem; het appèlscherm legt het vast"
    ),
    "het gaat erom jezelf de vraag durven te stellen": "001 §2.1: de aanloop van refl-01",
    "in plaats daarvan geeft ze de vader erkenning": "001 §2.1: het praktijkverhaal bij verl-03",
    "er zijn ook gezinnen, zo is gebleken": "001 §2.1: de wie-vraag zelf (verl-01)",
    "hij vertelde ook dat dit gezin geen netwerk had": "001 §2.3: een praktijkverhaal",
    "bedenk in deze laatste stap goed": "001 §2.5: de tip bij de appèlstap 'verleg'",
    "maak epistemisch vertrouwen": "001 §3.1.3: de aanloop van ev-01 tot en met ev-05",
    "in het actieonderzoek is aan gezinnen": (
        "001 §3.1.4: de vraag van het onderzoek; de uitkomst staat in het paneel 'hulp-vragen'"
    ),
    "33 procent van de geïnterviewde gezinsleden": "001 §3.1.4: idem",
    "maar 100 procent van de geïnterviewde mensen": "001 §3.1.4: idem",
    "een praktisch hulpmiddel bij gezinnen": "001 §3.1.4: verwijst naar het waarde-interview",
    "een familiegroepsplan is een plan": "001 §3.2.5: 'vragen' als zelfstandig naamwoord",
    "je stelt de ouder(s) de vraag": "001 Bijlage I: de aanloop van het waarde-interview",
    "markeer je favoriete wie-vragen": "001 Bijlage II: de tip; de app doet het met f en a",
    "<https://www.nji.nl/": "001: de leeslijst",
    "podcasts en filmpjes": "001: de lijst met podcasts",
    "hieronder zet ik een aantal tips op een rij": "003: de inleiding van de blog",
    "wees oprecht geïnteresseerd": "003: een houding, geen vraag",
    "vragen bij de start al bij het eerste gesprek": "003: de aanloop van start-02 tot start-04",
    "maak een genogram": "003: de opdracht van de weergave genogram",
    "breng drie generaties in beeld": "003: idem",
    "plaats ze in drie cirkels": "003: de opdracht bij de sociogramcirkels (socio-*)",
    "onderzoek en advies functie": "003: tekst van de website",
    "toen demy hen zelf vroeg of zij iets voor hem konden betekenen": (
        "000: het verhaal van Demy, die het netwerk zelf vroeg; het idee staat bij de stem "
        "van de jongere"
    ),
}


def _in_de_bank(zin: str, teksten: list[str]) -> bool:
    """The sentence is a text of the bank, holds one (a lead-in with its question), or starts
    one (the bank quotes more of it)."""
    return any(zin in t or (len(t.split()) >= 4 and t in zin) for t in teksten)


def test_elke_opdracht_van_de_bronnen_staat_in_de_bank() -> None:
    teksten = [kern(t) for _, t, _ in geciteerd(lees_bank())]
    ontbreekt, apart, gevonden = [], [], []
    for doc in ("000", "001", "002", "003", "004"):
        for zin in opdrachten_in(doc):
            kort = zin.rstrip(".:;!").strip()
            if _in_de_bank(kort, teksten):
                gevonden.append(zin)
            elif any(zin.startswith(k) for k in GEEN_OPDRACHT):
                apart.append(zin)
            else:
                ontbreekt.append(f"{doc}: {zin}")
    ontbreekt += [f"gelezen: {k}" for k in OOK_GELEZEN if not any(k in t for t in teksten)]
    assert not ontbreekt, f"{len(ontbreekt)} ontbreken:\n" + "\n".join(ontbreekt)
    gebruikt = {k for k in GEEN_OPDRACHT if any(z.startswith(k) for z in apart)}
    assert gebruikt == set(GEEN_OPDRACHT), set(GEEN_OPDRACHT) - gebruikt
    print(
        f"{len(gevonden) + len(OOK_GELEZEN)} opdrachten en vragen zonder '?' van de bronnen in "
        f"de bank ({len(OOK_GELEZEN)} met de hand gevonden), {len(apart)} apart gezet"
    )


def test_opdrachten_zoeken_vindt_wat_ontbreekt() -> None:
    """The search can fail: a prompt of §5 that is not in the bank is reported, and one that
    is, is not."""
    zinnen = opdrachten_in("001")
    assert "vertel hoe jij ermee bent omgegaan." in zinnen
    teksten = [kern(t) for _, t, _ in geciteerd(lees_bank())]
    assert _in_de_bank("vertel hoe jij ermee bent omgegaan", teksten)
    zonder = [t for t in teksten if "vertel hoe jij" not in t]
    assert not _in_de_bank("vertel hoe jij ermee bent omgegaan", zonder)
