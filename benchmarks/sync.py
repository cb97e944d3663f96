"""Benchmarks of issue 22 (stamps and merge), ratios against a baseline in the same run.

    .venv/bin/python benchmarks/sync.py [--snel]

- `opslaan_met_stempels`: one change saved by the open session (stamping it, writing the
  `[sync]` table of a session with 500 people and 500 earlier edits) against the save as it
  was before stamps (same serialiser cache, same checks, same atomic write). Target <= 1.3x.
- `samenvoegen_500`: two versions of a 500-person session with 500 edits each, merged field
  by field (the pure merge, and the whole file-level merge with reading, validating, writing,
  reading back and deleting the copy). Target <= 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER.parent / "src"))
sys.path.insert(0, str(HIER))


def _spreiding(tijden: list[float]) -> str:
    return (
        f"min {min(tijden) * 1000:.1f} / median {statistics.median(tijden) * 1000:.1f} / "
        f"max {max(tijden) * 1000:.1f} ms"
    )


def _bewerk(bestand: object, kans: random.Random, n: int) -> None:
    from wievraag.store import SessieBestand

    assert isinstance(bestand, SessieBestand)
    persoon = kans.choice(bestand.sessie.personen)
    veld = kans.choice(["telefoon", "notities", "relatie"])
    waarde = f"06-{n:08d}" if veld == "telefoon" else f"{veld} {n}"
    setattr(persoon, veld, waarde)


def bench_opslaan(runs: int) -> None:
    from fixtures import grote_sessie

    from wievraag.store import Opslag, codeer, vorm
    from wievraag.tomlschrijver import TomlSchrijver

    with tempfile.TemporaryDirectory() as tmp:
        opslag = Opslag(Path(tmp) / "data", apparaat="bench0000", laatst=Path(tmp) / "st")
        sessie = grote_sessie(500, 300)
        pad = opslag.voeg_toe(sessie)
        bestand = opslag.open(pad)
        kans = random.Random(3)
        for n in range(500):  # a session that has been worked on: 500 stamps in [sync]
            _bewerk(bestand, kans, n)
            bestand.momentopname()
        assert bestand.opslaan()
        # Before stamps: the same session, its own serialiser cache, the same checks.
        oud_pad = Path(tmp) / "data" / "sessies" / "oud.toml"
        schrijver = TomlSchrijver()
        laatst = codeer(bestand.sessie, schrijver)
        gezien = vorm.schrijf(oud_pad, laatst)
        op_schijf = laatst

        def ons(n: int) -> float:
            bestand.sessie.personen[n % 500].telefoon = f"06-{n + 1000:08d}"
            begin = time.perf_counter()
            assert bestand.opslaan()
            return time.perf_counter() - begin

        def vandaag(n: int) -> float:
            nonlocal laatst, gezien, op_schijf
            bestand.sessie.personen[n % 500].telefoon = f"06-{n + 5000:08d}"
            begin = time.perf_counter()
            data = codeer(bestand.sessie, schrijver)
            assert data != laatst
            assert vorm.stempel(oud_pad) == gezien and vorm.lees_ruw(oud_pad) == op_schijf
            gezien = vorm.schrijf(oud_pad, data)
            laatst = op_schijf = data
            return time.perf_counter() - begin

        a: list[float] = []
        b: list[float] = []
        for n in range(runs):  # alternating, so load changes hit both alike
            a.append(ons(n))
            b.append(vandaag(n))
        grootte = pad.stat().st_size // 1024
        oud = oud_pad.stat().st_size // 1024
        bestand.sluit()
    ratio = statistics.median(a) / statistics.median(b)
    print(
        f"opslaan_met_stempels: {statistics.median(a) * 1000:.1f} ms (ratio {ratio:.2f}, "
        f"target <= 1.3)  [{grootte} KB with [sync] vs {oud} KB; ours {_spreiding(a)}; "
        f"before stamps {_spreiding(b)}]"
    )


def _twee_versies(tmp: Path, edits: int) -> tuple[object, Path]:
    from fixtures import grote_sessie

    from wievraag.store import Opslag

    a = Opslag(tmp / "a", apparaat="laptopa00", laatst=tmp / "sta")
    b = Opslag(tmp / "b", apparaat="laptopb00", laatst=tmp / "stb")
    sessie = grote_sessie(500, 300)
    pad = a.voeg_toe(sessie)
    b.zorg_voor_map()
    shutil.copy2(pad, b.map / pad.name)
    for opslag, seed in ((a, 1), (b, 2)):
        bestand = opslag.open(opslag.map / pad.name)
        kans = random.Random(seed)
        for n in range(edits):
            _bewerk(bestand, kans, n)
            bestand.momentopname()  # each edit its own save, as the app does
        assert bestand.opslaan()
        bestand.sluit()
    kopie = a.map / f"{sessie.id}-LAPTOP-B.toml"
    shutil.copy2(b.map / pad.name, kopie)
    return a, pad


def bench_samenvoegen(runs: int) -> None:
    from wievraag.store import Opslag
    from wievraag.store.codering import document, lees
    from wievraag.store.samenvoegen import voeg_samen
    from wievraag.store.versies import voeg_kopieen_samen

    puur: list[float] = []
    heel: list[float] = []
    conflicten = 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            opslag, pad = _twee_versies(Path(tmp), 500)
            assert isinstance(opslag, Opslag)
            kopie = next(p for p in opslag.map.iterdir() if "LAPTOP" in p.name)
            x, y = lees(pad, pad.read_bytes()), lees(kopie, kopie.read_bytes())
            assert x.staat is not None and y.staat is not None
            dx, dy = document(x.sessie), document(y.sessie)
            begin = time.perf_counter()
            uit = voeg_samen(dx, x.staat, dy, y.staat)
            puur.append(time.perf_counter() - begin)
            begin = time.perf_counter()
            samen = voeg_kopieen_samen(opslag, pad)
            heel.append(time.perf_counter() - begin)
            assert samen.samengevoegd == [kopie] and not kopie.exists()
            conflicten = len(uit.nieuw)
    print(
        f"samenvoegen_500: {statistics.median(heel) * 1000:.0f} ms whole file-level merge "
        f"(target <= 500 ms)  [pure merge {_spreiding(puur)}; file level {_spreiding(heel)}; "
        f"500 people, 500 edits each side, {conflicten} true conflicts asked]"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--snel", action="store_true")
    args = parser.parse_args()
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    bench_opslaan(10 if args.snel else 30)
    bench_samenvoegen(2 if args.snel else 5)


if __name__ == "__main__":
    main()
