"""Which keys do what, and how a key is written on screen.

F-keys need Fn on most laptops and some terminals take F1 for themselves: every action on an
F-key also has a Ctrl key. The Ctrl key comes first in each list, so the footer shows the key
that works on every keyboard; the F-key keeps working for who is used to it. One Ctrl key has
one meaning on every screen. None of these Ctrl keys is one a text field needs for typing
(Ctrl+A, Ctrl+E and Ctrl+U move or delete in a field; Home, End and Backspace do that too),
so they work mid-sentence, as the appèl and the privacy mask must. None is a key a browser keeps for
itself (Ctrl+W, Ctrl+T, Ctrl+N close or open tabs), so they work in `wievraag serveer` too.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.keys import format_key

APPEL = "ctrl+a,f2"  # a new appèl, from anywhere in a session
UITLEG = "ctrl+u,f3"  # the explanation panel (why, how, pitfalls)
VORIGE = "ctrl+e,f4"  # previous step, page or circle ("eerder"); before a field's own End
VOLGENDE = "ctrl+g,f5"  # next step, page or circle ("ga door")
NIEUW = "ctrl+f,f6"  # a next house or value in an interview; a wie-vraag at an appèl
KLAAR = "ctrl+o,f7"  # an interview done (or open again)
NAMEN = "ctrl+l,f8"  # hide names: on every screen, mid-typing too
HULP = "f1,question_mark"  # "?" where no text field has the focus

# Names a person reads, not Textual's ("^q", "⏎").
_NAMEN = {
    "enter": "Enter",
    "escape": "Esc",
    "delete": "Del",
    "backspace": "Backspace",
    "tab": "Tab",
    "space": "Spatie",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "home": "Home",
    "end": "End",
}


def toetsnaam(binding: Binding) -> str:
    """The key as the footer and help write it: "Ctrl+Q", "F1", "Enter", "a"."""
    if binding.key_display:
        return binding.key_display
    modifiers, key = binding.parse_key()
    naam = _NAMEN.get(key) or (key.upper() if key[:1] == "f" and key[1:].isdigit() else None)
    if naam is None:
        naam = format_key(key)
        if modifiers and len(naam) == 1:
            naam = naam.upper()
    return "+".join([m.capitalize() for m in modifiers] + [naam])
