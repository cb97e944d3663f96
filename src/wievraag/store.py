"""The only code that reads or writes session files.

One read path (`_lees` → `decodeer`) and one write path (`codeer` → `_schrijf`), so that an
encrypted variant of the file can be slotted in later without touching the rest of the app.
Files are the truth: a file we cannot read is listed with its problem and never overwritten.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from wievraag import locations
from wievraag.bestanden import maak_prive_map, schrijf_atomisch
from wievraag.fouten import BestandFout, toml_fout, validatie_fout
from wievraag.tomlschrijver import TomlSchrijver

if TYPE_CHECKING:
    from wievraag.model import Sessie

# The domain model (pydantic) is imported where it is used, not here: with a warm index the
# home screen lists thousands of sessions without it, and start-up stays fast.

EXTENSIE = ".toml"

Migratie = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIES: dict[int, Migratie] = {}
"""`MIGRATIES[n]` turns a schema-n document into a schema-(n+1) document, in memory."""


class ExternGewijzigd(Exception):
    """The file changed on disk since we read it (another program, a sync tool, a hand edit)."""


class SessieInGebruik(Exception):
    """Another wievraag window has this session open."""


# -- encoding: the one write path and the one read path ------------------------------------


def codeer(sessie: Sessie, schrijver: TomlSchrijver | None = None) -> bytes:
    """Session → file bytes. Serialised fully before any write, and every piece of new text is
    parsed back and compared (TomlSchrijver): we never write what we cannot read back.

    Pass the open session's own `schrijver` to reuse the text of unchanged people and answers.
    """
    document = sessie.model_dump(by_alias=True, exclude_none=True)
    return (schrijver or TomlSchrijver()).schrijf(document).encode("utf-8")


def decodeer(pad: Path, data: bytes) -> Sessie:
    """File bytes → session, or a BestandFout in Dutch naming file, line and problem."""
    try:
        tekst = data.decode("utf-8")
    except UnicodeDecodeError as fout:
        raise BestandFout(pad, f"het bestand is geen UTF-8-tekst (byte {fout.start})") from None
    try:
        ruw = tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as fout:
        raise toml_fout(pad, fout, tekst) from None
    ruw = _migreer(pad, ruw, tekst)
    from pydantic import ValidationError

    from wievraag.model import Sessie

    try:
        return Sessie.model_validate(ruw)
    except ValidationError as fout:
        raise validatie_fout(pad, fout, tekst) from None


def _migreer(pad: Path, ruw: dict[str, Any], tekst: str) -> dict[str, Any]:
    from wievraag.model import SCHEMA

    versie = ruw.get("schema")
    regel = next(
        (n + 1 for n, r in enumerate(tekst.splitlines()) if r.lstrip().startswith("schema")), None
    )
    if not isinstance(versie, int) or isinstance(versie, bool):
        raise BestandFout(pad, "'schema = <nummer>' ontbreekt of is geen getal", regel)
    if versie > SCHEMA:
        raise BestandFout(
            pad,
            f"gemaakt met een nieuwere wievraag (schema {versie}; deze versie kent tot "
            f"{SCHEMA}). Werk wievraag bij; het bestand blijft onaangeroerd.",
            regel,
        )
    while versie < SCHEMA:
        if versie not in MIGRATIES:
            raise BestandFout(pad, f"schema {versie} wordt niet meer ondersteund", regel)
        ruw = MIGRATIES[versie](ruw)
        versie += 1
        ruw["schema"] = versie
    return ruw


def _lees(pad: Path) -> bytes:
    return pad.read_bytes()


def _schrijf(pad: Path, data: bytes) -> None:
    schrijf_atomisch(pad, data)


# -- the folder --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Overzicht:
    """One line on the home screen: enough to choose, without loading the whole session."""

    map: Path
    naam: str  # the file name; a Path per line is too slow for 10,000 sessions
    id: str | None = None
    gezin: str | None = None
    gewijzigd: datetime | None = None
    personen: int = 0
    fout: str | None = None
    # A copy made by a sync tool (OneDrive, Syncthing…): same session id, other file name.
    conflict: bool = False

    @property
    def pad(self) -> Path:
        return self.map / self.naam


@dataclass(frozen=True)
class Lijst:
    """The home screen's list. `nog_te_lezen` > 0 when a time budget stopped the reading of
    files that are not in the index yet; ask again (e.g. in a worker) for the rest."""

    items: list[Overzicht]
    nog_te_lezen: int = 0


class Opslag:
    """The data folder: list, create, open and delete sessions."""

    def __init__(self, data: Path | None = None) -> None:
        self.data = data if data is not None else locations.data_dir()
        self.map = locations.sessies_dir(self.data)

    def zorg_voor_map(self) -> Path:
        maak_prive_map(self.data)
        return maak_prive_map(self.map)

    def bestanden(self) -> list[Path]:
        if not self.map.is_dir():
            return []
        return sorted(
            p
            for p in self.map.iterdir()
            if p.suffix == EXTENSIE and not p.name.startswith(".") and p.is_file()
        )

    def lijst(self, budget: float | None = None) -> Lijst:
        """Every session file, most recently changed first; unreadable ones last, with problem.

        Backed by an index of (mtime, size) → summary so 10,000 sessions list in well under a
        second. The files stay the truth: any file whose stamp differs is read again, and a
        missing or broken index is simply rebuilt. With a `budget` (seconds), reading files
        that are not indexed stops when it is spent; they are counted in `nog_te_lezen`.
        """
        index = _Index.lees(self.data)
        goed: list[Overzicht] = []
        slecht: list[Overzicht] = []
        overgeslagen = 0
        einde = time.monotonic() + budget if budget is not None else None
        for naam, stempel in self._stempels():
            item = index.zoek(naam, stempel)
            if item is None:
                if einde is not None and time.monotonic() > einde:
                    overgeslagen += 1
                    continue
                item = _samenvat(self.map, naam)
                index.zet(naam, stempel, item)
            (slecht if item.fout else goed).append(item)
        if not overgeslagen:
            index.bewaar(houd={o.naam for o in goed + slecht})
        else:
            index.bewaar()
        goed.sort(key=lambda o: o.gewijzigd.timestamp() if o.gewijzigd else 0.0, reverse=True)
        return Lijst(goed + slecht, overgeslagen)

    def _stempels(self) -> list[tuple[str, tuple[int, int]]]:
        if not self.map.is_dir():
            return []
        uit: list[tuple[str, tuple[int, int]]] = []
        with os.scandir(self.map) as items:
            for item in items:
                if not item.name.endswith(EXTENSIE) or item.name.startswith("."):
                    continue
                try:
                    if not item.is_file():
                        continue
                    st = item.stat()
                except OSError:
                    continue
                uit.append((item.name, (st.st_mtime_ns, st.st_size)))
        uit.sort()
        return uit

    def pad_voor(self, sessie: Sessie) -> Path:
        return self.map / f"{sessie.id}{EXTENSIE}"

    def nieuw(self, gezin: str) -> Sessie:
        """Create and save a new session right away, so it exists even if the app dies now."""
        from wievraag.model import Sessie

        sessie = Sessie(gezin=gezin.strip())
        while self.pad_voor(sessie).exists():  # practically never: 32 random bits per day
            sessie = Sessie(gezin=gezin.strip())
        self.voeg_toe(sessie)
        return sessie

    def voeg_toe(self, sessie: Sessie) -> Path:
        """Save a session made elsewhere (the demo family) as a new file; never overwrites."""
        self.zorg_voor_map()
        pad = self.pad_voor(sessie)
        if pad.exists():
            raise FileExistsError(pad)
        _schrijf(pad, codeer(sessie))
        return pad

    def laad(self, pad: Path) -> Sessie:
        """Read a session without opening it for editing (export, check, listing)."""
        return decodeer(pad, _lees(pad))

    def open(self, pad: Path) -> SessieBestand:
        """Open a session for editing: takes the lock, so a second window cannot clobber it."""
        slot = _Slot.neem(locations.locks_dir(self.data), pad.stem)
        _ruim_tijdelijk_op(pad)
        try:
            data = _lees(pad)
            sessie = decodeer(pad, data)
        except BaseException:
            slot.geef_vrij()
            raise
        return SessieBestand(pad, sessie, slot)

    def verwijder(self, pad: Path) -> None:
        """Really delete (AVG): the file, its temp leftovers and its lock file."""
        with _Slot.neem(locations.locks_dir(self.data), pad.stem) as slot:
            pad.unlink(missing_ok=True)
            _ruim_tijdelijk_op(pad)
            slot.verwijder_bestand()
        index = _Index.lees(self.data)
        index.vergeet(pad.name)
        index.bewaar()


class SessieBestand:
    """An open session: its file, the lock we hold, and what we last saw on disk."""

    def __init__(self, pad: Path, sessie: Sessie, slot: _Slot) -> None:
        self.pad = pad
        self.sessie = sessie
        self._slot = slot
        self._gezien = _stempel(pad)
        self._schrijver = TomlSchrijver()
        self._laatst = codeer(sessie, self._schrijver)

    def momentopname(self) -> bytes | None:
        """The bytes to write if the session changed since the last save, else None.

        Call on the thread that changes the session; the write itself may happen elsewhere.
        """
        data = codeer(self.sessie, self._schrijver)
        return None if data == self._laatst else data

    def schrijf(self, data: bytes) -> None:
        """Write a snapshot, unless someone else changed the file since we last saw it."""
        if _stempel(self.pad) != self._gezien:
            raise ExternGewijzigd(self.pad.name)
        _schrijf(self.pad, data)
        self._gezien = _stempel(self.pad)
        self._laatst = data

    def opslaan(self) -> bool:
        """Save now if anything changed; True when something was written."""
        data = self.momentopname()
        if data is None:
            return False
        self.schrijf(data)
        return True

    def herlaad(self) -> None:
        """Take the file on disk as the truth (after an outside change)."""
        data = _lees(self.pad)
        self.sessie = decodeer(self.pad, data)
        self._gezien = _stempel(self.pad)
        self._schrijver = TomlSchrijver()
        self._laatst = codeer(self.sessie, self._schrijver)

    def bewaar_als_kopie(self) -> Path:
        """Save our version next to the changed file, as a new session: nothing is lost."""
        from wievraag.model import Sessie

        kopie = self.sessie.model_copy(deep=True)
        kopie.id = Sessie(gezin=kopie.gezin).id
        kopie.gezin = f"{kopie.gezin} (kopie)"
        pad = self.pad.with_name(f"{kopie.id}{EXTENSIE}")
        _schrijf(pad, codeer(kopie))
        return pad

    def sluit(self) -> None:
        self._slot.geef_vrij()


def _samenvat(map_: Path, naam: str) -> Overzicht:
    pad = map_ / naam
    try:
        sessie = decodeer(pad, _lees(pad))
    except BestandFout as fout:
        return Overzicht(map_, naam, fout=fout.melding)
    except OSError as fout:
        return Overzicht(map_, naam, fout=f"{naam}: niet te lezen ({fout.strerror})")
    return Overzicht(
        map_,
        naam,
        id=sessie.id,
        gezin=sessie.gezin,
        gewijzigd=sessie.gewijzigd,
        personen=len(sessie.personen),
        conflict=pad.stem != sessie.id,
    )


def _ruim_tijdelijk_op(pad: Path) -> None:
    """Temp files a killed writer left behind. Only called while holding the session's lock,
    so no live writer of this session can own them."""
    for rest in pad.parent.glob(f".{pad.name}.*.tmp"):
        with contextlib.suppress(OSError):
            rest.unlink()


def _stempel(pad: Path) -> tuple[int, int] | None:
    try:
        st = pad.stat()
    except FileNotFoundError:
        return None
    return (st.st_mtime_ns, st.st_size)


# -- the index of the home screen ----------------------------------------------------------


class _Index:
    """A cache of session summaries, keyed by file name and (mtime_ns, size).

    JSON, not TOML: it is machinery, never read by people, and must load fast. It holds family
    labels, so it gets the same private permissions and atomic write as the sessions.
    """

    VERSIE = 1

    def __init__(self, pad: Path, map_: Path, items: dict[str, dict[str, Any]]) -> None:
        self.pad = pad
        self.map = map_
        self._items = items
        self._gewijzigd = False

    @classmethod
    def lees(cls, data: Path) -> _Index:
        pad, map_ = locations.index_file(data), locations.sessies_dir(data)
        try:
            ruw = json.loads(pad.read_bytes())
            if ruw.get("versie") != cls.VERSIE or not isinstance(ruw.get("items"), dict):
                raise ValueError("onbekende index")
            return cls(pad, map_, ruw["items"])
        except (OSError, ValueError, AttributeError):
            return cls(pad, map_, {})  # missing or broken: rebuilt from the files

    def zoek(self, naam: str, stempel: tuple[int, int]) -> Overzicht | None:
        ruw = self._items.get(naam)
        if not isinstance(ruw, dict) or ruw.get("stempel") != list(stempel):
            return None
        try:
            gewijzigd = ruw.get("gewijzigd")
            return Overzicht(
                self.map,
                naam,
                id=ruw.get("id"),
                gezin=ruw.get("gezin"),
                gewijzigd=datetime.fromisoformat(gewijzigd) if gewijzigd else None,
                personen=int(ruw.get("personen", 0)),
                fout=ruw.get("fout"),
                conflict=bool(ruw.get("conflict", False)),
            )
        except (TypeError, ValueError):
            return None

    def vergeet(self, naam: str) -> None:
        if self._items.pop(naam, None) is not None:
            self._gewijzigd = True

    def zet(self, naam: str, stempel: tuple[int, int], item: Overzicht) -> None:
        self._items[naam] = {
            "stempel": list(stempel),
            "id": item.id,
            "gezin": item.gezin,
            "gewijzigd": item.gewijzigd.isoformat() if item.gewijzigd else None,
            "personen": item.personen,
            "fout": item.fout,
            "conflict": item.conflict,
        }
        self._gewijzigd = True

    def bewaar(self, houd: set[str] | None = None) -> None:
        weg = set(self._items) - houd if houd is not None else set()
        for naam in weg:  # deleted sessions leave no trace here either
            del self._items[naam]
            self._gewijzigd = True
        if not self._gewijzigd:
            return
        data = json.dumps({"versie": self.VERSIE, "items": self._items}, ensure_ascii=False)
        with contextlib.suppress(OSError):  # a cache that cannot be written is no reason to fail
            schrijf_atomisch(self.pad, data.encode("utf-8"))


# -- the lock --------------------------------------------------------------------------------


class _Slot:
    """An OS-level lock on `<data>/.locks/<session>.lock`.

    The operating system drops it when the process dies (even on SIGKILL or a power cut),
    so there is no stale lock to clean up by hand, and a lock file a sync tool copies or
    deletes is simply made again.
    """

    def __init__(self, pad: Path, bestand: IO[bytes]) -> None:
        self.pad = pad
        self._bestand: IO[bytes] | None = bestand

    @classmethod
    def neem(cls, map_: Path, naam: str) -> _Slot:
        maak_prive_map(map_)
        pad = map_ / f"{naam}.lock"
        fd = os.open(pad, os.O_RDWR | os.O_CREAT, 0o600)
        bestand = os.fdopen(fd, "r+b")
        try:
            _vergrendel(bestand)
        except OSError:
            bestand.close()
            raise SessieInGebruik(naam) from None
        bestand.seek(0)
        bestand.truncate()
        bestand.write(str(os.getpid()).encode())
        bestand.flush()
        return cls(pad, bestand)

    def geef_vrij(self) -> None:
        if self._bestand is not None:
            with contextlib.suppress(OSError):
                _ontgrendel(self._bestand)
            self._bestand.close()
            self._bestand = None

    def verwijder_bestand(self) -> None:
        self.geef_vrij()
        self.pad.unlink(missing_ok=True)

    def __enter__(self) -> _Slot:
        return self

    def __exit__(self, *_: object) -> None:
        self.geef_vrij()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _vergrendel(bestand: IO[bytes]) -> None:
        bestand.seek(0)
        msvcrt.locking(bestand.fileno(), msvcrt.LK_NBLCK, 1)

    def _ontgrendel(bestand: IO[bytes]) -> None:
        bestand.seek(0)
        msvcrt.locking(bestand.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _vergrendel(bestand: IO[bytes]) -> None:
        fcntl.flock(bestand.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _ontgrendel(bestand: IO[bytes]) -> None:
        fcntl.flock(bestand.fileno(), fcntl.LOCK_UN)
