"""The session editor is the one way the open session changes (tui/editor.py). This test
reads the TUI's source and fails on any other: an assignment to a field of the model, a list
of the model changed in place, or a changing method of the model called directly instead of
through `editor.doe(...)`. A new screen cannot forget the undo step or the save."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from pydantic import BaseModel

import wievraag.model as model
from wievraag.model.basis import Basis

TUI = Path(model.__file__).parent.parent / "tui"
UITGEZONDERD = {"editor.py", "geschiedenis.py"}
LIJST_MUTATIES = {"append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse"}


def _modelklassen() -> list[type[BaseModel]]:
    gezien: list[type[BaseModel]] = []
    rand: list[type[BaseModel]] = [Basis]
    while rand:
        klasse = rand.pop()
        for sub in klasse.__subclasses__():
            if sub.__module__.startswith("wievraag.model") and sub not in gezien:
                gezien.append(sub)
                rand.append(sub)
    return gezien


def _velden() -> set[str]:
    return {naam for k in _modelklassen() for naam in k.model_fields}


def _wijzigende_methoden() -> set[str]:
    """Methods of the model that change something: they assign to an attribute or change a
    list in place (read from their source)."""
    uit: set[str] = set()
    for klasse in _modelklassen():
        for naam, functie in vars(klasse).items():
            if not inspect.isfunction(functie) or naam.startswith("_"):
                continue
            boom = ast.parse(inspect.getsource(functie).strip())
            for knoop in ast.walk(boom):
                if isinstance(knoop, ast.Assign | ast.AugAssign):
                    doelen = knoop.targets if isinstance(knoop, ast.Assign) else [knoop.target]
                    if any(isinstance(d, ast.Attribute) for d in doelen):
                        uit.add(naam)
                elif isinstance(knoop, ast.Call) and _verandert(knoop):
                    uit.add(naam)
    return uit


def _verandert(aanroep: ast.Call) -> bool:
    """A list of an object changed in place, or setattr."""
    functie = aanroep.func
    if isinstance(functie, ast.Attribute):
        return functie.attr in LIJST_MUTATIES and isinstance(functie.value, ast.Attribute)
    return isinstance(functie, ast.Name) and functie.id == "setattr"


def _is_self(knoop: ast.expr) -> bool:
    """The widget's or app's own state, not the model: `self.x`, `wv(self).x`, and the
    register's filter (a dataclass of the widget, tui/widgets/personen.py)."""
    if isinstance(knoop, ast.Name) and knoop.id in {"self", "cls"}:
        return True
    if isinstance(knoop, ast.Call) and isinstance(knoop.func, ast.Name):
        return knoop.func.id == "wv"
    return isinstance(knoop, ast.Attribute) and _is_self(knoop.value) and knoop.attr == "filter"


def _overtredingen(bron: str, velden: set[str], methoden: set[str]) -> list[str]:
    uit: list[str] = []
    boom = ast.parse(bron)
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.Assign | ast.AugAssign):
            doelen = knoop.targets if isinstance(knoop, ast.Assign) else [knoop.target]
            for doel in doelen:
                if (
                    isinstance(doel, ast.Attribute)
                    and not _is_self(doel.value)
                    and doel.attr in velden
                ):
                    uit.append(f"regel {knoop.lineno}: … .{doel.attr} = …")
        elif isinstance(knoop, ast.Call) and isinstance(knoop.func, ast.Attribute):
            functie = knoop.func
            if (
                functie.attr in LIJST_MUTATIES
                and isinstance(functie.value, ast.Attribute)
                and functie.value.attr in velden
                and not _is_self(functie.value.value)
            ):
                uit.append(f"regel {knoop.lineno}: .{functie.value.attr}.{functie.attr}(…)")
            elif functie.attr in methoden and not _is_self(functie.value):
                uit.append(f"regel {knoop.lineno}: .{functie.attr}(…) buiten editor.doe")
        elif (
            isinstance(knoop, ast.Call)
            and isinstance(knoop.func, ast.Name)
            and knoop.func.id == "setattr"
            and knoop.args
            and not _is_self(knoop.args[0])
        ):
            uit.append(f"regel {knoop.lineno}: setattr(…)")
    return uit


def test_alleen_de_editor_verandert_de_sessie() -> None:
    velden, methoden = _velden(), _wijzigende_methoden()
    assert {"naam", "toestemming", "afspraken"} <= velden
    assert {"voeg_samen", "persoon_voor", "plaats", "geef_toestemming"} <= methoden
    fouten: list[str] = []
    for pad in sorted(TUI.rglob("*.py")):
        if pad.name in UITGEZONDERD:
            continue
        for fout in _overtredingen(pad.read_text(encoding="utf-8"), velden, methoden):
            fouten.append(f"{pad.relative_to(TUI)}: {fout}")
    assert not fouten, "De sessie verandert buiten de editor om:\n" + "\n".join(fouten)


def test_de_bewaking_ziet_een_overtreding() -> None:
    """The check itself must be able to fail: each pattern it guards against is caught."""
    velden, methoden = _velden(), _wijzigende_methoden()
    bron = (
        "def f(s, p):\n"
        "    p.naam = 'x'\n"
        "    s.personen.append(p)\n"
        "    s.voeg_samen('a', 'b')\n"
        "    setattr(p, 'relatie', 'oom')\n"
        "    editor.doe(s.voeg_samen, 'a', 'b')\n"
        "    self.naam = 'widget state'\n"
    )
    assert len(_overtredingen(bron, velden, methoden)) == 4
