"""The demo family and the workshop features: trainer mode, narrow screens (the browser:
test_serveer.py)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
from pydantic import BaseModel
from textual.binding import Binding
from textual.dom import DOMNode

import wievraag.tui
from wievraag import cli
from wievraag.demo import MENSEN, maak_demo
from wievraag.model import Sessie
from wievraag.store import Opslag, codeer, decodeer
from wievraag.tui.app import WievraagApp
from wievraag.vragen import lees_bank


def test_demo_is_geldig_en_overleeft_de_rondreis() -> None:
    sessie = maak_demo(lees_bank())
    assert decodeer(Path("demo.toml"), codeer(sessie)) == sessie


# Fields that say what the session is, not a part of the method to demonstrate.
KOP = {"schema_versie", "id", "gezin", "aangemaakt", "gewijzigd"}


def test_demo_laat_elk_deel_van_de_sessie_zien() -> None:
    """Fails when the session grows a part (a new top-level field) that the demo leaves empty."""
    sessie = maak_demo(lees_bank())
    leeg = Sessie(gezin="x")
    for naam in Sessie.model_fields:
        if naam in KOP:
            continue
        waarde = getattr(sessie, naam)
        assert waarde != getattr(leeg, naam), f"het demogezin heeft nog niets in '{naam}'"
        if isinstance(waarde, BaseModel):
            assert waarde != type(waarde)(), f"het demogezin heeft nog niets in '{naam}'"


def test_demo_is_rijk_genoeg_voor_een_workshop() -> None:
    sessie = maak_demo(lees_bank())
    assert 15 <= len(sessie.personen) <= 25
    assert {p.generatie for p in sessie.personen} >= {"grootouders", "ouders", "kinderen"}
    assert len({p.sector for p in sessie.personen}) >= 5
    assert {p.toestemming for p in sessie.personen} == {"ja", "nee", "niet-gevraagd"}
    assert {a.uitkomst for a in sessie.appels} == {"open", "verlegd", "zelf"}
    assert {a.status for a in sessie.antwoorden} == {"beantwoord", "geweigerd", "later"}
    assert any(p.via for p in sessie.personen)  # second degree (olievlek)


def test_demo_namen_zijn_verzonnen_en_niet_uit_de_bronnen() -> None:
    """No name of the demo appears in the source documents' cases."""
    seeds = Path(__file__).parents[2] / "shared" / "seeds"
    if not seeds.exists():
        pytest.skip("the source documents are not next to this clone")
    tekst = " ".join(p.read_text(encoding="utf-8") for p in seeds.glob("0*.txt"))
    titels = {"Oma", "Opa", "Tante", "Oom", "Juf", "Wijkverpleegkundige"}
    for mens in MENSEN:
        for woord in mens.naam.split():
            if woord not in titels:
                assert not re.search(rf"\b{re.escape(woord)}\b", tekst), woord


def test_demo_met_map_schrijft_een_leesbaar_bestand(tmp_path: Path) -> None:
    assert cli.main(["demo", "--data", str(tmp_path / "demo")]) == 0
    opslag = Opslag(tmp_path / "demo")
    [item] = opslag.lijst().items
    assert item.fout is None and item.gezin is not None and item.gezin.endswith("(demo)")
    assert (opslag.map / f"{item.id}.toml").stat().st_mode & 0o777 == 0o600


def test_twee_demostarts_delen_geen_map(monkeypatch: pytest.MonkeyPatch, data: Path) -> None:
    mappen: list[Path] = []

    def run(app: WievraagApp, *args: object, **kwargs: object) -> None:
        mappen.append(app.opslag.data)
        assert len(app.opslag.lijst().items) == 1  # only the demo, never the user's sessions

    monkeypatch.setattr(WievraagApp, "run", run)
    Opslag(data).nieuw("Gezin Echt")
    assert cli.main(["demo"]) == 0
    assert cli.main(["demo"]) == 0
    assert len(set(mappen)) == 2 and data not in mappen
    assert not any(m.exists() for m in mappen)  # cleaned up after the app ends
    assert len(Opslag(data).lijst().items) == 1  # the real session untouched


async def test_trainersmodus_toont_uitleg_en_f3_wisselt(data: Path, config: Path) -> None:
    Opslag(data).voeg_toe(maak_demo(lees_bank()))
    app = WievraagApp(data, config, training=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        uitleg = app.screen.query_one("#vraag-uitleg")
        assert "Valkuil" in str(uitleg.render())
        await pilot.press("f3")
        await pilot.pause()
        assert "Valkuil" not in str(uitleg.render())
        await pilot.press("e", "enter")  # an appèl: the same switch, now off
        await pilot.pause()
        assert not app.screen.query_one("#appel-uitleg").display
        await pilot.press("f3")
        await pilot.pause()
        assert app.screen.query_one("#appel-uitleg").display


async def test_smal_scherm_zet_keuzes_onder_elkaar(data: Path, config: Path) -> None:
    Opslag(data).voeg_toe(maak_demo(lees_bank()))
    app = WievraagApp(data, config)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("e", "enter")
        await pilot.pause()
        assert app.has_class("-smal")
        keuzes = app.screen.query_one("#f-overweeg-nu")
        # Every choice visible inside the screen's width, none cut off at the edge.
        assert all(knop.region.right <= 60 for knop in keuzes.children)
        assert "4 Verleg" in str(app.screen.query_one("#appel-voortgang").render())


def _alle_bindingen() -> list[tuple[str, Binding]]:
    uit: list[tuple[str, Binding]] = []
    for module in pkgutil.walk_packages(wievraag.tui.__path__, "wievraag.tui."):
        for _, klasse in inspect.getmembers(importlib.import_module(module.name), inspect.isclass):
            if issubclass(klasse, DOMNode) and klasse.__module__.startswith("wievraag"):
                for binding in vars(klasse).get("BINDINGS", []):
                    if isinstance(binding, Binding):
                        uit.append((klasse.__name__, binding))
    return uit


def test_geen_toets_die_de_browser_zelf_houdt() -> None:
    """In a browser ctrl+w, ctrl+t and ctrl+n close or open tabs and windows."""
    bindingen = _alle_bindingen()
    assert len(bindingen) > 20  # the walk found the app's screens and widgets
    for klasse, binding in bindingen:
        for toets in binding.key.split(","):
            assert toets.strip() not in {"ctrl+w", "ctrl+t", "ctrl+n"}, (klasse, toets)
