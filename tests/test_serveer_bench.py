"""A few seconds of the workshop load benchmark (benchmarks/serveer.py), so it keeps working:
one attendee joins a real server, types, and the figures come out with no failure."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest


def test_lastmeting_met_een_deelnemer(monkeypatch: pytest.MonkeyPatch) -> None:
    pad = Path(__file__).parents[1] / "benchmarks" / "serveer.py"
    spec = importlib.util.spec_from_file_location("wievraag_bench_serveer", pad)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, bench)  # its dataclasses look themselves up
    spec.loader.exec_module(bench)
    (uitslag,) = bench.main(["--aantallen", "1", "--instroom", "0", "--typen", "4"])
    assert uitslag.mislukt == 0, uitslag.regel
    assert uitslag.toetsen >= 1, uitslag.regel
    assert "verbinden mediaan" in uitslag.regel and "0 mappen over" in uitslag.regel
    assert "CPU apps per toets" in uitslag.regel
