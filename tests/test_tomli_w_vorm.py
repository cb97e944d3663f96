"""tomlschrijver.py leans on tomli-w's private `_writer` module. An upgrade that changes its
shape must fail here, loudly and naming the cause, before the app writes a file with a
writer it half understands."""

from __future__ import annotations

import importlib.metadata
import inspect
import re
import tomllib
from pathlib import Path

import tomli_w
from tomli_w import _writer

PYPROJECT = Path(__file__).parent.parent / "pyproject.toml"


def test_tomli_w_is_de_vastgezette_versie() -> None:
    afhankelijk = tomllib.loads(PYPROJECT.read_text())["project"]["dependencies"]
    [pin] = [a for a in afhankelijk if a.startswith("tomli-w")]
    gevonden = re.fullmatch(r"tomli-w==([\d.]+)", pin)
    assert gevonden, f"tomli-w moet exact vastgezet zijn (tomlschrijver.py gebruikt _writer): {pin}"
    geinstalleerd = importlib.metadata.version("tomli-w")
    assert geinstalleerd == gevonden.group(1), (
        f"tomli-w {geinstalleerd} is geïnstalleerd, getest is {gevonden.group(1)}: "
        "controleer tomli_w._writer (tomlschrijver.py) en pas de pin aan"
    )


def _parameters(functie: object) -> list[tuple[str, object, object]]:
    assert callable(functie), f"tomli_w._writer: {functie!r} is geen functie meer"
    return [(p.name, p.kind, p.default) for p in inspect.signature(functie).parameters.values()]


def test_de_vorm_van_tomli_w_writer() -> None:
    namen = ("Context", "format_key_part", "gen_table_chunks")
    for naam in namen:
        assert hasattr(_writer, naam), (
            f"tomli_w._writer.{naam} bestaat niet meer (tomlschrijver.py)"
        )
    P = inspect.Parameter
    assert _parameters(_writer.Context) == [
        ("allow_multiline", P.POSITIONAL_OR_KEYWORD, P.empty),
        ("indent", P.POSITIONAL_OR_KEYWORD, P.empty),
    ], "tomli_w._writer.Context(allow_multiline, indent) is veranderd (tomlschrijver._ctx)"
    assert _parameters(_writer.format_key_part) == [("part", P.POSITIONAL_OR_KEYWORD, P.empty)], (
        "tomli_w._writer.format_key_part(part) is veranderd"
    )
    assert _parameters(_writer.gen_table_chunks) == [
        ("table", P.POSITIONAL_OR_KEYWORD, P.empty),
        ("ctx", P.POSITIONAL_OR_KEYWORD, P.empty),
        ("name", P.KEYWORD_ONLY, P.empty),
        ("inside_aot", P.KEYWORD_ONLY, False),
    ], "tomli_w._writer.gen_table_chunks(table, ctx, *, name, inside_aot) is veranderd"


def test_de_stukken_zijn_wat_tomli_w_zelf_schrijft() -> None:
    """What the pieces are made of must be exactly tomli-w's own output for that table."""
    tabel = {"naam": "Oma Riet", "notities": "twee\nregels", "ringen": {"a": 1}}
    ctx = _writer.Context(allow_multiline=True, indent=4)
    stuk = "".join(_writer.gen_table_chunks(tabel, ctx, name="personen", inside_aot=True))
    assert stuk == tomli_w.dumps({"personen": [tabel]}, multiline_strings=True), (
        "tomli_w._writer.gen_table_chunks schrijft iets anders dan tomli_w.dumps"
    )
    assert _writer.format_key_part("x y") == '"x y"' and _writer.format_key_part("ab") == "ab"
