"""The one way a name or a free text reaches the screen: the privacy mask (F8) and markup
safety live here, so a new screen cannot forget either.

Under the mask every person is shown by a role instead of a name: "oma (moederskant)",
"buurvrouw", "zoon 2" — the same pseudonyms as a pseudonymised export (export/namen.py), so
they are distinct within a session and keep what is known of the relation. Free text (an
answer, a note, the plan, the logbook) has every name of the register replaced by that role,
and the family's label by "Gezin X". F8 again shows the names.

`toon_naam`, `toon_label` and `verberg_tekst` return plain text; `veilig` makes any text safe
to put into markup (a label "[/bold]" or "[@click=…]" is shown as typed, never interpreted).
The state lives on the app (`WievraagApp.namen_verborgen`); screens refresh when it changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.markup import escape

from wievraag.tui.context import wv

if TYPE_CHECKING:
    # The home screen imports this module: the model (pydantic) loads only when a session
    # is shown, which keeps start-up fast (tests/test_import_hygiene.py).
    from collections.abc import Callable

    from textual.dom import DOMNode

    from wievraag.export.namen import Namen
    from wievraag.model import Persoon

VERBORGEN = "●●●"
MERK = "● namen verborgen (F8)"


def namen_verborgen(node: DOMNode) -> bool:
    return bool(getattr(wv(node), "namen_verborgen", False))


def _namen(node: DOMNode) -> Namen | None:
    """The session's pseudonyms under the mask (None when names are shown), built once per
    state of the session (the editor's picture changes with every change)."""
    app = wv(node)
    if not namen_verborgen(node) or app.editor is None:
        return None
    sleutel = id(app.editor.geschiedenis.huidig), id(app.editor.sessie)
    bewaard = _CACHE.get("namen")
    if bewaard is not None and bewaard[0] == sleutel:
        return bewaard[1]
    from wievraag.export.namen import Namen

    namen = Namen(app.editor.sessie, pseudoniem=True)
    _CACHE["namen"] = (sleutel, namen)
    return namen


_CACHE: dict[str, tuple[tuple[int, int], Namen]] = {}


def toon_naam(node: DOMNode, persoon: Persoon) -> str:
    """The name, or under the mask the person's role."""
    namen = _namen(node)
    if namen is None:
        return persoon.naam
    return namen.naam(persoon.id) or VERBORGEN


def toon_label(node: DOMNode, persoon: Persoon) -> str:
    """ "Ans (tante)"; under the mask the role alone ("tante"), distinct in the session."""
    namen = _namen(node)
    if namen is None:
        return persoon.label
    return namen.label(persoon.id) or VERBORGEN


def naam_functie(node: DOMNode) -> Callable[[Persoon], str]:
    """The name for drawings (`naam(persoon) -> str`): a ring or a genogram box has room for
    a first name, so under the mask the role is shortened ("oma (m.)", "fami. 3"), still
    one per person."""

    def naam(persoon: Persoon) -> str:
        tekst = toon_naam(node, persoon)
        return kort_rol(tekst) if namen_verborgen(node) else tekst

    return naam


def kort_rol(rol: str) -> str:
    """ "oma (moederskant)" → "oma (m.)", "familielid 12" → "fami. 12", "iemand van school 2"
    → "iema. scho. 2": little words dropped, long words cut, numbers kept, so roles stay
    distinct where a drawing has little room."""
    uit = []
    for woord in rol.split():
        if woord in _KLEINE_WOORDEN:
            continue
        if woord.startswith("(") and len(woord) > 4:
            uit.append(f"({woord[1]}.)")
        elif len(woord) > 6 and woord.isalpha():
            uit.append(f"{woord[:4]}.")
        else:
            uit.append(woord)
    kort = " ".join(uit)
    if len(kort) > 11:  # still too wide for a ring: every word to three letters
        kort = " ".join(w[:3] + "." if w.isalpha() and len(w) > 4 else w for w in uit)
    return kort or rol


_KLEINE_WOORDEN = {"van", "de", "het", "een"}


def verberg_tekst(node: DOMNode, tekst: str) -> str:
    """Free text (a relation, an answer, a note) with the register's names as roles."""
    namen = _namen(node)
    if namen is None or not tekst:
        return tekst
    return namen.tekst(tekst)


def gezin(node: DOMNode) -> str:
    """The family's label, or under the mask the neutral "Gezin X"."""
    app = wv(node)
    if app.editor is None:
        return ""
    return MERK if namen_verborgen(node) else app.editor.sessie.gezin


class Weergave:
    """What one screen shows of the open session's people and free text, with the mask as it
    is now: pass it to display functions instead of the session, so they cannot forget it."""

    def __init__(self, node: DOMNode) -> None:
        self._node = node
        editor = wv(node).editor
        if editor is None:
            raise RuntimeError("geen sessie geopend")
        self.sessie = editor.sessie

    def naam(self, persoon_id: str | None) -> str:
        persoon = self.sessie.persoon(persoon_id) if persoon_id else None
        return toon_naam(self._node, persoon) if persoon is not None else ""

    def label(self, persoon_id: str | None) -> str:
        persoon = self.sessie.persoon(persoon_id) if persoon_id else None
        return toon_label(self._node, persoon) if persoon is not None else ""

    def namen(self, persoon_ids: list[str]) -> str:
        """ "Oma Ria, Lieke": the people named, in order; those no longer there left out."""
        return ", ".join(n for pid in persoon_ids if (n := self.naam(pid)))

    def tekst(self, tekst: str) -> str:
        return verberg_tekst(self._node, tekst)


def weergave(node: DOMNode) -> Weergave:
    return Weergave(node)


def veilig(tekst: str) -> str:
    """Text a user typed, safe inside Rich/Textual markup: shown as typed, never markup."""
    return escape(tekst)


def initialen(naam: str) -> str:
    """ "Oma Ria" → "O.R." (the home screen's labels under the mask, outside a session)."""
    letters = [w[0].upper() for w in naam.split() if w[:1].isalnum()]
    return "".join(f"{letter}." for letter in letters[:3]) or VERBORGEN
