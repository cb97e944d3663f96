"""The Kaart tab and the privacy mask, driven with Pilot as a person would."""

from __future__ import annotations

import stat
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from textual.widgets import DataTable, Input, Static

from wievraag import locations
from wievraag.model import Cirkel, Persoon, Sessie
from wievraag.store import Opslag
from wievraag.tui.app import WievraagApp
from wievraag.tui.masker import kort_rol
from wievraag.tui.screens.persoon import PersoonScreen

KLEIN = (80, 24)


def kaartsessie(data: Path, aantal: int = 20) -> Path:
    """A family with `aantal` people in one sociogram, sectors, contact and one via."""
    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Specht")
    bestand = opslag.open(opslag.pad_voor(sessie))
    s: Sessie = bestand.sessie
    namen = [
        "Oma Riet", "Karim", "Juf Mirjam", "Tante Ans", "Opa Henk", "Lieke", "Truus", "Ahmed",
        "Sanne", "Kerem", "Aylin", "Jesse", "Thijs", "Esra", "Hanneke", "Bram", "Roos", "Daan",
        "Finn", "Noor", "Wim", "Sem", "Lotte", "Joep",
    ]  # fmt: skip
    sectoren = ["familie", "buren", "school", "familie", "familie", "vrienden", "buren"]
    contacten = ["in-contact", "weinig", "verbroken", "buitenland", None]
    cirkel = Cirkel(
        soort="sociogram",
        titel="Wie is belangrijk?",
        ringen=["heel belangrijk", "belangrijk", "minder belangrijk"],
    )
    for i in range(aantal):
        p = Persoon(
            naam=namen[i % len(namen)] + (f" {i}" if i >= len(namen) else ""),
            sector=sectoren[i % len(sectoren)],
            contact=contacten[i % len(contacten)],
        )
        s.personen.append(p)
        cirkel.plaats(p.id, (1, 2, 2, 3, 3, 3)[i % 6])
    s.personen[1].via = s.personen[0].id  # Karim, known through Oma Riet
    s.cirkels.append(cirkel)
    bestand.opslaan()
    bestand.sluit()
    return opslag.pad_voor(sessie)


def _tekening(app: WievraagApp) -> str:
    return str(app.screen.query_one("#kaart-tekening", Static).render())


def _register(app: WievraagApp) -> str:
    tabel = app.screen.query_one("#personentabel", DataTable)
    return "\n".join(
        " | ".join(str(c) for c in tabel.get_row_at(n)) for n in range(tabel.row_count)
    )


def _rol(app: WievraagApp, naam: str = "Oma Riet") -> str:
    """What the mask shows for this person: their role, as a pseudonymised export does."""
    from wievraag.export.namen import Namen

    s = app.editor_open.sessie
    persoon = s.zoek_persoon(naam)
    assert persoon is not None
    rol = Namen(s, pseudoniem=True).naam(persoon.id)
    assert rol is not None and naam not in rol
    return rol


async def test_masker_verbergt_namen_overal_en_f8_toont_ze_weer(data: Path, config: Path) -> None:
    kaartsessie(data)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        assert "Oma Riet" in _register(app)
        assert "Gezin Specht" in app.sub_title

        await pilot.press("f8")
        await pilot.pause()
        register = _register(app)
        assert "Oma Riet" not in register and kort_rol(_rol(app)) in register
        assert "Gezin Specht" not in app.sub_title
        assert "namen verborgen" in app.sub_title  # the state is in the header

        await pilot.press("k")
        await pilot.pause()
        tekening = _tekening(app)
        assert kort_rol(_rol(app)) in tekening and "Oma Riet" not in tekening

        # The mask works while typing in a field: the name field shows dots.
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PersoonScreen)
        veld = app.screen.query_one("#naam", Input)
        assert veld.has_focus and veld.password
        await pilot.press("f8")
        await pilot.pause()
        assert not app.namen_verborgen and not veld.password
        await pilot.press("escape")
        await pilot.pause()
        assert "Oma Riet" in _register(app)
        assert "Gezin Specht" in app.sub_title


async def test_kaart_wisselt_weergave_en_bewaart_svg_met_masker(data: Path, config: Path) -> None:
    pad = kaartsessie(data, aantal=8)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("k")
        await pilot.pause()
        kop = str(app.screen.query_one("#kaart-kop", Static).render())
        assert "1/4 ▶ Wie is belangrijk? (sociogram)\n" in kop  # a circle: its own question
        assert "Per ring: heel belangrijk 2 · belangrijk 3 · minder belangrijk 3" in kop
        assert "gezin" in _tekening(app) and "Oma Riet" in _tekening(app)

        await pilot.press("right")
        await pilot.pause()
        # A fixed view is named once: "Ecogram", not "Ecogram (ecogram)".
        assert "2/4 ▶ Ecogram\n" in str(app.screen.query_one("#kaart-kop", Static).render())
        assert "familie (4)" in _tekening(app) and "╳ Juf Mirjam" in _tekening(app)
        await pilot.press("right")
        await pilot.pause()
        assert "└ Karim" in _tekening(app)  # olievlek: Karim known through Oma Riet
        await pilot.press("left", "left")
        await pilot.pause()
        await pilot.click("#kaart-kop", offset=(6, 0))  # ▶ in the heading, with the mouse
        await pilot.pause()
        assert "2/4" in str(app.screen.query_one("#kaart-kop", Static).render())
        await pilot.click("#kaart-kop", offset=(0, 0))  # ◀
        await pilot.pause()

        assert app.bestand is not None
        app.bestand.sessie.cirkels[0].titel = "Wie is belangrijk voor Oma Riet?"  # free text
        await pilot.press("f8", "w")
        await pilot.pause()
        sessie_id = pad.stem
        svg = locations.exports_dir(data) / f"{sessie_id}-kaart-cirkel-1.svg"
        assert svg.exists()
        if sys.platform != "win32":
            assert stat.S_IMODE(svg.stat().st_mode) == 0o600
        tekst = svg.read_text(encoding="utf-8")
        ET.fromstring(tekst)
        assert (
            kort_rol(_rol(app)) in tekst and "Oma Riet" not in tekst
        )  # the mask holds in the file
        assert f"Wie is belangrijk voor {_rol(app)}? (sociogram)" in tekst  # its heading, masked
        assert "Per ring:" in tekst


async def test_kaart_volgt_het_model_ook_na_ongedaan_maken(data: Path, config: Path) -> None:
    kaartsessie(data, aantal=6)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("k")
        await pilot.pause()
        assert "Juf Mirjam" in _tekening(app)
        await pilot.press("p", "delete")  # the register is sorted by name: Juf Mirjam first
        await pilot.pause()
        await pilot.click("#ja")
        await pilot.pause()
        await pilot.press("k")
        await pilot.pause()
        assert "Juf Mirjam" not in _tekening(app) and "Oma Riet" in _tekening(app)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert "Juf Mirjam" in _tekening(app)


async def test_genogram_is_de_laatste_kaart_met_masker_en_svg(data: Path, config: Path) -> None:
    pad = kaartsessie(data, aantal=8)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert app.bestand is not None
        app.bestand.sessie.personen[0].generatie = "grootouders"  # Oma Riet
        await pilot.press("k", "left")  # from the first view back to the last: the genogram
        await pilot.pause()
        kop = str(app.screen.query_one("#kaart-kop", Static).render())
        assert "4/4 ▶ Genogram\n" in kop and "in 1 generatie\n" in kop  # one, not "1 generaties"
        plaat = app.screen.query_one("#genogram-plaat", Static)
        assert "Oma Riet" in str(plaat.render())
        assert not app.screen.query_one("#kaart-tekening", Static).display

        await pilot.press("f8")
        await pilot.pause()
        getekend = str(plaat.render())
        assert "Oma Riet" not in getekend and kort_rol(_rol(app)) in getekend
        await pilot.press("w")
        await pilot.pause()
        svg = locations.exports_dir(data) / f"{pad.stem}-kaart-genogram.svg"
        tekst = svg.read_text(encoding="utf-8")
        ET.fromstring(tekst)
        assert kort_rol(_rol(app)) in tekst and "Oma Riet" not in tekst


async def test_nieuw_sociogram_met_vraag_uit_003_en_eigen_vraag(data: Path, config: Path) -> None:
    from wievraag.tui.screens.cirkel import CirkelScreen

    pad = kaartsessie(data, aantal=3)
    app = WievraagApp(data, config)
    async with app.run_test(size=KLEIN) as pilot:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("k", "n")
        await pilot.pause()
        await pilot.press("down", "enter")  # the second question of blog 003: who may help
        await pilot.pause()
        assert isinstance(app.screen, CirkelScreen)
        await pilot.press("1")  # the highlighted person in the innermost ring
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        kop = str(app.screen.query_one("#kaart-kop", Static).render())
        assert "2/5" in kop and "Wie mag er helpen?" in kop and "zeker 1" in kop

        await pilot.press("n")
        await pilot.pause()
        await pilot.press("end", "enter")  # an own question
        await pilot.pause()
        await pilot.press(*"Wie haalt de kinderen op?", "enter")
        await pilot.pause()
        await pilot.press("enter")  # the suggested rings: altijd, meestal, soms
        await pilot.pause()
        assert isinstance(app.screen, CirkelScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")
    tekst = pad.read_text(encoding="utf-8")
    doc = tomllib.loads(tekst)
    helpen, eigen = doc["cirkels"][1], doc["cirkels"][2]
    assert helpen["sjabloon"] == "socio-helpen" and len(helpen["plaatsingen"]) == 1
    assert helpen["plaatsingen"][0]["ring"] == 1
    assert eigen["titel"] == "Wie haalt de kinderen op?" and eigen["sjabloon"] == ""
    assert eigen["ringen"] == ["altijd", "meestal", "soms"]
