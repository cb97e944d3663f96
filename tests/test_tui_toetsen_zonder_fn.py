"""Keys without Fn: every action on an F-key also on a Ctrl key, mid-typing too; arrow keys
between a dialog's buttons that stop at the ends (issue 21)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.dom import DOMNode
from textual.widgets import Button, Input

import wievraag.tui
from tests.pilot import nieuwe_sessie, wacht_op_sessielijst, wacht_tot
from wievraag.tui.app import WievraagApp
from wievraag.tui.dialogs import Bevestig
from wievraag.tui.screens.appel import AppelScreen
from wievraag.tui.screens.interview import MobilityScreen
from wievraag.tui.screens.sessie import SessieScreen
from wievraag.tui.toetsnamen import toetsnaam

F_TOETSEN = {f"f{n}" for n in range(2, 9)}


def _alle_klassen() -> list[type[DOMNode]]:
    for module in pkgutil.walk_packages(wievraag.tui.__path__, "wievraag.tui."):
        importlib.import_module(module.name)
    gezien: list[type[DOMNode]] = []
    for module in list(__import__("sys").modules.values()):
        if getattr(module, "__name__", "").startswith("wievraag.tui"):
            for _, klasse in inspect.getmembers(module, inspect.isclass):
                if issubclass(klasse, DOMNode) and klasse.__module__ == module.__name__:
                    gezien.append(klasse)
    return gezien


def test_elke_f_toets_heeft_een_ctrl_toets() -> None:
    """Read from the bindings themselves: a new F-key without an alternative fails here."""
    zonder: list[str] = []
    klassen = _alle_klassen()
    assert len(klassen) > 20
    for klasse in klassen:
        for binding in klasse.__dict__.get("BINDINGS", []):  # ours, not Textual's own
            if not isinstance(binding, Binding):
                continue
            toetsen = {t.strip() for t in binding.key.split(",")}
            if toetsen & F_TOETSEN and not any(t.startswith("ctrl+") for t in toetsen):
                zonder.append(f"{klasse.__name__}: {binding.key} ({binding.action})")
            if toetsen & F_TOETSEN:
                # The Ctrl key first, so the footer shows the one that works everywhere.
                assert binding.key.startswith("ctrl+"), (klasse.__name__, binding.key)
    assert not zonder, zonder


def test_toetsnamen_zoals_op_het_toetsenbord() -> None:
    assert toetsnaam(Binding("ctrl+q", "quit")) == "Ctrl+Q"
    assert toetsnaam(Binding("enter", "x")) == "Enter"
    assert toetsnaam(Binding("escape", "x")) == "Esc"
    assert toetsnaam(Binding("f1", "x")) == "F1"
    assert toetsnaam(Binding("delete", "x")) == "Del"
    assert toetsnaam(Binding("a", "x")) == "a"
    assert toetsnaam(Binding("slash", "x")) == "/"
    assert toetsnaam(Binding("right", "x", key_display="←→")) == "←→"


async def test_appel_stappen_uitleg_en_namen_met_ctrl(data: Path, config: Path) -> None:
    nieuwe_sessie(data, ("Oma Riet", "oma"))
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await wacht_op_sessielijst(pilot)
        await pilot.press("h")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="de sessie")
        # Mid-typing in the search box of the questions: Ctrl+A is the appèl, not "Home".
        await pilot.press("slash", "o", "m")
        await pilot.pause()
        assert isinstance(app.focused, Input)
        await pilot.press("ctrl+a")
        await wacht_tot(pilot, lambda: isinstance(app.screen, AppelScreen), wat="het appèl")
        scherm = app.screen
        assert isinstance(scherm, AppelScreen)
        await pilot.pause()
        stap = scherm.query_one("#appel-voortgang")
        await pilot.press(*"de afwas")  # typing in the first field
        await pilot.press("ctrl+g")
        await wacht_tot(pilot, lambda: "Stap 2/4" in str(stap.render()), wat="stap 2")
        await pilot.press("ctrl+g", "ctrl+g")
        await wacht_tot(pilot, lambda: "Stap 4/4" in str(stap.render()), wat="stap 4")
        await pilot.press("ctrl+e")
        await wacht_tot(pilot, lambda: "Stap 3/4" in str(stap.render()), wat="stap 3")
        assert not app.uitleg
        await pilot.press("ctrl+u")
        await wacht_tot(pilot, lambda: app.uitleg, wat="de uitleg")
        assert not app.namen_verborgen
        await pilot.press("ctrl+l")
        await wacht_tot(pilot, lambda: app.namen_verborgen, wat="namen verborgen")
        await pilot.press("ctrl+l")
        await wacht_tot(pilot, lambda: not app.namen_verborgen, wat="namen weer zichtbaar")
        await pilot.press("ctrl+q")


async def test_interview_nieuw_huis_en_klaar_met_ctrl(data: Path, config: Path) -> None:
    nieuwe_sessie(data)
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await wacht_op_sessielijst(pilot)
        await pilot.press("h")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="de sessie")
        await pilot.press("i")
        await pilot.pause()
        await pilot.press("enter")
        await wacht_tot(pilot, lambda: isinstance(app.screen, MobilityScreen), wat="mobility")
        scherm = app.screen
        assert isinstance(scherm, MobilityScreen)
        # The form starts in "Gesteld aan" (its first field); Tab goes to place and period.
        await pilot.press("tab", *"Zwolle")
        await pilot.press("ctrl+f")  # the next house
        veld = scherm.query_one("#f-beschrijving", Input)
        await wacht_tot(pilot, lambda: veld.value == "", wat="een nieuw huis")
        await pilot.press("ctrl+e")  # back to the first
        await wacht_tot(pilot, lambda: veld.value == "Zwolle", wat="het eerste huis")

        def klaar() -> bool:
            ff = app.editor_open.sessie.family_finding
            mobility = ff.van("mobility") if ff is not None else None
            return mobility is not None and mobility.klaar

        assert not klaar()
        await pilot.press("ctrl+o")
        await wacht_tot(pilot, klaar, wat="klaar")
        await pilot.press("ctrl+q")


class _Proef(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.antwoorden: list[bool | None] = []

    def compose(self) -> ComposeResult:
        yield Button("achter")

    def vraag(self) -> None:
        self.push_screen(
            Bevestig("Gezin verwijderen?", ja="Verwijder", gevaarlijk=True),
            self.antwoorden.append,
        )


async def test_pijltjes_tussen_de_knoppen_stoppen_aan_de_randen() -> None:
    app = _Proef()
    async with app.run_test() as pilot:
        app.vraag()
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "nee"  # the safe choice first
        await pilot.press("right")  # already the last button: stays (no wrap to "Verwijder")
        assert app.focused.id == "nee"
        await pilot.press("left")
        assert app.focused is not None and app.focused.id == "ja"
        await pilot.press("left")  # the first: stays, never round to "Annuleer"
        assert app.focused.id == "ja"
        await pilot.press("enter")  # Left + Enter deletes, as the person meant
        await wacht_tot(pilot, lambda: app.antwoorden == [True], wat="het antwoord")
        app.vraag()
        await pilot.pause()
        await pilot.press("left", "right", "enter")
        await wacht_tot(pilot, lambda: app.antwoorden == [True, False], wat="annuleren")
