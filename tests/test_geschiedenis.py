"""Undo history: pictures of the session restore exactly, steps join while typing, and a
5 MB session stays cheap."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from tests.conftest import voorbeeld_sessie
from tests.test_fault_invoer import _groot
from tests.test_roundtrip_hypothesis import sessies
from wievraag.model import Sessie
from wievraag.tui.geschiedenis import MAX, Geschiedenis, herstel, maak_beeld


def _zonder_stempel(sessie: Sessie) -> dict[str, object]:
    return sessie.model_dump(exclude={"gewijzigd"})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessies())
def test_beeld_herstelt_precies(sessie: Sessie) -> None:
    assert _zonder_stempel(herstel(maak_beeld(sessie))) == _zonder_stempel(sessie)


def test_ongedaan_en_opnieuw() -> None:
    sessie = voorbeeld_sessie()
    geschiedenis = Geschiedenis(sessie)
    karim = sessie.zoek_persoon("Karim")
    assert karim is not None
    sessie.verwijder_persoon(karim.id)
    geschiedenis.gewijzigd(sessie, None, 0.0)
    terug = geschiedenis.ongedaan()
    assert terug is not None and terug.zoek_persoon("Karim") is not None
    assert terug.antwoorden[0].personen == [*sessie.antwoorden[0].personen, karim.id]
    vooruit = geschiedenis.opnieuw()
    assert vooruit is not None and vooruit.zoek_persoon("Karim") is None
    assert geschiedenis.opnieuw() is None


def test_typen_in_een_veld_is_een_stap_een_ander_veld_niet() -> None:
    sessie = voorbeeld_sessie()
    geschiedenis = Geschiedenis(sessie)
    oma = sessie.personen[0]
    for n, letter in enumerate("abc"):
        oma.notities += letter
        geschiedenis.gewijzigd(sessie, "notities", n * 0.2)
    oma.relatie = "oma"
    geschiedenis.gewijzigd(sessie, "relatie", 0.5)
    oma.notities += "d"
    geschiedenis.gewijzigd(sessie, "notities", 3.0)  # a pause: a new step
    assert geschiedenis.stappen_terug == 3
    stap = geschiedenis.ongedaan()
    assert stap is not None and stap.personen[0].notities.endswith("abc")
    geschiedenis.ongedaan()
    stap = geschiedenis.ongedaan()
    assert stap is not None and not stap.personen[0].notities.endswith("a")


def test_minstens_50_stappen_en_niets_veranderd_is_geen_stap() -> None:
    sessie = voorbeeld_sessie()
    geschiedenis = Geschiedenis(sessie)
    geschiedenis.gewijzigd(sessie, None, 0.0)  # posted, nothing changed
    assert geschiedenis.stappen_terug == 0
    for n in range(MAX + 10):
        sessie.personen[0].leeftijd = n % 100
        sessie.personen[0].notities = str(n)
        geschiedenis.gewijzigd(sessie, None, float(n))
    assert geschiedenis.stappen_terug == MAX >= 50


def test_vijf_mb_blijft_goedkoop() -> None:
    sessie = _groot()
    geschiedenis = Geschiedenis(sessie)
    begin = time.perf_counter()
    for n in range(10):
        sessie.personen[n].notities = "anders"
        geschiedenis.gewijzigd(sessie, None, float(n))
    per_stap = (time.perf_counter() - begin) / 10
    # Unchanged entries are shared between pictures: ten steps hold one copy of the text.
    eerste, laatste = geschiedenis._terug[0], geschiedenis._na
    gedeeld = sum(a is b for a, b in zip(eerste.delen[0][1], laatste.delen[0][1], strict=True))
    assert gedeeld >= len(sessie.personen) - 10
    begin = time.perf_counter()
    terug = geschiedenis.ongedaan()
    herstellen = time.perf_counter() - begin
    assert terug is not None and terug.personen[9].notities != "anders"
    print(f"5 MB: {per_stap * 1000:.1f} ms per stap, {herstellen * 1000:.1f} ms herstellen")
    assert per_stap < 1.0 and herstellen < 5.0  # guards against the pathological only


async def test_nieuw_bezoek_maakt_een_beeld(
    data: Path, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening on a new day notes the visit, saves it, and takes one picture of the session
    (it was three: before, of the step, and anew where undo starts; 40 ms at 2,000 people)."""
    from datetime import date, timedelta

    from tests.pilot import lees_toml, wacht_op_sessielijst, wacht_tot
    from wievraag.store import Opslag, codeer
    from wievraag.tui import geschiedenis
    from wievraag.tui.app import WievraagApp
    from wievraag.tui.editor import Editor
    from wievraag.tui.screens.sessie import SessieScreen

    opslag = Opslag(data)
    sessie = opslag.nieuw("Gezin Bezoek")
    vorige = date.today() - timedelta(days=7)
    sessie.bezoeken = [vorige]
    pad = opslag.pad_voor(sessie)
    pad.write_bytes(codeer(sessie))
    beelden: list[int] = []
    echt = geschiedenis.maak_beeld

    def tel(*args: Any, **kwargs: Any) -> geschiedenis.Beeld:
        beelden.append(1)
        return echt(*args, **kwargs)

    monkeypatch.setattr(geschiedenis, "maak_beeld", tel)
    in_bezoek: list[int] = []
    begin = Editor.begin_bezoek

    def bezoek(editor: Editor) -> None:
        voor = len(beelden)
        begin(editor)
        in_bezoek.append(len(beelden) - voor)

    monkeypatch.setattr(Editor, "begin_bezoek", bezoek)
    app = WievraagApp(data, config)
    async with app.run_test(size=(100, 36)) as pilot:
        await wacht_op_sessielijst(pilot)
        await pilot.press("h")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="de sessie")
        assert app.editor is not None
        assert in_bezoek == [1]
        assert app.editor.geschiedenis.stappen_terug == 0  # the visit is no step to undo
        await wacht_tot(
            pilot,
            lambda: lees_toml(pad)["bezoeken"] == [vorige, date.today()],
            wat="het bezoek opgeslagen",
        )
