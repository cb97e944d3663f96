"""The question bank lives at `data/vragen.toml` and is shipped inside the wheel from there.

Builds a real wheel (pip, as a user or CI would), installs it into a folder of its own and loads
the bank from that copy, away from the repository; and checks that this checkout (an editable
install) reads the repository's own file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from wievraag.vragen import REPOSITORY, bank_bron, lees_bank

BANK = REPOSITORY / "data" / "vragen.toml"

LAAD = """
import json, wievraag, wievraag.vragen as v
bank = v.lees_bank()
print(json.dumps({"pakket": wievraag.__file__, "bron": str(v.bank_bron()),
                  "vragen": len(bank.vragen)}))
"""


def test_checkout_leest_de_bank_van_de_repository() -> None:
    import wievraag

    # The suite runs from an editable install: the package is this checkout's src/.
    assert Path(wievraag.__file__).is_relative_to(REPOSITORY / "src")
    assert BANK.is_file()
    assert Path(str(bank_bron())) == BANK
    assert len(lees_bank().vragen) >= 90


@pytest.mark.timeout(600)
def test_wheel_bevat_de_bank_en_laadt_hem_geinstalleerd(tmp_path: Path) -> None:
    wielen = tmp_path / "wielen"
    gebouwd = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPOSITORY), "--no-deps", "-q", "-w", wielen],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert gebouwd.returncode == 0, gebouwd.stderr[-2000:]
    (wiel,) = wielen.glob("wievraag-*.whl")
    with zipfile.ZipFile(wiel) as zip_:
        assert zip_.read("wievraag/data/vragen.toml") == BANK.read_bytes()

    doel = tmp_path / "site"
    geinstalleerd = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", doel, wiel],
        capture_output=True,
        text=True,
    )
    assert geinstalleerd.returncode == 0, geinstalleerd.stderr[-2000:]
    # The installed copy comes first on the path; the editable install's src is further down.
    omgeving = {**os.environ, "PYTHONPATH": str(doel)}
    geladen = subprocess.run(
        [sys.executable, "-c", LAAD], capture_output=True, text=True, cwd=tmp_path, env=omgeving
    )
    assert geladen.returncode == 0, geladen.stderr[-2000:]
    uitkomst = json.loads(geladen.stdout)
    assert Path(uitkomst["pakket"]).is_relative_to(doel)
    assert Path(uitkomst["bron"]) == doel / "wievraag" / "data" / "vragen.toml"
    assert uitkomst["vragen"] == len(lees_bank().vragen)
