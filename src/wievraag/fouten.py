"""Dutch, plain-language descriptions of what is wrong with a file.

A professional who hand-edited a session (or whose sync tool mangled one) needs to know which
file, which line and what is wrong — not a Python traceback.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import tomllib

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

MAX_DIEPTE = 32
"""How deep tables and lists may nest in a file we read. A session is at most about eight
levels deep; a file nested deeper is damaged or made to attack the reader (500 `[` made
tomllib raise RecursionError), and the bound keeps every later step (validation, the writer)
shallow too."""


def lees_toml(pad: Path, tekst: str) -> dict[str, Any]:
    """TOML text → a document, or a BestandFout in Dutch: also for nesting too deep to read."""
    # Here, not at start-up: the home screen lists from the index. tomli is tomllib compiled
    # (pyproject.toml): opening a session of 2,000 people parsed 1 MB with the pure-Python
    # one, a fifth of the opening. A file that does not parse is read again by tomllib, so
    # the message stays the one the Dutch table knows (tests/test_store_vijandig.py).
    import tomllib

    import tomli

    try:
        try:
            ruw: dict[str, Any] = tomli.loads(tekst)
        except tomli.TOMLDecodeError:
            ruw = tomllib.loads(tekst)  # raises with the standard library's message
    except tomllib.TOMLDecodeError as fout:
        raise toml_fout(pad, fout, tekst) from None
    except RecursionError:
        # tomllib recurses per `[` / `{`: a few hundred levels exhaust the stack. Caught here,
        # the stack is unwound and nothing else is affected.
        raise _te_diep(pad) from None
    if _diepte(ruw) > MAX_DIEPTE:
        raise _te_diep(pad)
    return ruw


def _te_diep(pad: Path) -> BestandFout:
    return BestandFout(
        pad,
        f"lijsten of tabellen zijn dieper dan {MAX_DIEPTE} lagen in elkaar genest; zo schrijft "
        "wievraag nooit een bestand. Het bestand is beschadigd en blijft onaangeroerd.",
    )


def _diepte(document: object) -> int:
    """The nesting depth of a parsed document, without recursion (so it cannot overflow)."""
    diepste = 0
    stapel: list[tuple[object, int]] = [(document, 1)]
    while stapel:
        waarde, diepte = stapel.pop()
        if isinstance(waarde, dict):
            kinderen: Iterable[object] = waarde.values()
        elif isinstance(waarde, list):
            kinderen = waarde
        else:
            continue
        diepste = max(diepste, diepte)
        if diepste > MAX_DIEPTE:
            return diepste
        stapel.extend((kind, diepte + 1) for kind in kinderen)
    return diepste


def toml_fout(pad: Path, fout: tomllib.TOMLDecodeError, tekst: str = "") -> BestandFout:
    melding = str(fout)
    gevonden = _TOML_REGEL.search(melding)
    regel = int(gevonden.group(1)) if gevonden else None
    if regel is None and _TOML_EINDE in melding and tekst:
        regel = len(tekst.rstrip("\n").splitlines()) or None  # the last line is unfinished
    kern = _TOML_REGEL.sub("", melding).replace(_TOML_EINDE, "").strip()
    return BestandFout(pad, f"dit is geen geldige TOML meer: {toml_uitleg(kern)}", regel)


def toml_uitleg(kern: str) -> str:
    """tomllib's message (without its position) in Dutch; never an English fragment."""
    for patroon, uitleg in _TOML_UITLEG:
        gevonden = re.fullmatch(patroon, kern, re.DOTALL)  # compiled once, kept by `re`
        if gevonden:
            return uitleg.format(*(_sleutel(g) for g in gevonden.groups()))
    # A message of a newer Python we do not know yet: still Dutch (tests/test_fouten.py
    # checks every message of the installed tomllib against this table).
    return "de opbouw klopt hier niet"


def _sleutel(ruw: str) -> str:
    """A key as tomllib prints it (`('plan', 'doel')` or `'doel'`) as the dotted key a person
    reads in the file; cut short, since it comes from the file."""
    delen = re.findall(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"", ruw)
    tekst = ".".join(a or b for a, b in delen) if delen else ruw
    return tekst if len(tekst) <= 40 else tekst[:39] + "…"


def _p(patroon: str) -> str:
    # Compiled when a message is explained (rarely), not when the app starts.
    return patroon


# Every message of tomllib (Python 3.11-3.13), in the words of someone editing the file.
_TOML_UITLEG: list[tuple[str, str]] = [
    (_p(r"Invalid value"), "ongeldige of onafgemaakte waarde"),
    (_p(r"Invalid statement"), "ongeldige regel"),
    (_p(r"Expected '=' after a key in a key/value pair"), "'=' ontbreekt na een sleutel"),
    (_p(r"Unterminated string"), "een tekst is niet afgesloten met een aanhalingsteken"),
    (_p(r"Cannot declare (.*) twice"), "de tabel {} staat er twee keer"),
    (_p(r"Cannot overwrite a value"), "een sleutel staat er twee keer"),
    (
        _p(r"Cannot mutate immutable namespace (.*)"),
        "{} is al helemaal vastgelegd (als inline tabel of lijst) en kan hier niet worden "
        "aangevuld",
    ),
    (_p(r"Cannot redefine namespace (.*)"), "de tabel {} wordt hier opnieuw vastgelegd"),
    (_p(r"Duplicate inline table key (.*)"), "de sleutel {} staat twee keer in dezelfde {{ }}"),
    (
        _p(r"Expected newline or end of document after a statement"),
        "na een waarde hoort een nieuwe regel te beginnen",
    ),
    (
        _p(r"Expected '\]' at the end of a table declaration"),
        "']' ontbreekt aan het eind van een tabelkop",
    ),
    (
        _p(r"Expected '\]\]' at the end of an array declaration"),
        "']]' ontbreekt aan het eind van een kop met dubbele haken",
    ),
    (_p(r"Expected (.*)"), "een tekst is niet afgesloten (hier ontbreekt {})"),
    (_p(r"Found invalid character (.*)"), "een stuurteken dat hier niet mag staan"),
    (
        _p(r"Illegal character (.*)"),
        "een teken dat hier niet mag staan, vaak een niet afgesloten tekst",
    ),
    (_p(r"Invalid date or datetime"), "ongeldige datum of tijd"),
    (_p(r"Invalid hex value"), "een \\u-code met ongeldige cijfers"),
    (
        _p(r"Escaped character is not a Unicode scalar value"),
        "een \\u-code die geen bestaand teken is",
    ),
    (
        _p(r"Invalid initial character for a key part"),
        "een sleutel begint met een teken dat daar niet mag",
    ),
    (_p(r"Unclosed array"), "een lijst [ … ] is niet afgesloten met ]"),
    (_p(r"Unclosed inline table"), "een tabel {{ … }} is niet afgesloten met }}"),
    (_p(r"Unescaped '\\' in a string"), "een losse \\ in een tekst (schrijf \\\\)"),
    (
        _p(r"An object other than list found behind this key"),
        "deze sleutel is al iets anders dan een lijst van tabellen",
    ),
    (_p(r"There is no nest behind this key"), "deze sleutel is geen tabel"),
]


def os_fout(pad: Path, fout: OSError) -> BestandFout:
    """A failed read of a file, in Dutch (the system's own text is often English)."""
    uitleg = _OS_UITLEG.get(fout.errno or 0, "het besturingssysteem gaf een fout")
    return BestandFout(pad, f"niet te lezen ({uitleg})")


_OS_UITLEG = {
    errno.ENOENT: "het bestand bestaat niet (meer)",
    errno.EACCES: "geen toestemming om het te lezen",
    errno.EPERM: "geen toestemming om het te lezen",
    errno.EISDIR: "dit is een map, geen bestand",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.ELOOP: "een snelkoppeling (symlink) die naar zichzelf blijft wijzen",
    errno.EIO: "de schijf gaf een leesfout",
    errno.ENXIO: "een apparaat of pijp zonder schrijver, geen bestand",
    errno.EAGAIN: "het bestand is nu niet beschikbaar",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.EMFILE: "te veel open bestanden",
    errno.ENOMEM: "te weinig geheugen",
}


def validatie_fout(pad: Path, fout: ValidationError, tekst: str) -> BestandFout:
    """The first problem pydantic found, in Dutch, with its line where we can find it."""
    eerste = fout.errors()[0]
    plek = _plek(eerste["loc"])
    probleem = _vertaal(eerste)
    regel = regel_van(tekst, eerste["loc"])
    meer = len(fout.errors()) - 1
    extra = f" (en nog {meer} {'probleem' if meer == 1 else 'problemen'})" if meer else ""
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
    if soort in {"greater_than", "less_than", "multiple_of"}:
        return "waarde valt buiten het toegestane bereik"
    if soort in {"float_type", "float_parsing", "decimal_type", "decimal_parsing"}:
        return "moet een getal zijn"
    if soort in {"string_too_long", "too_long"}:
        return "is te lang"
    if soort in {"string_too_short", "too_short"}:
        return "is te kort"
    if soort == "enum":
        return "ongeldige waarde; kies een van de bekende waarden"
    if soort == "value_error":
        # Our own validators: their messages are Dutch (model/*.py).
        return str(fout["msg"]).removeprefix("Value error, ")
    # pydantic's own message is English: never shown to a person editing the file.
    return "ongeldige waarde"


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
