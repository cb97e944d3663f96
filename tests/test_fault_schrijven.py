"""Write failures and outside changes while the app is open: a clear message, nothing lost."""

from __future__ import annotations

import errno
import re
import tomllib
from pathlib import Path

import pytest
from textual.widgets import Button

from tests.pilot import open_eerste_vraag, wacht_tot
from wievraag.store import Opslag, vorm
from wievraag.tui import autosave
from wievraag.tui.app import WievraagApp
from wievraag.tui.dialogs import Kies
from wievraag.tui.screens.sessie import SessieScreen


@pytest.mark.parametrize(
    "fout",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        OSError(errno.EROFS, "Read-only file system"),
        PermissionError(errno.EACCES, "Permission denied"),
    ],
)
async def test_schijf_vol_of_alleen_lezen_verliest_niets(
    data: Path, config: Path, monkeypatch: pytest.MonkeyPatch, fout: OSError
) -> None:
    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Vol")
    pad = opslag.pad_voor(sessie)
    monkeypatch.setattr(autosave, "OPNIEUW", 0.2)
    echt = vorm.schrijf
    kapot = True

    def schrijf(doel: Path, inhoud: bytes) -> tuple[int, int]:
        if kapot:
            raise fout
        return echt(doel, inhoud)

    monkeypatch.setattr(vorm, "schrijf", schrijf)
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36)) as pilot:
        await open_eerste_vraag(pilot)
        await pilot.press(*"Tante Wil kan op woensdag.")
        await wacht_tot(pilot, lambda: "NIET opgeslagen" in app.sub_title, wat="de melding")
        assert "Tante Wil" not in pad.read_text()
        assert "NIET opgeslagen" in app.sub_title
        meldingen = [m.message for m in app._notifications]
        assert any("Opslaan lukt niet" in m for m in meldingen)
        assert app.bestand is not None
        assert app.bestand.sessie.antwoorden[0].antwoord == "Tante Wil kan op woensdag."
        kapot = False  # the disk has room again / the folder is writable again
        await wacht_tot(pilot, lambda: "✓ opgeslagen" in app.sub_title, wat="opnieuw opslaan")
        assert "Tante Wil kan op woensdag." in pad.read_text()
        assert "✓ opgeslagen" in app.sub_title
        await pilot.press("ctrl+q")


async def test_bestand_met_de_hand_gewijzigd_terwijl_open(data: Path, config: Path) -> None:
    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Hand")
    pad = opslag.pad_voor(sessie)
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36)) as pilot:
        await open_eerste_vraag(pilot)
        await pilot.press(*"eerst")
        await wacht_tot(pilot, lambda: "eerst" in pad.read_text(), wat="het eerste opslaan")
        hand = pad.read_text().replace('gezin = "Gezin Hand"', 'gezin = "Gezin Hand (nagekeken)"')
        pad.write_text(hand + "\n# met de hand\n")
        await pilot.press(*" en daarna")
        # Wait for the autosave to find the change (a fixed pause raced it on a busy machine).
        await wacht_tot(
            pilot,
            lambda: isinstance(app.screen, Kies) and bool(app.screen.query("#kopie")),
            wat="de vraag, met zijn knoppen",
        )
        assert "# met de hand" in pad.read_text()  # detected, and the file was not clobbered
        app.screen.query_one("#kopie", Button).press()
        # The reloaded file is open now: the header shows its label, not the one before. The
        # label is set before the new session screen is mounted: wait for the screen too (Ctrl+Q
        # sent as soon as the label showed hung the app twice on a loaded machine).
        await wacht_tot(
            pilot,
            lambda: isinstance(app.screen, SessieScreen) and app.is_mounted(app.screen),
            wat="het sessiescherm van het herladen bestand",
        )
        assert app.sub_title.startswith("Gezin Hand (nagekeken) ·"), app.sub_title
        # Until every tab of the reloaded screen has mounted (its panels fill themselves then).
        await wacht_tot(
            pilot,
            lambda: all(getattr(w, "is_mounted", True) for w in app.screen.walk_children()),
            wat="alle tabbladen gemount",
        )
        await pilot.pause()
        await pilot.press("ctrl+q")
    bestanden = {p.name: tomllib.loads(p.read_text()) for p in opslag.bestanden()}
    assert len(bestanden) == 2
    origineel = bestanden[pad.name]
    assert origineel["gezin"] == "Gezin Hand (nagekeken)"
    [kopie] = [b for naam, b in bestanden.items() if naam != pad.name]
    assert kopie["gezin"] == "Gezin Hand (kopie)"
    assert kopie["antwoorden"][0]["antwoord"] == "eerst en daarna"


def test_hand_wijziging_vlak_na_ons_opslaan_wordt_gezien(
    opslag: Opslag, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hand edit that lands right after our rename, before we noted the file's stamp, was
    taken for our own write and overwritten by the next save. Found hunting a flaky test on
    a busy machine: the stamp now comes from the file we wrote, not from a stat afterwards."""
    from wievraag import bestanden
    from wievraag.store import ExternGewijzigd

    sessie = opslag.nieuw("Gezin Hand")
    pad = opslag.pad_voor(sessie)
    bestand = opslag.open(pad)
    echt = bestanden._vervang

    def vervang_en_hand(bron: str, doel: Path) -> None:
        echt(bron, doel)
        doel.write_text(doel.read_text() + "\n# met de hand\n")

    monkeypatch.setattr(bestanden, "_vervang", vervang_en_hand)
    bestand.sessie.persoon_voor("Oma Riet")
    assert bestand.opslaan()
    monkeypatch.setattr(bestanden, "_vervang", echt)
    bestand.sessie.persoon_voor("Oom Bas")
    with pytest.raises(ExternGewijzigd, match=f"^{re.escape(pad.name)}$"):
        bestand.opslaan()
    assert "# met de hand" in pad.read_text()
    bestand.sluit()


def test_kapotte_slot_en_indexbestanden_worden_herbouwd(opslag: Opslag) -> None:
    """A sync tool may copy, empty or mangle the lock and index files: the app carries on."""
    sessie = opslag.nieuw("Gezin Sync")
    pad = opslag.pad_voor(sessie)
    opslag.open(pad).sluit()
    slot = opslag.data / ".locks" / f"{pad.stem}.lock"
    slot.write_bytes(b"\x00\xffrommel van een synchronisatieprogramma")
    (opslag.data / ".index.json").write_bytes(b"\x00\x01")
    (opslag.data / ".index (conflict copy).json").write_text("{}")
    bestand = opslag.open(pad)
    bestand.sluit()
    assert [i.gezin for i in opslag.lijst().items] == ["Gezin Sync"]
    import shutil

    shutil.rmtree(opslag.data / ".locks")
    opslag.open(pad).sluit()  # the lock folder is made again


async def test_crash_bewaart_eerst_en_toont_geen_namen(
    data: Path, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wievraag.tui.app import crashmelding

    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Crash")
    monkeypatch.setattr(autosave, "WACHT", 600)  # only the crash path may save here
    monkeypatch.setattr(autosave, "MAX_WACHT", 600)
    app = WievraagApp(data, config)
    with pytest.raises(RuntimeError, match=r"^geheime naam Oom Bram$"):
        async with app.run_test(size=(100, 36)) as pilot:
            await open_eerste_vraag(pilot)
            await pilot.press(*"Oom Bram")

            def stuk() -> None:
                raise RuntimeError("geheime naam Oom Bram")

            app.call_later(stuk)
            await pilot.pause()
    assert "Oom Bram" in opslag.pad_voor(sessie).read_text()
    try:
        raise RuntimeError("geheime naam Oom Bram")
    except RuntimeError as fout:
        melding = crashmelding(fout)
    assert "RuntimeError" in melding and "Oom Bram" not in melding
