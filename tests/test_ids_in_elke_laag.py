"""Every Family Finding tool and every kind of Kaart view is known, by its id, to every layer
that has to know it: the model (its name and record), the question bank (its texts and
explanation), the TUI (a screen that opens it) and the exports. A tool or view added in one
place and forgotten in another fails here, not in front of a family."""

from __future__ import annotations

import typing

from wievraag.demo import maak_demo
from wievraag.export.context import Context
from wievraag.export.document import Kop
from wievraag.export.interviews import family_finding
from wievraag.export.namen import Namen
from wievraag.model.basis import nu
from wievraag.model.cirkel import CirkelSoort
from wievraag.model.familyfinding import KLASSE_VAN, TOOLS, VELD_VAN, FamilyFinding, ToolId
from wievraag.model.interviews import TOOL_NAMEN
from wievraag.tekening.kaarten import CIRKELSOORT, GENOGRAM, SOORTEN, kaarten, teken
from wievraag.tui.screens.interview import SCHERMEN
from wievraag.vragen import lees_bank

# Tools with a screen of their own rather than a page of the interview form.
EIGEN_SCHERM = {"veiligheid", "olievlek"}


def test_elke_tool_in_elke_laag() -> None:
    bank = lees_bank()
    assert set(TOOLS) == set(typing.get_args(ToolId))
    for tool in TOOLS:
        assert tool in TOOL_NAMEN, f"{tool}: geen naam (model/interviews.py)"
        assert bank.interview(tool) is not None, f"{tool}: geen tekst in de vragenbank"
        assert tool in SCHERMEN or tool in EIGEN_SCHERM, f"{tool}: geen scherm"
        if tool != "veiligheid":  # the safety circles are circles, not a record
            assert tool in VELD_VAN and tool in KLASSE_VAN, f"{tool}: geen plek in het model"
    assert set(SCHERMEN) | EIGEN_SCHERM == set(TOOLS)


def test_elke_tool_is_een_spec() -> None:
    """Each interview class carries its own name, field and prompt count, and the session
    and the export read it through that one class (no list per layer to keep in step)."""
    bank = lees_bank()
    for tool, klasse in KLASSE_VAN.items():
        assert klasse.VELD in FamilyFinding.model_fields, tool
        tekst = bank.interview(tool)
        assert tekst is not None and len(tekst.vragen) == klasse.VRAGEN, tool
    sessie = maak_demo(bank)
    ff = sessie.family_finding
    assert ff is not None
    sectie = family_finding(Context(sessie, Namen(sessie), nu()))
    assert sectie is not None
    koppen = {b.tekst for b in sectie.blokken if isinstance(b, Kop)}
    for interview in ff.interviews():
        if not interview.leeg():
            assert interview.NAAM in koppen, interview.id


def test_elke_kaart_in_elke_laag() -> None:
    bank = lees_bank()
    sessie = maak_demo(bank)
    soorten = {k.soort for k in kaarten(sessie)} | {GENOGRAM}
    # The demo family has every kind of view, so each row of the table is exercised.
    assert soorten == set(SOORTEN), set(SOORTEN) ^ soorten
    uitleg = {w.id for w in bank.weergaven}
    assert set(SOORTEN) <= uitleg, set(SOORTEN) - uitleg
    for soort in CIRKELSOORT:  # every circle kind of the model has a view kind
        assert soort in typing.get_args(CirkelSoort)
    assert set(CIRKELSOORT) == set(typing.get_args(CirkelSoort))
    for kaart in kaarten(sessie):
        assert teken(sessie, kaart.sleutel, lambda p: p.naam, 100, 40) is not None, kaart.sleutel
