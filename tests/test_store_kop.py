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
from wievraag.model import Persoon, Plan, Sessie
from wievraag.store import Opslag, codeer, decodeer
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


def test_demo_en_grote_sessies() -> None:
    _zelfde(maak_demo(lees_bank(), date(2026, 11, 2)))  # a plan with an evaluation date
    _zelfde(familie())
    _zelfde(volle_sessie(300, 3))


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


@pytest.mark.parametrize(
    "tekst",
    [
        "schema = 1\nid = 'x'\ngezin = 'A'\n",  # an older schema: migrated by the full decode
        "schema = 99\nid = 'x'\ngezin = 'A'\n",
        "schema = 2\nid = 'x'\ngezin = 'A\n",  # no valid TOML
        "schema = 2\nid = 'x'\ngezin = ''\n",  # the model refuses it
        "schema = 2\nid = 'x'\ngezin = 'A'\nkleur = 'rood'\n",  # an unknown key
        "schema = 2\nid = 'x'\ngezin = '''A'''\n",  # a literal string the scan does not know
        'schema = 2\nid = "x"\ngezin = "A"\n[[personen]]\nid = "p"\nnaam = """B\n',
        "schema = 2\nid = 'x'\ngezin = 'A'\npersonen = []\n[[personen]]\nid = 'p'\nnaam = 'B'\n",
        "schema = 2\nid = 'x'\ngezin = 'A'\n[plan]\nevaluatie = 'morgen'\n",
        "schema = 2\nid = 'x'\ngezin = 'A'\n[plan]\nevaluatie = 2026-01-01\n[plan]\n",
        "schema = 2\na = " + "[" * 500 + "]" * 500 + "\n",  # too deep for the parser's stack
        # Cut off (half-synced): no newline at the end, or a last table that does not parse.
        "schema = 2\nid = 'x'\ngezin = 'A'\n[[personen]]\nid = 'p'\nnaam = 'B'",
        "schema = 2\nid = 'x'\ngezin = 'A'\n[[personen]]\nid = 'p'\nnaam = 'B\n",
        "schema = 2\nid = 'x'\ngezin = 'A'\n[[personen]]\nid = 'p'\nnaam = 'B'\n[[personen\n",
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
