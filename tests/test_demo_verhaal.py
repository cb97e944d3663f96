"""The demo family's story holds together (issue 20): helpers write in the logbook on the days
the rooster gives them, no reflection question is posed to the family, and the parts a trainer
shows (netwerkberaad, the young person's mentor, the follow-up after closing, the referral,
the worry flag, support kinds) are all in it."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from wievraag.demo import maak_demo
from wievraag.export import exporteer
from wievraag.model import DAGEN
from wievraag.vragen import lees_bank


@pytest.mark.parametrize("dagen_later", range(7))
def test_logboek_valt_op_de_dagen_van_het_rooster(dagen_later: int) -> None:
    vandaag = date(2026, 11, 30) + timedelta(days=dagen_later)  # every weekday once
    sessie = maak_demo(lees_bank(), vandaag)
    assert sessie.plan is not None
    for regel in sessie.logboek:
        if regel.wie is None:
            continue  # the professional's visit is no agreement of the rooster
        dagen = {d for a in sessie.plan.afspraken if regel.wie in a.wie for d in a.dagen}
        assert DAGEN[regel.datum.weekday()] in dagen, (regel.wat, regel.datum)
        assert regel.datum < vandaag


def test_geen_reflectievraag_aan_het_gezin() -> None:
    bank = lees_bank()
    sessie = maak_demo(bank)
    for antwoord in sessie.antwoorden:
        vraag = bank.vraag(antwoord.vraag)
        assert vraag is not None
        if vraag.thema == "reflectie" or "reflectie" in vraag.tags:
            assert antwoord.gesteld_aan in ("", "mezelf", "collega"), vraag.id


def test_elk_deel_voor_een_training() -> None:
    sessie = maak_demo(lees_bank())
    assert sessie.plan is not None and sessie.plan.familiegroepsplan
    assert any(b.gehouden for b in sessie.netwerkberaden)
    assert any(not b.gehouden for b in sessie.netwerkberaden)
    assert any(s.mentor for s in sessie.stemmen)
    assert sessie.afsluiting is not None and sessie.afsluiting.nazorg_datum is not None
    assert sessie.aanmelding is not None and sessie.aanmelding.steun_genoemd
    assert any(p.zorg for p in sessie.personen)
    assert any(p.kan_wel and p.niet_als for p in sessie.personen)
    assert {s for p in sessie.personen for s in p.steun} == {
        "emotioneel",
        "verbinding",
        "praktisch",
    }
    assert any(a.nee for a in sessie.antwoorden) and any(
        a.anders_gevraagd for a in sessie.antwoorden
    )


# An answer that starts with a preposition ("Met Esra ...", "Naar Oma Ria ...") answers a
# question that asks with it ("Met wie praat je ...?"); the wording asked again counts.
_VOORZETSEL = re.compile(r"^(met|naar|van|bij|aan|voor)\b", re.IGNORECASE)


def test_antwoorden_passen_bij_hun_vraag_en_wie_antwoordt() -> None:
    bank = lees_bank()
    sessie = maak_demo(bank)
    wie_kan = {p.naam for p in sessie.personen} | {p.relatie for p in sessie.personen}
    for antwoord in sessie.antwoorden:
        vraag = bank.vraag(antwoord.vraag)
        assert vraag is not None
        gevraagd = (antwoord.anders_gevraagd or vraag.tekst).casefold()
        if begin := _VOORZETSEL.match(antwoord.antwoord):
            assert f"{begin.group(1).casefold()} wie" in gevraagd, (vraag.id, antwoord.antwoord)
        # Asked to someone of this family, by name or by role ("moeder"), or to oneself.
        assert antwoord.gesteld_aan in wie_kan | {"mezelf", "collega"}, antwoord.gesteld_aan


def test_passend_antwoord_wordt_gecontroleerd() -> None:
    """The check can fail: "Met Esra ..." does not answer "Wie was er op de verjaardag ...?"."""
    assert _VOORZETSEL.match("Met Esra van mijn werk, soms.")
    assert "met wie" not in "wie was er op de verjaardag van je kind?"


def test_jeugdbeschermer_waar_een_voogd_bedoeld_is() -> None:
    """Today's word for the child protection worker, in the demo and its exports; only a
    quoted text of the source (Bijlage I: "de gezinsvoogd/rechter") keeps its own."""
    bank = lees_bank()
    sessie = maak_demo(bank)
    tekst = exporteer(sessie, "sessie", "md")
    for sjabloon in bank.cirkel_sjablonen:
        for geciteerd in (sjabloon.vraag, *sjabloon.ringen):
            tekst = tekst.replace(geciteerd, " ")
    assert not re.findall(r"\b(gezins)?voogd\b", tekst, re.IGNORECASE)
    assert "jeugdbeschermer" in tekst
