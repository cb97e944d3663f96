"""Every test runs against temporary folders: no test may touch the user's real data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wievraag.model import Antwoord, Persoon, Sessie
from wievraag.store import Opslag


@pytest.fixture(autouse=True)
def _tijdelijke_mappen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("WIEVRAAG_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("WIEVRAAG_CONFIG", str(tmp_path / "config"))
    monkeypatch.setenv("WIEVRAAG_STATE", str(tmp_path / "state"))
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    yield


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def opslag(data: Path) -> Opslag:
    return Opslag(data)


def voorbeeld_sessie() -> Sessie:
    """A small fictional session using every field the model has."""
    sessie = Sessie(gezin="Gezin Vlinder")
    oma, _ = sessie.persoon_voor("Oma Riet", "oma (moederskant)")
    oma.sector = "familie"
    oma.generatie = "grootouders"
    oma.leeftijd = 71
    oma.contact = "ver-weg"
    oma.toestemming = "ja"
    buur = Persoon(
        naam="Karim",
        relatie="buurman",
        sector="buren",
        in_leven=True,
        notities="Heeft een busje.\nKan rijden op dinsdag.",
    )
    sessie.personen.append(buur)
    sessie.antwoorden.append(
        Antwoord(
            vraag="b2-01",
            vraag_tekst="Wie …?",
            gesteld_aan="moeder",
            antwoord='Misschien oma.\nOf de "buurman".',
            personen=[oma.id, buur.id],
        )
    )
    sessie.antwoorden.append(Antwoord(vraag="start-01", status="later"))
    sessie.noteer_bezoek()
    return sessie
