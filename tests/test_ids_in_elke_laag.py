"""Every Family Finding tool and every kind of Kaart view is known, by its id, to every layer
that has to know it: the model (its name and record), the question bank (its texts and
explanation), the TUI (a screen that opens it) and the exports. A tool or view added in one
place and forgotten in another fails here, not in front of a family."""

from __future__ import annotations

import typing

from wievraag.demo import maak_demo
from wievraag.model.familyfinding import KLASSE_VAN, TOOLS, VELD_VAN, ToolId
from wievraag.model.interviews import TOOL_NAMEN
from wievraag.model.vragen import WEERGAVEN
from wievraag.tekening.kaarten import kaarten, teken
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


def test_elke_kaart_in_elke_laag() -> None:
    bank = lees_bank()
    sessie = maak_demo(bank)
    soorten = {k.soort for k in kaarten(sessie)} | {"genogram"}
    assert soorten <= set(WEERGAVEN), soorten - set(WEERGAVEN)
    uitleg = {w.id for w in bank.weergaven}
    assert set(WEERGAVEN) <= uitleg, set(WEERGAVEN) - uitleg
    for kaart in kaarten(sessie):
        assert teken(sessie, kaart.sleutel, lambda p: p.naam, 100, 40) is not None, kaart.sleutel
