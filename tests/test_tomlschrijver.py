from __future__ import annotations

import tomllib
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import voorbeeld_sessie
from wievraag.tomlschrijver import OnleesbareTekst, TomlSchrijver

sleutel = st.sampled_from(["a", "naam", "tekst", "id", "x-y"])
blad = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=20),
    st.integers(-5, 5),
    st.booleans(),
    st.dates(),
    st.lists(st.text(max_size=5), max_size=3),
)
tabel = st.dictionaries(sleutel, blad, max_size=4)
document = st.fixed_dictionaries(
    {"schema": st.just(1), "gezin": st.text(max_size=10)},
    optional={
        "personen": st.lists(tabel, max_size=4),
        "plan": st.dictionaries(sleutel, blad | tabel, max_size=3),
        "antwoorden": st.lists(tabel, max_size=3),
    },
)


@settings(max_examples=200, deadline=None)
@given(document)
def test_leest_terug_als_hetzelfde(doc: dict[str, object]) -> None:
    assert tomllib.loads(TomlSchrijver().schrijf(doc)) == doc


@settings(max_examples=100, deadline=None)
@given(document, document)
def test_hergebruik_geeft_dezelfde_tekst_als_vers(
    eerst: dict[str, object], dan: dict[str, object]
) -> None:
    schrijver = TomlSchrijver()
    schrijver.schrijf(eerst)
    # Same data as a fresh write (key order inside a reused piece may differ: same TOML data).
    assert tomllib.loads(schrijver.schrijf(dan)) == tomllib.loads(TomlSchrijver().schrijf(dan))
    assert tomllib.loads(schrijver.schrijf(dan)) == dan


def test_alleen_gewijzigde_stukken_worden_opnieuw_gemaakt(monkeypatch: pytest.MonkeyPatch) -> None:
    sessie = voorbeeld_sessie()
    schrijver = TomlSchrijver()
    schrijver.schrijf(sessie.model_dump(by_alias=True, exclude_none=True))
    geparsed: list[str] = []
    echt = tomllib.loads

    def tel(tekst: str) -> dict[str, Any]:
        geparsed.append(tekst)
        return echt(tekst)

    # tomllib is one module object: patching it here patches the writer's check too.
    monkeypatch.setattr(tomllib, "loads", tel)
    sessie.personen[1].notities = "anders"
    doc = sessie.model_dump(by_alias=True, exclude_none=True)
    tekst = schrijver.schrijf(doc)
    assert len(geparsed) == 1 and "anders" in geparsed[0]
    assert echt(tekst) == doc


def test_tekst_die_niet_terugleest_wordt_geweigerd(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tomllib, "loads", lambda t: {"iets": "anders"})
    with pytest.raises(OnleesbareTekst, match="leest niet terug"):
        TomlSchrijver().schrijf({"schema": 1, "dag": date(2026, 1, 1)})


def test_regeleinde_van_windows_leest_terug() -> None:
    """Hypothesis found it: '\\r\\n' in a multi-line string reads back as '\\n'; such a piece is
    written with escaped one-line strings instead of being refused."""
    doc = {"schema": 1, "gezin": "", "personen": [{"a": "\r\n"}], "plan": {"b": "x\ry\nz"}}
    assert tomllib.loads(TomlSchrijver().schrijf(doc)) == doc
