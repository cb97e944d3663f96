"""Stamps per field, so two laptops that changed one session can be merged (issue 22).

Pure: dicts in, dicts out; no files, no Textual, no pydantic. The session document is what
`model_dump(by_alias=True, exclude_none=True)` gives. Within it every value has a path:

- a table's key is a part of the path (`plan/doel`);
- a list of tables with a key (`id`, or for the few lists without ids `versie` / `persoon`)
  is a list of *records*: the record's key is a part (`personen/p-1a2b3c4d/telefoon`), and
  the record's path alone stands for its existence;
- anything else (text, a number, a date, a list of names) is one field, merged whole.

A stamp is (hybrid logical clock, device). A field without a stamp of its own has the stamp
of the record it is in (made with it), or none at all (older than sync: everyone saw it).
The document also keeps, per device, the highest clock it has seen of that device
(`klokken`, a version vector): device d's change with clock c is *seen* by a version when
its `klokken[d] >= c`. That, not the clock's size, decides a merge (samenvoegen.py), so a
laptop whose clock is a week behind loses nothing.

Deleting a record leaves a tombstone (`weg`) with its stamp. The stamps, tombstones, clocks,
open conflicts and a hash of the body live in the `[sync]` table at the end of the file; the
body stays exactly as a person reads it.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

# Private API, as in tomlschrijver.py: tomli-w is pinned exactly and its shape is tested.
from tomli_w._writer import Context, format_key_part, format_literal

_CONTEXT = Context(allow_multiline=False, indent=4)

SEP = "/"
# The few lists of tables without an `id` and the field that names their entries.
NATUURLIJKE_SLEUTELS = ("versie", "persoon")


@dataclass(frozen=True, order=True)
class Stempel:
    """A hybrid logical clock reading (milliseconds, counter) and the device that made it.
    Ordered by clock first: the order only breaks ties in `gewijzigd` and sorting; who has
    seen what is decided by `gezien`."""

    tijd: int
    teller: int
    apparaat: str

    @property
    def klok(self) -> tuple[int, int]:
        return (self.tijd, self.teller)

    def tekst(self) -> str:
        if not self.apparaat:
            return "0.0"  # NUL: older than sync (an open question may name it)
        return f"{self.tijd}.{self.teller} {self.apparaat}"

    @classmethod
    def lees(cls, tekst: str) -> Stempel:
        if tekst == "0.0":
            return cls(0, 0, "")
        klok, _, apparaat = tekst.partition(" ")
        tijd, _, teller = klok.partition(".")
        if not apparaat or not tijd.isdigit() or not teller.isdigit():
            raise ValueError(f"geen stempel: {tekst!r}")
        return cls(int(tijd), int(teller), apparaat)


NUL = Stempel(0, 0, "")
"""The stamp of a value older than sync: every version has seen it."""


def lees_klok(tekst: str) -> tuple[int, int]:
    tijd, _, teller = tekst.partition(".")
    if not tijd.isdigit() or not teller.isdigit():
        raise ValueError(f"geen klok: {tekst!r}")
    return (int(tijd), int(teller))


def klok_tekst(klok: tuple[int, int]) -> str:
    return f"{klok[0]}.{klok[1]}"


def wandklok() -> int:
    """The wall clock in milliseconds (a test sets a laptop's clock wrong here)."""
    return time.time_ns() // 1_000_000


class Klok:
    """A hybrid logical clock for one device: the wall clock in milliseconds, but never
    backwards and never behind a clock it has seen (a laptop with a wrong clock still
    stamps after what it read)."""

    def __init__(
        self, apparaat: str, nu: Callable[[], int] | None = None, laatst: tuple[int, int] = (0, 0)
    ) -> None:
        self.apparaat = apparaat
        self._nu = nu or (lambda: wandklok())
        self.laatst = laatst

    def zie(self, klok: tuple[int, int]) -> None:
        if klok > self.laatst:
            self.laatst = klok

    def tik(self) -> Stempel:
        fysiek = self._nu()
        if fysiek > self.laatst[0]:
            self.laatst = (fysiek, 0)
        else:
            self.laatst = (self.laatst[0], self.laatst[1] + 1)
        return Stempel(*self.laatst, self.apparaat)


@dataclass
class Conflict:
    """A true conflict kept open until a person decides: the body holds one value (`hier`,
    its stamp), the other (`daar`) is kept here so nothing is lost. `soort` "waarde": both
    changed the field; "weg": one side deleted the record the other changed or still uses
    (the body keeps the record)."""

    pad: str
    soort: str
    hier: Stempel
    daar: Stempel
    waarde: Any = None  # the other side's value; None = absent (deleted, or not set)

    def als_tabel(self) -> dict[str, Any]:
        tabel: dict[str, Any] = {
            "pad": self.pad,
            "soort": self.soort,
            "hier": self.hier.tekst(),
            "daar": self.daar.tekst(),
        }
        if self.waarde is not None:
            tabel["waarde"] = self.waarde
        return tabel

    @classmethod
    def uit_tabel(cls, tabel: dict[str, Any]) -> Conflict:
        return cls(
            pad=str(tabel["pad"]),
            soort=str(tabel.get("soort", "waarde")),
            hier=Stempel.lees(str(tabel["hier"])),
            daar=Stempel.lees(str(tabel["daar"])),
            waarde=tabel.get("waarde"),
        )


@dataclass
class SyncStaat:
    """What the `[sync]` table holds."""

    klokken: dict[str, tuple[int, int]] = field(default_factory=dict)
    stempels: dict[str, Stempel] = field(default_factory=dict)
    weg: dict[str, Stempel] = field(default_factory=dict)
    conflicten: list[Conflict] = field(default_factory=list)
    hash: str = ""

    def kopie(self) -> SyncStaat:
        return SyncStaat(
            dict(self.klokken),
            dict(self.stempels),
            dict(self.weg),
            [Conflict(c.pad, c.soort, c.hier, c.daar, c.waarde) for c in self.conflicten],
            self.hash,
        )

    def gezien(self, stempel: Stempel) -> bool:
        """True when this version holds that change (or a later one of the same device)."""
        if not stempel.apparaat:
            return True
        klok = self.klokken.get(stempel.apparaat)
        return klok is not None and klok >= stempel.klok

    def noteer(self, stempel: Stempel) -> None:
        if self.klokken.get(stempel.apparaat, (-1, -1)) < stempel.klok:
            self.klokken[stempel.apparaat] = stempel.klok

    def hoogste(self) -> tuple[int, int]:
        return max(self.klokken.values(), default=(0, 0))

    def conflict(self, pad: str) -> Conflict | None:
        return next((c for c in self.conflicten if c.pad == pad), None)

    # -- the [sync] table ---------------------------------------------------------------------

    def als_tabel(self) -> dict[str, Any]:
        tabel: dict[str, Any] = {"hash": self.hash}
        tabel["klokken"] = {a: klok_tekst(k) for a, k in sorted(self.klokken.items())}
        tabel["velden"] = {p: s.tekst() for p, s in self.stempels.items()}
        tabel["weg"] = {p: s.tekst() for p, s in self.weg.items()}
        if self.conflicten:
            tabel["conflicten"] = [c.als_tabel() for c in self.conflicten]
        return tabel

    @classmethod
    def uit_tabel(cls, tabel: object) -> SyncStaat:
        """The state from a parsed `[sync]` table; ValueError (in Dutch) when it is damaged."""
        if not isinstance(tabel, dict):
            raise ValueError("[sync] is geen tabel")
        try:
            return cls(
                klokken={str(a): lees_klok(str(k)) for a, k in _tabel(tabel, "klokken").items()},
                stempels={str(p): Stempel.lees(str(s)) for p, s in _tabel(tabel, "velden").items()},
                weg={str(p): Stempel.lees(str(s)) for p, s in _tabel(tabel, "weg").items()},
                conflicten=[Conflict.uit_tabel(c) for c in tabel.get("conflicten", [])],
                hash=str(tabel.get("hash", "")),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as fout:
            raise ValueError(f"de tabel [sync] is beschadigd ({fout})") from None


def _tabel(tabel: dict[str, Any], naam: str) -> dict[str, Any]:
    waarde = tabel.get(naam, {})
    if not isinstance(waarde, dict):
        raise ValueError(f"sync.{naam} is geen tabel")
    return waarde


# -- the text -----------------------------------------------------------------------------

KOP = "[sync]\n"


def body_hash(body: str) -> str:
    return hashlib.blake2b(body.encode("utf-8"), digest_size=12).hexdigest()


def splits(tekst: str) -> tuple[str, str | None]:
    """The body and the `[sync]` part of a file's text (None: no sync table where we write
    it, at the end). The hash is over exactly this body."""
    plek = tekst.rfind("\n" + KOP)
    if plek == -1:
        return tekst, None
    return tekst[:plek], tekst[plek + 1 :]


class SyncSchrijver:
    """The `[sync]` table as TOML, reusing the text of unchanged lines (like TomlSchrijver for
    the body): a save of a session with a thousand stamps formats and checks only the few
    that changed. Stamps are written line by line (keys and stamps are plain text the app
    made; json.dumps gives a valid TOML basic string for any of them) and every new line is
    parsed back before it is used; conflicts, with their values, go through tomli-w and are
    parsed back whole (there are few)."""

    def __init__(self) -> None:
        self._regels: dict[tuple[str, str], tuple[str, str]] = {}

    def _regel(self, tabel: str, sleutel: str, waarde: str) -> str:
        eerder = self._regels.get((tabel, sleutel))
        if eerder is not None and eerder[0] == waarde:
            return eerder[1]
        regel = f"{json.dumps(sleutel)} = {json.dumps(waarde)}\n"
        if tomllib.loads(regel) != {sleutel: waarde}:
            raise ValueError(f"de regel voor {sleutel!r} in [sync] leest niet terug")
        self._regels[(tabel, sleutel)] = (waarde, regel)
        return regel

    def schrijf(self, staat: SyncStaat) -> str:
        if not HASH.fullmatch(staat.hash):
            raise ValueError("de hash in [sync] heeft niet de vorm die wievraag schrijft")
        regels = [KOP, f'hash = "{staat.hash}"\n\n[sync.klokken]\n']
        gebruikt: set[tuple[str, str]] = set()
        for tabel, items in (
            ("klokken", {a: klok_tekst(k) for a, k in sorted(staat.klokken.items())}),
            ("velden", {p: st.tekst() for p, st in staat.stempels.items()}),
            ("weg", {p: st.tekst() for p, st in staat.weg.items()}),
        ):
            if tabel != "klokken":
                regels.append(f"\n[sync.{tabel}]\n")
            for sleutel, waarde in items.items():
                regels.append(self._regel(tabel, sleutel, waarde))
                gebruikt.add((tabel, sleutel))
        if len(gebruikt) != len(self._regels):
            self._regels = {k: v for k, v in self._regels.items() if k in gebruikt}
        if staat.conflicten:
            # One `[[sync.conflicten]]` table each, every value inline (a value can be a list
            # of tables, which tomli-w would otherwise write as tables of their own).
            stukken = []
            for conflict in staat.conflicten:
                velden = conflict.als_tabel()
                stukken.append(
                    "\n[[sync.conflicten]]\n"
                    + "".join(
                        f"{format_key_part(k)} = {format_literal(v, _CONTEXT)}\n"
                        for k, v in velden.items()
                    )
                )
            tekst = "".join(stukken)
            verwacht = {"sync": {"conflicten": [c.als_tabel() for c in staat.conflicten]}}
            if tomllib.loads(tekst) != verwacht:
                raise ValueError("de open vragen in [sync] lezen niet terug")
            regels.append(tekst)
        return "".join(regels)


HASH = re.compile(r"[0-9a-f]{24}")


def sync_tekst(staat: SyncStaat) -> str:
    """The `[sync]` table as TOML (a fresh SyncSchrijver: for one-off writes)."""
    return SyncSchrijver().schrijf(staat)


def lees_sync(tekst: str) -> SyncStaat:
    return SyncStaat.uit_tabel(tomllib.loads(tekst).get("sync"))


# -- paths --------------------------------------------------------------------------------


def deel(sleutel: object) -> str:
    """One part of a path; `/` and `~` escaped as in a JSON pointer."""
    return str(sleutel).replace("~", "~0").replace("/", "~1")


def delen(pad: str) -> list[str]:
    return [d.replace("~1", "/").replace("~0", "~") for d in pad.split(SEP)] if pad else []


def pad_van(ouder: str, sleutel: object) -> str:
    return f"{ouder}{SEP}{deel(sleutel)}" if ouder else deel(sleutel)


def record_sleutel(lijst: object) -> str | None:
    """The field that keys this list's entries, or None: the list is one value."""
    if not isinstance(lijst, list) or not lijst or not all(isinstance(x, dict) for x in lijst):
        return None
    for naam in ("id", *NATUURLIJKE_SLEUTELS):
        waarden = [x.get(naam) for x in lijst]
        if all(isinstance(w, str | int) and not isinstance(w, bool) for w in waarden) and len(
            {str(w) for w in waarden}
        ) == len(waarden):
            return naam
    return None


def records(lijst: list[dict[str, Any]], sleutel: str) -> dict[str, dict[str, Any]]:
    return {str(x[sleutel]): x for x in lijst}


def is_record_lijst(a: object, b: object = None) -> str | None:
    """The key of a list of records, judged on both sides (one may be empty or missing)."""
    sa, sb = record_sleutel(a), record_sleutel(b)
    if sa and sb and sa != sb:
        return None
    leeg_a = a is None or a == []
    leeg_b = b is None or b == []
    if sa and (sb or leeg_b):
        return sa
    if sb and leeg_a:
        return sb
    return None


def bladeren(doc: dict[str, Any], pad: str = "") -> Iterator[tuple[str, Any, bool]]:
    """Every (path, value, is_record) of a document: fields and records' existence."""
    for sleutel, waarde in doc.items():
        hier = pad_van(pad, sleutel)
        if isinstance(waarde, dict):
            yield from bladeren(waarde, hier)
            continue
        naam = record_sleutel(waarde)
        if naam is None:
            yield hier, waarde, False
            continue
        for rsleutel, record in records(waarde, naam).items():
            rpad = pad_van(hier, rsleutel)
            yield rpad, True, True
            yield from bladeren({k: v for k, v in record.items() if k != naam}, rpad)


# -- stamping what changed ----------------------------------------------------------------

# Stamped on every save and merged as "the later": never a question.
ALTIJD_DE_LAATSTE = {"gewijzigd"}
# When a record was made or set (the plan made on two laptops offline): the earlier.
ALTIJD_DE_EERSTE = {"aangemaakt", "vastgesteld"}


def verschillen(oud: object, nieuw: object, pad: str = "") -> Iterator[tuple[str, str]]:
    """What changed between two documents (or parts): ("veld" | "nieuw" | "weg", path).
    Cheap for a save: an unchanged table or record is one dict comparison."""
    if oud == nieuw:
        return
    if isinstance(oud, dict) and isinstance(nieuw, dict):
        for sleutel in dict.fromkeys([*oud, *nieuw]):
            yield from verschillen(oud.get(sleutel), nieuw.get(sleutel), pad_van(pad, sleutel))
        return
    if (
        isinstance(oud, list)
        and isinstance(nieuw, list)
        and len(oud) == len(nieuw)
        and oud
        and isinstance(oud[0], dict)
    ):
        # The common save: one record of a long list changed in place. Only the entries
        # that differ are looked at (the same key in the same place: that record's fields).
        anders = [n for n, (x, y) in enumerate(zip(oud, nieuw, strict=True)) if x != y]
        naam = is_record_lijst(oud, nieuw) if anders else None
        if naam is not None and all(oud[n].get(naam) == nieuw[n].get(naam) for n in anders):
            for n in anders:
                yield from verschillen(
                    {k: v for k, v in oud[n].items() if k != naam},
                    {k: v for k, v in nieuw[n].items() if k != naam},
                    pad_van(pad, oud[n][naam]),
                )
            return
    naam = is_record_lijst(oud, nieuw)
    if naam is not None:
        oude = records(oud, naam) if isinstance(oud, list) else {}
        nieuwe = records(nieuw, naam) if isinstance(nieuw, list) else {}
        for rsleutel in dict.fromkeys([*oude, *nieuwe]):
            rpad = pad_van(pad, rsleutel)
            a, b = oude.get(rsleutel), nieuwe.get(rsleutel)
            if a is None:
                yield "nieuw", rpad
            elif b is None:
                yield "weg", rpad
            elif a != b:
                yield from verschillen(
                    {k: v for k, v in a.items() if k != naam},
                    {k: v for k, v in b.items() if k != naam},
                    rpad,
                )
        return
    if isinstance(oud, dict) or isinstance(nieuw, dict):
        # A table that appeared or went (the plan made, the closing talk started): its fields.
        yield from verschillen(
            oud if isinstance(oud, dict) else {}, nieuw if isinstance(nieuw, dict) else {}, pad
        )
        return
    yield "veld", pad


def stempel(staat: SyncStaat, oud: dict[str, Any], nieuw: dict[str, Any], klok: Klok) -> int:
    """Stamp what changed from `oud` to `nieuw` with one tick of `klok`; how many paths."""
    gevonden = [(soort, pad) for soort, pad in verschillen(oud, nieuw) if pad != "schema"]
    if not gevonden:
        return 0
    klok.zie(staat.hoogste())
    nu = klok.tik()
    for soort, pad in gevonden:
        if soort == "weg":
            onder = pad + SEP
            for p in [p for p in staat.stempels if p.startswith(onder)]:
                del staat.stempels[p]
            staat.stempels.pop(pad, None)
            staat.weg[pad] = nu
        else:
            staat.stempels[pad] = nu
            staat.weg.pop(pad, None)
        # A field changed here closes a conflict about it: the person chose by changing it.
    staat.conflicten = [c for c in staat.conflicten if not _geraakt(c.pad, gevonden)]
    staat.noteer(nu)
    return len(gevonden)


def _geraakt(pad: str, gevonden: list[tuple[str, str]]) -> bool:
    return any(pad == p or pad.startswith(p + SEP) for _, p in gevonden)


def stempel_alles(staat: SyncStaat, doc: dict[str, Any], klok: Klok) -> int:
    """Stamp every field as changed here: a hand edit we cannot compare with what was there.
    Safe rather than precise: a field the other side changed too becomes a question."""
    klok.zie(staat.hoogste())
    nu = klok.tik()
    aantal = 0
    for pad, _, _ in bladeren(doc):
        if pad != "schema":
            staat.stempels[pad] = nu
        aantal += 1
    staat.noteer(nu)
    return aantal


def besluit(staat: SyncStaat, pad: str, klok: Klok) -> None:
    """A person decided a conflict: a new stamp on the field that has seen both sides, so the
    decision closes the conflict on every laptop it reaches."""
    klok.zie(staat.hoogste())
    nu = klok.tik()
    staat.stempels[pad] = nu
    staat.weg.pop(pad, None)
    staat.conflicten = [c for c in staat.conflicten if c.pad != pad]
    staat.noteer(nu)


def stempel_van(staat: SyncStaat, pad: str) -> Stempel:
    """The stamp that holds for a path: its own, else the nearest record it is in, else NUL."""
    eigen = staat.stempels.get(pad)
    if eigen is not None:
        return eigen
    stukken = pad.split(SEP)
    for n in range(len(stukken) - 1, 0, -1):
        boven = staat.stempels.get(SEP.join(stukken[:n]))
        if boven is not None:
            return boven
    return NUL
