"""Pilot: a session with a sync copy next to it. The home screen shows the two versions, one
key (Enter) merges them, the conflict screen asks about the consent both laptops changed, the
file then holds one session with the chosen value, and the copy is gone."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import DataTable, Static

from tests.pilot import wacht_op_sessielijst, wacht_tot
from wievraag.store import Opslag
from wievraag.store.codering import lees
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.conflicten import ConflictScherm


def _bewerk(opslag: Opslag, pad: Path, **velden: object) -> None:
    bestand = opslag.open(pad)
    try:
        oma = bestand.sessie.zoek_persoon("Oma Riet")
        assert oma is not None
        for veld, waarde in velden.items():
            setattr(oma, veld, waarde)
        bestand.sessie.raak_aan()
        bestand.opslaan()
    finally:
        bestand.sluit()


def _twee_versies(data: Path) -> tuple[Path, Path]:
    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Libel")
    pad = opslag.pad_voor(sessie)
    bestand = opslag.open(pad)
    try:
        bestand.sessie.noem("Oma Riet (oma), Karim (buurman)")
        bestand.opslaan()
    finally:
        bestand.sluit()
    kopie = pad.with_name(f"{sessie.id} (conflicted copy 2026-11-22 101010).toml")
    shutil.copy2(pad, kopie)
    _bewerk(opslag, pad, toestemming="ja")
    _bewerk(opslag, kopie, toestemming="nee", telefoon="06-12345678")
    return pad, kopie


async def test_twee_versies_samenvoegen_en_kiezen(data: Path, config: Path) -> None:
    pad, kopie = _twee_versies(data)
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 30)) as pilot:
        await wacht_op_sessielijst(pilot)
        tabel = app.screen.query_one(DataTable)
        eerste = str(tabel.get_row_at(0)[0])
        assert "2 versies — samenvoegen" in eerste
        detail = str(app.screen.query_one("#home-detail", Static).render())
        assert "Enter" in detail and "samen" in detail
        assert tabel.row_count == 2  # the original and, under it, the copy
        await pilot.press("enter")  # the cursor is on the original
        await wacht_tot(pilot, lambda: isinstance(app.screen, ConflictScherm), wat="de vraag")
        vraag = str(app.screen.query_one("#conflict-vraag", Static).render())
        assert "toestemming" in vraag and "Oma Riet" in vraag
        assert "ja" in vraag and "nee" in vraag
        # Under F8 the name is a role here too.
        await pilot.press("f8")
        await wacht_tot(
            pilot,
            lambda: "Oma Riet" not in str(app.screen.query_one("#conflict-vraag", Static).render()),
            wat="de naam verborgen",
        )
        await pilot.press("2")  # the other laptop's value: "nee"
        await wacht_tot(pilot, lambda: not isinstance(app.screen, ConflictScherm), wat="klaar")
        assert app.editor is not None
        assert app.editor.bestand.sync.conflicten == []
        assert app.sluit_sessie()
    assert not kopie.exists()
    assert [p.name for p in pad.parent.iterdir() if not p.name.startswith(".")] == [pad.name]
    gelezen = lees(pad, pad.read_bytes())
    oma = gelezen.sessie.zoek_persoon("Oma Riet")
    assert oma is not None and oma.toestemming == "nee" and oma.telefoon == "06-12345678"
    assert gelezen.staat is not None and gelezen.staat.conflicten == []


async def test_andere_versie_binnen_terwijl_open_samenvoegen(data: Path, config: Path) -> None:
    """The other laptop's version arrives while the session is open: "Samenvoegen" keeps
    what was typed here and what came in."""
    from textual.widgets import Button

    from tests.pilot import open_eerste_vraag
    from wievraag.tui.dialogs import Kies
    from wievraag.tui.screens.sessie import SessieScreen

    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Libel")
    pad = opslag.pad_voor(sessie)
    bestand = opslag.open(pad)
    try:
        bestand.sessie.noem("Oma Riet (oma)")
        bestand.opslaan()
    finally:
        bestand.sluit()
    andere = Opslag(data.parent / "laptop-b", apparaat="laptopb00")
    andere.zorg_voor_map()
    shutil.copy2(pad, andere.map / pad.name)
    _bewerk(andere, andere.map / pad.name, telefoon="06-12345678")
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36)) as pilot:
        await open_eerste_vraag(pilot)
        await pilot.press(*"eerst")
        await wacht_tot(pilot, lambda: "eerst" in pad.read_text(), wat="het eerste opslaan")
        shutil.copy2(andere.map / pad.name, pad)  # the sync tool brings the other version
        await pilot.press(*" en daarna")
        await wacht_tot(
            pilot,
            lambda: isinstance(app.screen, Kies) and bool(app.screen.query("#samenvoegen")),
            wat="de vraag, met zijn knoppen",
        )
        app.screen.query_one("#samenvoegen", Button).press()
        await wacht_tot(
            pilot,
            lambda: isinstance(app.screen, SessieScreen) and app.is_mounted(app.screen),
            wat="het sessiescherm na het samenvoegen",
        )
        await wacht_tot(
            pilot,
            lambda: all(getattr(w, "is_mounted", True) for w in app.screen.walk_children()),
            wat="alle tabbladen gemount",
        )
        assert app.sluit_sessie()
    samen = Opslag(data).laad(pad)
    oma = samen.zoek_persoon("Oma Riet")
    assert oma is not None and oma.telefoon == "06-12345678"
    assert any("eerst en daarna" in (a.antwoord or "") for a in samen.antwoorden)


async def test_twee_keer_dezelfde_persoon_samenvoegen(data: Path, config: Path) -> None:
    """Both laptops added the same new person: after merging, the screen offers to make them
    one (the merge of two people), names masked like everywhere."""
    from wievraag.model import Persoon

    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Libel")
    pad = opslag.pad_voor(sessie)
    kopie = pad.with_name(f"{sessie.id}-LAPTOP-B.toml")
    shutil.copy2(pad, kopie)
    for bestand_pad, persoon in (
        (pad, Persoon(naam="Juf Petra", telefoon="06-12345678")),
        (kopie, Persoon(naam="Juf Petra", relatie="juf")),
    ):
        bestand = opslag.open(bestand_pad)
        try:
            bestand.sessie.personen.append(persoon)
            bestand.opslaan()
        finally:
            bestand.sluit()
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 30)) as pilot:
        await wacht_op_sessielijst(pilot)
        await pilot.press("enter")
        await wacht_tot(pilot, lambda: isinstance(app.screen, ConflictScherm), wat="de vraag")
        vraag = str(app.screen.query_one("#conflict-vraag", Static).render())
        assert "twee personen" in vraag and "Juf Petra" in vraag
        await pilot.press("1")
        await wacht_tot(pilot, lambda: not isinstance(app.screen, ConflictScherm), wat="klaar")
        assert app.sluit_sessie()
    assert not kopie.exists()
    petra = [p for p in Opslag(data).laad(pad).personen if p.naam == "Juf Petra"]
    assert [(p.telefoon, p.relatie) for p in petra] == [("06-12345678", "juf")]
