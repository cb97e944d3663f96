"""TOML text for a document, one piece per table, reusing the text of unchanged pieces.

Why: the autosave of a large session (hundreds of people and answers) must stay cheap. Writing
the whole document with tomli-w and parsing it back with tomllib to check it takes tens of
milliseconds each time. Here every `[[personen]]` / `[[antwoorden]]` entry and every table is
its own piece: a piece whose data did not change reuses its earlier text, and only new text is
parsed back and compared with the data it came from (so nothing is written that does not read
back the same). The pieces are made by tomli-w's own table writer, so the text is what tomli-w
would write for that table.
"""

from __future__ import annotations

import tomllib
from typing import Any

import tomli_w

# Private API: tomli-w is pinned exactly (pyproject.toml) and tests/test_tomli_w_vorm.py
# checks this module's shape, so an upgrade cannot write with a writer half understood.
from tomli_w._writer import Context, format_key_part, gen_table_chunks

_Sleutel = tuple[str, str]


class OnleesbareTekst(ValueError):
    """Serialised text did not read back as the same data; it is never written."""


def _ctx(multiline: bool) -> Context:
    return Context(allow_multiline=multiline, indent=4)


def _is_tabellenlijst(waarde: Any) -> bool:
    return isinstance(waarde, list) and bool(waarde) and all(isinstance(x, dict) for x in waarde)


class TomlSchrijver:
    def __init__(self) -> None:
        self._cache: dict[_Sleutel, tuple[dict[str, Any], str]] = {}
        self._controleer = True

    def begin_bij(self, document: dict[str, Any], tekst: str) -> bool:
        """Start from a file just read: True when `tekst` is exactly what `schrijf(document)`
        writes; its pieces are then kept without parsing each one back.

        Safe because the caller parsed `tekst` whole and found `document`
        (codering.codeer_zoals_gelezen), so the text reads back as the data, and each piece
        is a whole table of it. Why: opening a session of 2,000 people would otherwise parse
        its 2,400 pieces once more only to learn what is already on disk (~0.2 s)."""
        vorige = self._cache
        self._cache = {}
        self._controleer = False
        try:
            eigen = self.schrijf(document)
        finally:
            self._controleer = True
        if eigen == tekst:
            return True
        self._cache = vorige
        return False

    def schrijf(self, document: dict[str, Any]) -> str:
        """The TOML text of `document`: a fresh dict (e.g. from model_dump) each call, since
        the cache keeps the previous call's pieces to compare with."""
        nieuw: dict[_Sleutel, tuple[dict[str, Any], str]] = {}
        stukken: list[str] = []
        kop = {
            k: v
            for k, v in document.items()
            if not isinstance(v, dict) and not _is_tabellenlijst(v)
        }
        if kop:
            stukken.append(
                self._stuk(
                    ("", ""), kop, lambda ml: tomli_w.dumps(kop, multiline_strings=ml), nieuw
                )
            )
        for sleutel, waarde in document.items():
            naam = format_key_part(sleutel)
            if isinstance(waarde, dict):
                deel = {sleutel: waarde}
                stukken.append(
                    self._stuk(
                        (sleutel, ""),
                        deel,
                        lambda ml, w=waarde, n=naam: "".join(gen_table_chunks(w, _ctx(ml), name=n)),
                        nieuw,
                    )
                )
            elif _is_tabellenlijst(waarde):
                for plek, item in enumerate(waarde):
                    ident = str(item.get("id", f"#{plek}"))
                    stukken.append(
                        self._stuk(
                            (sleutel, ident),
                            {sleutel: [item]},
                            lambda ml, i=item, n=naam: "".join(
                                gen_table_chunks(i, _ctx(ml), name=n, inside_aot=True)
                            ),
                            nieuw,
                        )
                    )
        self._cache = nieuw
        return "\n".join(stukken)

    def _stuk(
        self,
        sleutel: _Sleutel,
        deel: dict[str, Any],
        maak: Any,
        nieuw: dict[_Sleutel, tuple[dict[str, Any], str]],
    ) -> str:
        eerder = self._cache.get(sleutel)
        if eerder is not None and eerder[0] == deel:
            tekst = eerder[1]
        else:
            tekst = str(maak(True))
            if self._controleer and tomllib.loads(tekst) != deel:
                # A multi-line string reads a raw "\r\n" back as "\n" (TOML normalises line
                # ends there): write this piece with escaped one-line strings instead.
                tekst = str(maak(False))
                if tomllib.loads(tekst) != deel:
                    raise OnleesbareTekst(f"TOML voor {sleutel[0] or 'de kop'} leest niet terug")
        if sleutel in nieuw:  # the same id twice: do not let the cache pick one of them
            return tekst
        nieuw[sleutel] = (deel, tekst)
        return tekst
