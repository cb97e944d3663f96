"""The typing benchmark doubles as a check that saving stays off the key path: it counts the
saves made while typing and on which thread. A short run here keeps that count honest (a
broken write hook once made it report 0 saves)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest


# In the soak run (it takes ~8 s): it once counted no save while typing in the full parallel
# suite. The cause was the autosave timer being restarted by every key past the one-second cap
# (fixed in tui/autosave.py, unit test in tests/test_autosave.py); `make soak` keeps this check.
@pytest.mark.soak
def test_typen_bewaart_buiten_de_ui_draad(monkeypatch: pytest.MonkeyPatch) -> None:
    pad = Path(__file__).parents[1] / "benchmarks" / "run.py"
    spec = importlib.util.spec_from_file_location("wievraag_bench", pad)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    monkeypatch.setenv("WIEVRAAG_DATA", "")  # the benchmark sets its own; restored after
    monkeypatch.setenv("WIEVRAAG_CONFIG", "")
    bench.bench_typing(40)
    regel = next(r for r in bench.REGELS if r.startswith("typing_cpu"))
    gevonden = re.search(r"(\d+) saves while typing, (\d+) of them on the UI thread", regel)
    assert gevonden is not None, regel
    saves, op_ui = map(int, gevonden.groups())
    assert saves >= 1 and op_ui == 0, regel
