"""Typed access to the app and the open session from any widget or screen."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.dom import DOMNode

if TYPE_CHECKING:
    from wievraag.model import Sessie
    from wievraag.tui.app import WievraagApp


def wv(node: DOMNode) -> WievraagApp:
    return cast("WievraagApp", node.app)


def sessie(node: DOMNode) -> Sessie:
    """The open session. Screens that use it are only shown while a session is open."""
    bestand = wv(node).bestand
    if bestand is None:
        raise RuntimeError("geen sessie geopend")
    return bestand.sessie
