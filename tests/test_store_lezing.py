"""The cold listing in steps (store/lijst.py `Lezing`, issue 18): files not in the index are
read newest first, a step cut short keeps what it read, and the home screen paints before a
big first reading and fills the list in the background."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.pilot import wacht_op_sessielijst, wacht_tot
from wievraag import locations
from wievraag.store import Opslag, lijst
from wievraag.store.overzicht import Overzicht
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens import home


def _sessies(opslag: Opslag, aantal: int) -> list[Path]:
    """`aantal` sessions, the first the oldest on disk (mtime one minute apart)."""
    paden = []
    for n in range(aantal):
        pad = opslag.pad_voor(opslag.nieuw(f"Gezin {n}"))
        os.utime(pad, ns=(1_700_000_000_000_000_000 + n * 60 * 10**9,) * 2)
        paden.append(pad)
    locations.index_file(opslag.data).unlink(missing_ok=True)
    return paden


def test_nieuwste_bestanden_eerst(opslag: Opslag, monkeypatch: pytest.MonkeyPatch) -> None:
    paden = _sessies(opslag, 4)
    gelezen: list[str] = []
    echt = lijst.samenvat

    def samenvat(map_: Path, naam: str, *args: object, **kwargs: bool) -> Overzicht:
        gelezen.append(naam)
        return echt(map_, naam, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(lijst, "samenvat", samenvat)
    lezing = opslag.lezing()
    assert lezing.te_lezen == 4 and not lezing.klaar
    eerst = lezing.lees(0)  # no time: nothing read, nothing written
    assert eerst.items == [] and eerst.nog_te_lezen == 4 and gelezen == []
    klaar = lezing.lees()
    assert gelezen == [p.name for p in reversed(paden)]  # newest first
    assert lezing.klaar and klaar.nog_te_lezen == 0 and len(klaar.items) == 4
    assert locations.index_file(opslag.data).exists()
    # The index now has them all: a new reading reads no file.
    gelezen.clear()
    assert opslag.lezing().te_lezen == 0 and len(opslag.lijst().items) == 4 and gelezen == []


def test_gestopte_lezing_bewaart_wat_ze_las(opslag: Opslag) -> None:
    """A worker stopped half way (the app quits) keeps what it read for the next start."""
    _sessies(opslag, 3)
    lezing = opslag.lezing()
    gevraagd: list[bool] = []

    def stop() -> bool:
        gevraagd.append(True)
        return len(gevraagd) > 1  # after the first file

    lijst_ = lezing.lees(stop=stop, tussendoor=False)
    assert lijst_.nog_te_lezen == 2 and len(lijst_.items) == 1
    assert opslag.lezing().te_lezen == 2  # the one read is in the index


def test_stap_zonder_tussendoor_schrijft_de_index_pas_aan_het_eind(opslag: Opslag) -> None:
    _sessies(opslag, 3)
    index = locations.index_file(opslag.data)
    lezing = opslag.lezing()
    lezing.lees(1e-9, tussendoor=False)  # one file at most, then the time is up
    assert not index.exists() and not lezing.klaar
    lezing.lees(tussendoor=False)
    assert index.exists() and opslag.lezing().te_lezen == 0


async def test_thuisscherm_tekent_eerst_en_vult_de_lijst_daarna(
    data: Path, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sessies(Opslag(data), 3)
    monkeypatch.setattr(home, "VOOR_EERSTE", 1)  # 3 files to read: none before the paint
    eerste: list[int] = []
    echt = home.HomeScreen._toon

    def toon(scherm: home.HomeScreen, *args: object) -> None:
        echt(scherm, *args)  # type: ignore[arg-type]
        eerste.append(scherm.query_one(DataTable).row_count)

    monkeypatch.setattr(home.HomeScreen, "_toon", toon)
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 30)) as pilot:
        await wacht_op_sessielijst(pilot)
        await wacht_tot(pilot, lambda: app.screen.query_one(DataTable).row_count == 3)
        assert eerste[0] == 0  # painted before reading
        assert eerste[-1] == 3
        await pilot.press("ctrl+q")
    assert Opslag(data).lezing().te_lezen == 0  # the index was written
