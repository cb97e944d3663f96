"""Opening a session starts the writer from the file itself when the file is exactly what it
would write (TomlSchrijver.begin_bij, issue 18): no piece is parsed back a second time, and
what is saved afterwards is the same as a writer that checked everything would write."""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.grootgezin import volle_sessie
from wievraag import tomlschrijver
from wievraag.store import Opslag, codeer
from wievraag.store.sync import splits
from wievraag.tomlschrijver import TomlSchrijver


@pytest.fixture
def teruglezingen(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every piece the writer parses back to check it."""
    gelezen: list[str] = []

    def loads(tekst: str) -> dict[str, object]:
        gelezen.append(tekst)
        return tomllib.loads(tekst)

    # The writer's own name for the parser only: the whole file read on opening is not
    # counted, only the writer's checks.
    monkeypatch.setattr(tomlschrijver, "tomllib", SimpleNamespace(loads=loads))
    return gelezen


def _bewaard(opslag: Opslag) -> Path:
    sessie = volle_sessie(60)
    return opslag.voeg_toe(sessie)


def test_eigen_bestand_zonder_tweede_controle(opslag: Opslag, teruglezingen: list[str]) -> None:
    pad = _bewaard(opslag)
    teruglezingen.clear()
    bestand = opslag.open(pad)
    try:
        assert teruglezingen == []  # the file was taken as the writer's own pieces
        assert bestand.momentopname() is None  # nothing changed: nothing to write
        persoon = bestand.sessie.personen[3]
        persoon.notities = "Belt terug na de vakantie.\nNiet op woensdag."
        data = bestand.momentopname()
        assert data is not None
        # Only the changed piece was made and checked; the result is what a writer that
        # checked every piece writes.
        assert len(teruglezingen) == 1  # that person's piece alone
        # (The body; the [sync] table with the stamps follows it, store/sync.py.)
        assert splits(data.decode())[0].encode() == codeer(bestand.sessie)
        assert bestand.opslaan()
        assert splits(pad.read_text())[0].encode() == codeer(bestand.sessie)
    finally:
        bestand.sluit()


def test_met_de_hand_gewijzigd_bestand_wordt_gewoon_gecontroleerd(
    opslag: Opslag, teruglezingen: list[str]
) -> None:
    """A file that is not byte for byte ours (edited by hand: extra blank lines) is written
    and checked as before; opening changes nothing on disk."""
    pad = _bewaard(opslag)
    tekst = pad.read_text(encoding="utf-8").replace("\n[[personen]]", "\n\n[[personen]]")
    pad.write_text(tekst, encoding="utf-8")
    teruglezingen.clear()
    bestand = opslag.open(pad)
    try:
        assert len(teruglezingen) > 60  # every piece made and parsed back
        assert bestand.momentopname() is None
        assert pad.read_text(encoding="utf-8") == tekst
    finally:
        bestand.sluit()


def test_begin_bij_weigert_andere_tekst() -> None:
    schrijver = TomlSchrijver()
    document = {"schema": 2, "id": "x", "personen": [{"id": "p1", "naam": "Ans"}]}
    tekst = schrijver.schrijf(dict(document))
    assert not TomlSchrijver().begin_bij(dict(document), tekst + "\n")
    nieuw = TomlSchrijver()
    assert nieuw.begin_bij(dict(document), tekst)
    assert nieuw.schrijf(dict(document)) == tekst
