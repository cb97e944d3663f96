"""Bad input: mutated session files, a 5 MB session, a question bank with a duplicate id.

Whatever bytes are in a file, loading either gives a session or the one clear error path
(BestandFout, in Dutch, naming the file) — never another exception, never a crash.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import voorbeeld_sessie
from wievraag.fouten import BestandFout
from wievraag.model import Antwoord, Persoon, Sessie
from wievraag.store import Opslag, codeer, decodeer

GOED = codeer(voorbeeld_sessie())


@st.composite
def mutaties(draw: st.DrawFn) -> bytes:
    data = bytearray(GOED)
    for _ in range(draw(st.integers(1, 6))):
        soort = draw(st.sampled_from(["flip", "weg", "erbij", "regel"]))
        plek = draw(st.integers(0, len(data) - 1))
        if soort == "flip":
            data[plek] = draw(st.integers(0, 255))
        elif soort == "weg":
            del data[plek : plek + draw(st.integers(1, 40))]
        elif soort == "erbij":
            data[plek:plek] = draw(st.binary(min_size=1, max_size=20))
        else:  # a plausible hand edit: a TOML fragment in the wrong place
            stuk = draw(
                st.sampled_from(
                    [
                        b"[[personen]]\n",
                        b"naam = 3\n",
                        b'schema = "1"\n',
                        b"toestemming = 'ja'\n",
                        b"]]",
                        b'"""',
                        b"personen = []\n",
                    ]
                )
            )
            data[plek:plek] = stuk
        if not data:
            break
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutaties())
def test_gemuteerde_bestanden_alleen_het_nette_foutpad(data: bytes) -> None:
    pad = Path("20260101-fuzz.toml")
    try:
        sessie = decodeer(pad, data)
    except BestandFout as fout:
        assert fout.melding.startswith(pad.name)
        assert fout.regel is None or fout.regel >= 1
    else:
        assert isinstance(sessie, Sessie)
        assert decodeer(pad, codeer(sessie)) == sessie  # what loads, saves and loads again


def _groot() -> Sessie:
    sessie = Sessie(gezin="Gezin Groot")
    for n in range(4000):
        sessie.personen.append(
            Persoon(naam=f"Persoon {n}", relatie="kennis", notities="Lange notitie. " * 55)
        )
    ids = [p.id for p in sessie.personen]
    for n in range(2000):
        sessie.antwoorden.append(
            Antwoord(
                vraag=f"b2-{n % 49 + 1:02d}",
                antwoord="Een lang antwoord. " * 30,
                personen=ids[n : n + 3],
            )
        )
    return sessie


def test_sessie_van_5_mb(opslag: Opslag) -> None:
    sessie = _groot()
    data = codeer(sessie)
    assert len(data) > 5_000_000
    opslag.zorg_voor_map()
    pad = opslag.pad_voor(sessie)
    pad.write_bytes(data)
    begin = time.perf_counter()
    [item] = opslag.lijst().items
    assert item.personen == 4000 and item.fout is None
    bestand = opslag.open(pad)
    bestand.sessie.personen[0].notities = "gewijzigd"
    assert bestand.opslaan()
    bestand.sluit()
    assert opslag.laad(pad).personen[0].notities == "gewijzigd"
    # Not a timing assertion (machines differ); only a guard against something pathological.
    assert time.perf_counter() - begin < 60


@pytest.mark.skipif(sys.platform == "win32", reason="permission bits")
def test_onleesbaar_bestand_door_rechten(opslag: Opslag, monkeypatch: pytest.MonkeyPatch) -> None:
    sessie = opslag.nieuw("Gezin Dicht")
    pad = opslag.pad_voor(sessie)
    from wievraag.store import vorm

    def weigert(p: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(p))

    monkeypatch.setattr(vorm, "lees", weigert)
    (opslag.data / ".index.json").unlink(missing_ok=True)
    [item] = opslag.lijst().items
    assert item.fout is not None and pad.name in item.fout and "niet te lezen" in item.fout


@pytest.mark.soak
@settings(max_examples=20_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutaties())
def test_gemuteerde_bestanden_lang(data: bytes) -> None:
    test_gemuteerde_bestanden_alleen_het_nette_foutpad.hypothesis.inner_test(data)  # type: ignore[attr-defined]
