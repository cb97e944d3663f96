"""The list's quick read of a session file's head (store/kop.py) says exactly what the full
decode says, or steps aside (None) so the full decode can give its exact message."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tests.exportfamilie import familie
from tests.grootgezin import volle_sessie
from tests.test_roundtrip_hypothesis import sessies
from wievraag import cli
from wievraag.demo import maak_demo
from wievraag.fouten import BestandFout
from wievraag.model import SCHEMA, Persoon, Plan, Sessie
from wievraag.store import Opslag, codeer, decodeer
from wievraag.store import kop as kopmodule
from wievraag.store.kop import lees_kop
from wievraag.vragen import lees_bank


def _zelfde(sessie: Sessie) -> None:
    data = codeer(sessie)
    kop = lees_kop(data)
    assert kop is not None
    volledig = decodeer(Path("x.toml"), data)
    assert (kop.id, kop.gezin, kop.gewijzigd, kop.personen) == (
        volledig.id,
        volledig.gezin,
        volledig.gewijzigd,
        len(volledig.personen),
    )
    assert kop.evaluatie == (volledig.plan.evaluatie if volledig.plan else None)


def test_demo_en_grote_sessies(monkeypatch: pytest.MonkeyPatch) -> None:
    # What the store writes is read in its own form: no TOML parser, no model (the cost of a
    # cold list of 10,000 files was mostly those two).
    def nooit(*_: object) -> None:
        raise AssertionError("de kop in de vorm van de opslag gaat zonder parser")

    monkeypatch.setattr(kopmodule, "_toml", nooit)
    monkeypatch.setattr(kopmodule, "_gevalideerde_kop", nooit)
    _zelfde(maak_demo(lees_bank(), date(2026, 11, 2)))  # a plan with an evaluation date
    _zelfde(familie())
    _zelfde(volle_sessie(300, 3))
    _zelfde(Sessie(gezin="Gezin Leeg"))


def test_een_notitie_die_op_een_tabel_lijkt_telt_niet_mee() -> None:
    s = Sessie(gezin="Gezin Kop")
    s.personen = [
        Persoon(naam="Ans", notities="regel een\n[[personen]]\n[plan]\nevaluatie = 2020-01-01"),
        Persoon(naam="Bo", notities='een """-citaat" en \\ een schuine streep\n[x]'),
    ]
    s.plan = Plan(doel="samen\n[[personen]]", evaluatie=date(2027, 3, 1))
    _zelfde(s)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessies())
def test_kop_zegt_wat_het_hele_bestand_zegt(sessie: Sessie) -> None:
    data = codeer(sessie)
    kop = lees_kop(data)
    if kop is None:
        return  # the full decode reads it: slower, never different
    volledig = decodeer(Path("x.toml"), data)
    assert kop.id == volledig.id and kop.gezin == volledig.gezin
    assert kop.gewijzigd == volledig.gewijzigd and kop.personen == len(volledig.personen)
    assert kop.evaluatie == (volledig.plan.evaluatie if volledig.plan else None)


_ID = "id = '20260101-0000000c'\n"
_KOP = f"schema = {SCHEMA}\n{_ID}"


# Each with the current schema and an id the app writes, so each steps aside for the reason
# it names (not for an old schema number).
@pytest.mark.parametrize(
    "tekst",
    [
        f"schema = 1\n{_ID}gezin = 'A'\n",  # an older schema: migrated by the full decode
        f"schema = 99\n{_ID}gezin = 'A'\n",
        f"{_KOP}gezin = 'A\n",  # no valid TOML
        f'{_KOP}gezin = "A\n',
        f"{_KOP}gezin = ''\n",  # the model refuses it
        f'{_KOP}gezin = ""\n',
        f'{_KOP}gezin = " "\n',
        f'schema = {SCHEMA}\nid = "x"\ngezin = "A"\n',  # not an id the app writes
        f'schema = {SCHEMA}\ngezin = "A"\n',  # no id: the model would make one up
        f"{_KOP}gezin = 'A'\nkleur = 'rood'\n",  # an unknown key
        f'{_KOP}gezin = "A"\nkleur = "rood"\n',
        f'{_KOP}gezin = "A"\ngezin = "B"\n',  # a key twice
        f"{_KOP}gezin = '''A'''\n",  # a literal string the scan does not know
        f'{_KOP}gezin = "A"\n[[personen]]\nid = "p"\nnaam = """B\n',
        f"{_KOP}gezin = 'A'\npersonen = []\n[[personen]]\nid = 'p'\nnaam = 'B'\n",
        f'{_KOP}gezin = "A"\npersonen = []\n[[personen]]\nid = "p"\nnaam = "B"\n',
        f"{_KOP}gezin = 'A'\n[plan]\nevaluatie = 'morgen'\n",
        f'{_KOP}gezin = "A"\n[plan]\nevaluatie = 2026-01-01T10:00:00\n',
        f"{_KOP}gezin = 'A'\n[plan]\nevaluatie = 2026-01-01\n[plan]\n",
        f"{_KOP}gezin = 'A'\n  [plan]\nevaluatie = 2026-01-01\n",  # an indented header
        f"{_KOP}gezin = 'A'\n[ plan ]\nevaluatie = 2026-01-01\n",
        f"{_KOP}gezin = 'A'\n[[ personen ]]\nid = 'p'\n",
        f"schema = {SCHEMA}\na = " + "[" * 500 + "]" * 500 + "\n",  # too deep for the parser
        # Cut off (half-synced): no newline at the end, or a last table that does not parse.
        f"{_KOP}gezin = 'A'\n[[personen]]\nid = 'p'\nnaam = 'B'",
        f"{_KOP}gezin = 'A'\n[[personen]]\nid = 'p'\nnaam = 'B\n",
        f"{_KOP}gezin = 'A'\n[[personen]]\nid = 'p'\nnaam = 'B'\n[[personen\n",
        f'{_KOP}gezin = "A"\n[[personen]]\nid = "p"\nouders = [\n    "p-1",\n',
    ],
)
def test_wat_niet_in_de_vorm_past_gaat_naar_de_volledige_lezing(tekst: str) -> None:
    assert lees_kop(tekst.encode()) is None


def test_fout_in_de_body_blijkt_bij_openen(
    opslag: Opslag, capsys: pytest.CaptureFixture[str]
) -> None:
    """The list reads the head only; opening validates everything and names the problem."""
    sessie = opslag.nieuw("Gezin Lijf")
    bestand = opslag.open(opslag.pad_voor(sessie))
    bestand.sessie.personen = [Persoon(naam="Bo", toestemming="ja")]
    assert bestand.opslaan()
    bestand.sluit()
    pad = bestand.pad
    tekst = pad.read_text(encoding="utf-8").replace('toestemming = "ja"', 'toestemming = "wel"')
    pad.write_text(tekst, encoding="utf-8")
    [item] = opslag.lijst().items
    assert item.gezin == "Gezin Lijf" and item.personen == 1 and item.fout is None
    with pytest.raises(BestandFout, match="toestemming: ongeldige waarde"):
        opslag.open(pad)
    # `wievraag controleer` decodes every file whole: it finds the fault without opening.
    [item] = opslag.controleer().items
    assert item.fout is not None and "toestemming: ongeldige waarde" in item.fout
    assert cli.main(["controleer"]) == 1
    assert "toestemming: ongeldige waarde" in capsys.readouterr().out


def test_sessie_zonder_mensen() -> None:
    _zelfde(Sessie(gezin="Gezin Leeg"))
    assert lees_kop(codeer(Sessie(gezin="Gezin Leeg"))) is not None


def test_de_kop_zonder_het_model_kent_de_sleutels_en_het_schema_van_het_model() -> None:
    """The list reads a head without importing the model: its copy of the schema number and
    of the session's keys must be the model's."""
    assert kopmodule.SCHEMA == SCHEMA
    assert {v.alias or n for n, v in Sessie.model_fields.items()} == kopmodule.SLEUTELS


def test_kop_in_andere_vorm_wordt_met_het_model_gelezen() -> None:
    """A head written by hand (literal strings, escapes, a time without offset) is parsed and
    validated as before: the same facts."""
    tekst = (
        f'schema = {SCHEMA}\nid = \'20260101-0000000c\'\ngezin = "Gezin \\"Oost\\""\n'
        "gewijzigd = 2026-05-01T10:00:00\n\n[[personen]]\nid = 'p-1'\nnaam = 'Ans'\n"
    )
    kop = lees_kop(tekst.encode())
    assert kop is not None
    volledig = decodeer(Path("x.toml"), tekst.encode())
    assert (kop.gezin, kop.gewijzigd, kop.personen) == ('Gezin "Oost"', volledig.gewijzigd, 1)


def test_fout_in_een_waarde_van_de_kop_die_de_lijst_niet_toont_blijkt_bij_openen() -> None:
    """The list checks only what it shows; a visit that is no date is found when opened."""
    tekst = codeer(Sessie(gezin="Gezin Kop")).decode()
    tekst = tekst.replace("bezoeken = []", 'bezoeken = [\n    "gisteren",\n]')
    kop = lees_kop(tekst.encode())
    assert kop is not None and kop.gezin == "Gezin Kop"
    with pytest.raises(BestandFout, match="bezoeken"):
        decodeer(Path("x.toml"), tekst.encode())


def test_lijst_leest_koud_zonder_het_model() -> None:
    """A head in the store's form is read without importing the model (pydantic)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from wievraag.store import codeer\n"
        "from wievraag.model import Sessie, Persoon\n"
        "data = codeer(Sessie(gezin='Gezin Koud', personen=[Persoon(naam='Ans')]))\n"
        "for naam in [m for m in sys.modules if m.startswith(('wievraag', 'pydantic'))]:\n"
        "    del sys.modules[naam]\n"
        "from wievraag.store.kop import lees_kop\n"
        "kop = lees_kop(data)\n"
        "assert kop is not None and kop.personen == 1, kop\n"
        "print('wievraag.model' in sys.modules, 'pydantic' in sys.modules)\n"
    )
    uit = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert uit.stdout.split() == ["False", "False"]


def test_bestand_met_sync_tabel_zonder_parser(
    opslag: Opslag, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file the app saved ends in its [sync] table: read in the store's form as well."""
    sessie = opslag.nieuw("Gezin Sync")
    bestand = opslag.open(opslag.pad_voor(sessie))
    bestand.sessie.personen = [Persoon(naam="Ans"), Persoon(naam="Bo")]
    assert bestand.opslaan()
    bestand.sluit()
    data = bestand.pad.read_bytes()
    assert b"\n[sync" in data

    def nooit(*_: object) -> None:
        raise AssertionError("de kop in de vorm van de opslag gaat zonder parser")

    monkeypatch.setattr(kopmodule, "_toml", nooit)
    monkeypatch.setattr(kopmodule, "_gevalideerde_kop", nooit)
    kop = lees_kop(data)
    assert kop is not None and (kop.gezin, kop.personen) == ("Gezin Sync", 2)
