"""The duo scenarios of issue 22: two or three laptops on one family, each offline, a sync tool
between their folders that keeps a conflict copy when both changed the session. Each scenario
merges through the store (versies.py) and asserts that no value is lost and what is asked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.duo import (
    DROPBOX,
    NEXTCLOUD,
    SYNCTHING,
    WEEK_MS,
    Laptop,
    als_kopie,
    deel,
    nieuwe_sessie,
    persoon_id,
)
from wievraag.model import Afspraak, LogRegel, Persoon, Sessie


@pytest.fixture
def a(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Laptop:
    return Laptop(tmp_path, "laptopa", monkeypatch)


@pytest.fixture
def b(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Laptop:
    return Laptop(tmp_path, "laptopb", monkeypatch)


@pytest.fixture
def c(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Laptop:
    return Laptop(tmp_path, "laptopc", monkeypatch)


def _gezin(sessie: Sessie) -> None:
    sessie.noem("Oma Riet (oma), Karim (buurman), Tante Ans (tante)")


def _start(a: Laptop, b: Laptop) -> str:
    sid = nieuwe_sessie(a, _gezin)
    deel(a, b, sid)
    return sid


def _zet(naam: str, **velden: object) -> Callable[[Sessie], None]:
    def wijzig(sessie: Sessie) -> None:
        persoon = sessie.zoek_persoon(naam)
        assert persoon is not None
        for veld, waarde in velden.items():
            setattr(persoon, veld, waarde)

    return wijzig


def _alleen_origineel(laptop: Laptop, sid: str) -> None:
    assert [p.name for p in laptop.opslag.map.iterdir()] == [f"{sid}.toml"]


def test_verschillende_personen(a: Laptop, b: Laptop) -> None:
    sid = _start(a, b)
    a.bewerk(sid, _zet("Oma Riet", telefoon="06-11111111"))
    b.bewerk(sid, _zet("Karim", relatie="buurman van drie hoog"))
    als_kopie(b, a, sid)
    uit = a.voeg_samen(sid)
    sessie = a.sessie(sid)
    assert sessie.zoek_persoon("Oma Riet").telefoon == "06-11111111"  # type: ignore[union-attr]
    assert sessie.zoek_persoon("Karim").relatie == "buurman van drie hoog"  # type: ignore[union-attr]
    assert uit.conflicten == [] and len(uit.samengevoegd) == 1
    _alleen_origineel(a, sid)


def test_verschillende_velden_van_een_persoon(a: Laptop, b: Laptop) -> None:
    """One the phone, the other the consent: not a conflict."""
    sid = _start(a, b)
    a.bewerk(sid, _zet("Oma Riet", telefoon="06-11111111"))
    b.bewerk(sid, _zet("Oma Riet", toestemming="ja", toestemming_datum=date(2026, 11, 20)))
    als_kopie(b, a, sid)
    uit = a.voeg_samen(sid)
    oma = a.sessie(sid).zoek_persoon("Oma Riet")
    assert oma is not None
    assert (oma.telefoon, oma.toestemming, oma.toestemming_datum) == (
        "06-11111111",
        "ja",
        date(2026, 11, 20),
    )
    assert uit.conflicten == []
    _alleen_origineel(a, sid)


def test_hetzelfde_veld_wordt_gevraagd(a: Laptop, b: Laptop) -> None:
    sid = _start(a, b)
    a.bewerk(sid, _zet("Oma Riet", toestemming="ja"))
    b.bewerk(sid, _zet("Oma Riet", toestemming="nee"))
    als_kopie(b, a, sid, SYNCTHING)
    uit = a.voeg_samen(sid)
    oma = persoon_id(a.sessie(sid), "Oma Riet")
    assert [(k.pad, k.soort, k.waarde) for k in uit.conflicten] == [
        (f"personen/{oma}/toestemming", "waarde", "nee")
    ]
    assert a.sessie(sid).persoon(oma).toestemming == "ja"  # type: ignore[union-attr]
    # Both values are in the file: the body's and the one kept in [sync]; the copy may go.
    assert a.staat(sid).conflicten[0].waarde == "nee"
    _alleen_origineel(a, sid)


def test_verwijderd_tegenover_gewijzigd(a: Laptop, b: Laptop) -> None:
    sid = _start(a, b)
    karim = persoon_id(a.sessie(sid), "Karim")
    a.bewerk(sid, lambda s: s.verwijder_persoon(karim))
    b.bewerk(sid, _zet("Karim", notities="Heeft een busje."))
    als_kopie(b, a, sid)
    uit = a.voeg_samen(sid)
    sessie = a.sessie(sid)
    assert sessie.persoon(karim) is not None
    assert sessie.persoon(karim).notities == "Heeft een busje."  # type: ignore[union-attr]
    assert [(k.pad, k.soort) for k in uit.conflicten] == [(f"personen/{karim}", "weg")]


def test_verwijderd_zonder_wijziging_elders_gaat_weg(a: Laptop, b: Laptop) -> None:
    sid = _start(a, b)
    karim = persoon_id(a.sessie(sid), "Karim")
    a.bewerk(sid, lambda s: s.verwijder_persoon(karim))
    b.bewerk(sid, _zet("Oma Riet", telefoon="06-2"))
    als_kopie(b, a, sid)
    uit = a.voeg_samen(sid)
    sessie = a.sessie(sid)
    assert sessie.persoon(karim) is None and uit.conflicten == []
    assert sessie.zoek_persoon("Oma Riet").telefoon == "06-2"  # type: ignore[union-attr]


def test_beide_voegen_dezelfde_naam_toe(a: Laptop, b: Laptop) -> None:
    sid = _start(a, b)
    a.bewerk(sid, lambda s: s.personen.append(Persoon(naam="Juf Petra", telefoon="06-3")))
    b.bewerk(sid, lambda s: s.personen.append(Persoon(naam="Juf Petra", relatie="juf")))
    als_kopie(b, a, sid)
    uit = a.voeg_samen(sid)
    petra = [p for p in a.sessie(sid).personen if p.naam == "Juf Petra"]
    assert sorted((p.telefoon, p.relatie) for p in petra) == [("", "juf"), ("06-3", "")]
    assert len(uit.dubbel) == 1 and uit.conflicten == []  # offered to merge, not asked


def test_beide_schrijven_in_het_logboek(a: Laptop, b: Laptop) -> None:
    sid = _start(a, b)
    a.bewerk(sid, lambda s: s.logboek.append(LogRegel(wat="Oma haalde op")))
    b.bewerk(sid, lambda s: s.logboek.append(LogRegel(wat="Karim bracht eten")))
    als_kopie(b, a, sid)
    uit = a.voeg_samen(sid)
    assert sorted(r.wat for r in a.sessie(sid).logboek) == ["Karim bracht eten", "Oma haalde op"]
    assert uit.conflicten == []


def test_afspraak_gewijzigd_en_elders_verwijderd(a: Laptop, b: Laptop) -> None:
    def plan(sessie: Sessie) -> None:
        sessie.zorg_voor_plan().afspraken = [
            Afspraak(id="af-00000001", wat="koken", dagen=["maandag"])
        ]

    sid = nieuwe_sessie(a, plan)
    deel(a, b, sid)

    def wijzig(sessie: Sessie) -> None:
        assert sessie.plan is not None
        sessie.plan.afspraken[0].wat = "koken en afwassen"

    def verwijder(sessie: Sessie) -> None:
        assert sessie.plan is not None
        sessie.plan.afspraken = []

    a.bewerk(sid, verwijder)
    b.bewerk(sid, wijzig)
    als_kopie(b, a, sid, NEXTCLOUD)
    uit = a.voeg_samen(sid)
    plan_ = a.sessie(sid).plan
    assert plan_ is not None and [x.wat for x in plan_.afspraken] == ["koken en afwassen"]
    assert [(k.pad, k.soort) for k in uit.conflicten] == [("plan/afspraken/af-00000001", "weg")]


def test_drie_laptops(a: Laptop, b: Laptop, c: Laptop) -> None:
    sid = _start(a, b)
    deel(a, c, sid)
    a.bewerk(sid, _zet("Oma Riet", telefoon="06-1"))
    b.bewerk(sid, _zet("Karim", telefoon="06-2"))
    c.bewerk(sid, _zet("Tante Ans", telefoon="06-3"))
    b.bewerk(sid, _zet("Oma Riet", notities="van b"))
    c.bewerk(sid, _zet("Oma Riet", notities="van c"))
    als_kopie(b, a, sid)
    als_kopie(c, a, sid, DROPBOX)
    uit = a.voeg_samen(sid)
    sessie = a.sessie(sid)
    assert [sessie.zoek_persoon(n).telefoon for n in ("Oma Riet", "Karim", "Tante Ans")] == [  # type: ignore[union-attr]
        "06-1",
        "06-2",
        "06-3",
    ]
    # b and c wrote the same note: asked, with both values kept (one in the body).
    assert len(uit.conflicten) == 1
    conflict = uit.conflicten[0]
    assert conflict.pad.endswith("/notities")
    assert {sessie.zoek_persoon("Oma Riet").notities, conflict.waarde} == {"van b", "van c"}  # type: ignore[union-attr]
    _alleen_origineel(a, sid)


def test_een_week_offline_met_een_verkeerde_klok(a: Laptop, b: Laptop) -> None:
    """b's clock is a week behind. b saw a's phone number and changed it after: b's wins,
    though its stamp is 'older'. a's change meanwhile to another field is kept too."""
    sid = _start(a, b)
    a.bewerk(sid, _zet("Oma Riet", telefoon="06-10"))
    deel(a, b, sid)
    b.achter_ms = WEEK_MS
    b.bewerk(sid, _zet("Oma Riet", telefoon="06-20"))
    a.bewerk(sid, _zet("Karim", relatie="buurman (nr 5)"))
    als_kopie(b, a, sid)
    uit = a.voeg_samen(sid)
    sessie = a.sessie(sid)
    assert sessie.zoek_persoon("Oma Riet").telefoon == "06-20"  # type: ignore[union-attr]
    assert sessie.zoek_persoon("Karim").relatie == "buurman (nr 5)"  # type: ignore[union-attr]
    assert uit.conflicten == []


def test_beide_maken_offline_het_plan(a: Laptop, b: Laptop) -> None:
    sid = _start(a, b)

    def plan_a(sessie: Sessie) -> None:
        plan = sessie.zorg_voor_plan()
        plan.doel = "Elke dag iemand na school"
        plan.afspraken = [Afspraak(wat="ophalen", dagen=["maandag"])]

    def plan_b(sessie: Sessie) -> None:
        plan = sessie.zorg_voor_plan()
        plan.doel = "Rust in huis"
        plan.afspraken = [Afspraak(wat="koken", dagen=["dinsdag"])]

    a.bewerk(sid, plan_a)
    b.bewerk(sid, plan_b)
    als_kopie(b, a, sid)
    uit = a.voeg_samen(sid)
    plan = a.sessie(sid).plan
    assert plan is not None
    assert sorted(x.wat for x in plan.afspraken) == ["koken", "ophalen"]
    assert [(k.pad, k.waarde) for k in uit.conflicten] == [("plan/doel", "Rust in huis")]
    assert plan.doel == "Elke dag iemand na school"


def test_afgekapte_kopie_blijft_staan(a: Laptop, b: Laptop) -> None:
    sid = _start(a, b)
    a.bewerk(sid, _zet("Oma Riet", telefoon="06-1"))
    b.bewerk(sid, _zet("Karim", telefoon="06-2"))
    kopie = als_kopie(b, a, sid)
    kopie.write_bytes(kopie.read_bytes()[:150])  # the sync stopped half way
    voor = a.pad(sid).read_bytes()
    uit = a.voeg_samen(sid)
    assert [p for p, _ in uit.gebleven] == [kopie] and kopie.exists()
    assert "niet te lezen" in uit.gebleven[0][1]
    assert a.pad(sid).read_bytes() == voor  # nothing merged: the session is untouched


def test_afgekapt_origineel_wordt_herbouwd(a: Laptop, b: Laptop) -> None:
    sid = _start(a, b)
    a.bewerk(sid, _zet("Oma Riet", telefoon="06-1"))
    b.bewerk(sid, _zet("Karim", telefoon="06-2"))
    als_kopie(b, a, sid)
    a.pad(sid).write_bytes(a.pad(sid).read_bytes()[:120])
    uit = a.voeg_samen(sid)
    assert uit.hersteld
    sessie = a.sessie(sid)
    assert sessie.zoek_persoon("Oma Riet").telefoon == "06-1"  # type: ignore[union-attr]
    assert sessie.zoek_persoon("Karim").telefoon == "06-2"  # type: ignore[union-attr]
    _alleen_origineel(a, sid)


def test_met_de_hand_gewijzigd(a: Laptop, b: Laptop) -> None:
    """A hand edit is stamped as this laptop's change: kept against an untouched field,
    asked against the same field changed elsewhere."""
    sid = _start(a, b)
    a.bewerk(sid, _zet("Oma Riet", telefoon="06-1", notities="eerst"))
    deel(a, b, sid)
    tekst = a.pad(sid).read_text()
    assert 'telefoon = "06-1"' in tekst and 'notities = "eerst"' in tekst
    a.pad(sid).write_text(
        tekst.replace('telefoon = "06-1"', 'telefoon = "06-77"').replace(
            'notities = "eerst"', 'notities = "met de hand"'
        )
    )
    b.bewerk(sid, _zet("Oma Riet", notities="van b"))
    als_kopie(b, a, sid)
    uit = a.voeg_samen(sid)
    oma = a.sessie(sid).zoek_persoon("Oma Riet")
    assert oma is not None and oma.telefoon == "06-77"
    assert [(k.pad.rsplit("/", 1)[-1], k.waarde) for k in uit.conflicten] == [("notities", "van b")]
    assert oma.notities == "met de hand"


def test_een_besluit_sluit_het_conflict_overal(a: Laptop, b: Laptop) -> None:
    sid = _start(a, b)
    a.bewerk(sid, _zet("Oma Riet", toestemming="ja"))
    b.bewerk(sid, _zet("Oma Riet", toestemming="nee"))
    als_kopie(b, a, sid)
    uit = a.voeg_samen(sid)
    pad = uit.conflicten[0].pad
    # b gets the merged file too (still with the question), and decides there.
    deel(a, b, sid)
    bestand = b.opslag.open(b.pad(sid))
    try:
        assert [k.pad for k in bestand.sync.conflicten] == [pad]
        oma = bestand.sessie.zoek_persoon("Oma Riet")
        assert oma is not None
        oma.toestemming = "nee"
        bestand.besluit(pad)
        assert bestand.opslaan()
    finally:
        bestand.sluit()
    # Meanwhile a changed something else; b's file arrives as a copy.
    a.bewerk(sid, _zet("Karim", telefoon="06-9"))
    als_kopie(b, a, sid)
    uit = a.voeg_samen(sid)
    sessie = a.sessie(sid)
    assert uit.conflicten == [] and a.staat(sid).conflicten == []
    assert sessie.zoek_persoon("Oma Riet").toestemming == "nee"  # type: ignore[union-attr]
    assert sessie.zoek_persoon("Karim").telefoon == "06-9"  # type: ignore[union-attr]
