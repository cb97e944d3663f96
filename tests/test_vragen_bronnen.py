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
