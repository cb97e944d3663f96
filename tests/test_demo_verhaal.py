"""The demo family's story holds together (issue 20): helpers write in the logbook on the days
the rooster gives them, no reflection question is posed to the family, and the parts a trainer
shows (netwerkberaad, the young person's mentor, the follow-up after closing, the referral,
the worry flag, support kinds) are all in it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from wievraag.demo import maak_demo
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
