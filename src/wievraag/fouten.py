"""Dutch, plain-language descriptions of what is wrong with a file.

A professional who hand-edited a session (or whose sync tool mangled one) needs to know which
file, which line and what is wrong — not a Python traceback.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import ValidationError


class BestandFout(Exception):
    """A file that cannot be used as it is. It is never overwritten."""

    def __init__(self, pad: Path, probleem: str, regel: int | None = None) -> None:
        self.pad = pad
        self.probleem = probleem
        self.regel = regel
        super().__init__(self.melding)

    @property
    def melding(self) -> str:
        waar = f"{self.pad.name}, regel {self.regel}" if self.regel else self.pad.name
        return f"{waar}: {self.probleem}"


_TOML_REGEL = re.compile(r"\(at line (\d+), column (\d+)\)")
_TOML_EINDE = "(at end of document)"


def toml_fout(pad: Path, fout: tomllib.TOMLDecodeError, tekst: str = "") -> BestandFout:
    melding = str(fout)
    gevonden = _TOML_REGEL.search(melding)
    regel = int(gevonden.group(1)) if gevonden else None
    if regel is None and _TOML_EINDE in melding and tekst:
        regel = len(tekst.rstrip("\n").splitlines()) or None  # the last line is unfinished
    kern = _TOML_REGEL.sub("", melding).replace(_TOML_EINDE, "").strip()
    if kern.startswith("Illegal character"):
        uitleg = "een teken dat hier niet mag staan, vaak een niet afgesloten tekst"
    else:
        uitleg = _TOML_UITLEG.get(kern, kern)
    return BestandFout(pad, f"dit is geen geldige TOML meer: {uitleg}", regel)


_TOML_UITLEG = {
    "Invalid value": "ongeldige of onafgemaakte waarde",
    "Invalid statement": "ongeldige regel",
    "Expected '=' after a key in a key/value pair": "'=' ontbreekt na een sleutel",
    "Unterminated string": "een tekst is niet afgesloten met een aanhalingsteken",
    "Cannot declare": "een tabel is twee keer gedeclareerd",
    "Cannot overwrite a value": "een sleutel staat er twee keer",
}


def validatie_fout(pad: Path, fout: ValidationError, tekst: str) -> BestandFout:
    """The first problem pydantic found, in Dutch, with its line where we can find it."""
    eerste = fout.errors()[0]
    plek = _plek(eerste["loc"])
    probleem = _vertaal(eerste)
    regel = regel_van(tekst, eerste["loc"])
    meer = len(fout.errors()) - 1
    extra = f" (en nog {meer} probleem{'en' if meer > 1 else ''})" if meer else ""
    return BestandFout(pad, f"{plek}: {probleem}{extra}" if plek else probleem + extra, regel)


def _plek(loc: Sequence[int | str]) -> str:
    delen: list[str] = []
    for stap in loc:
        if isinstance(stap, int):
            delen[-1:] = [f"{delen[-1] if delen else ''}[{stap + 1}]"]
        else:
            delen.append(stap)
    return ".".join(delen)


def _vertaal(fout: Any) -> str:
    soort = fout["type"]
    if soort == "missing":
        return "ontbreekt"
    if soort == "extra_forbidden":
        return "onbekende sleutel (tikfout, of van een nieuwere wievraag?)"
    if soort == "literal_error":
        keuzes = str(fout.get("ctx", {}).get("expected", "")).replace(" or ", " of ")
        return f"ongeldige waarde; kies uit {keuzes}"
    if soort in {"int_type", "int_parsing", "int_from_float"}:
        return "moet een heel getal zijn"
    if soort == "string_type":
        return "moet tekst tussen aanhalingstekens zijn"
    if soort in {"bool_type", "bool_parsing"}:
        return "moet true of false zijn"
    if soort.startswith(("datetime", "date")):
        return "moet een datum zijn, zoals 2026-05-01"
    if soort in {"list_type"}:
        return "moet een lijst zijn, zoals [ ... ]"
    if soort in {"model_type", "dict_type"}:
        return "moet een tabel zijn"
    if soort in {"greater_than_equal", "less_than_equal"}:
        return "waarde valt buiten het toegestane bereik"
    if soort == "value_error":
        return str(fout["msg"]).removeprefix("Value error, ")
    return str(fout["msg"])


def regel_van(tekst: str, loc: Sequence[int | str]) -> int | None:
    """Best-effort line of a validation error: walk `[[tabel]]` headers and keys in order.

    Good enough for the hand-edited files this is for (one key per line, as we write them).
    """
    regels = tekst.splitlines()
    begin, einde = 0, len(regels)
    sleutel: str | None = None
    i = 0
    stappen = list(loc)
    while i < len(stappen):
        stap = stappen[i]
        if isinstance(stap, str) and i + 1 < len(stappen) and isinstance(stappen[i + 1], int):
            kop = f"[[{stap}]]"
            treffers = [n for n in range(begin, einde) if regels[n].strip() == kop]
            index = int(stappen[i + 1])
            if index >= len(treffers):
                sleutel = stap
                break
            begin = treffers[index] + 1
            volgende = [n for n in range(begin, einde) if regels[n].lstrip().startswith("[")]
            einde = volgende[0] if volgende else einde
            i += 2
            continue
        if isinstance(stap, str):
            sleutel = stap
        i += 1
    if sleutel is None:
        return begin if begin else None
    patroon = re.compile(rf"^\s*{re.escape(sleutel)}\s*=")
    for n in range(begin, einde):
        if patroon.match(regels[n]):
            return n + 1
    return begin if begin else None
