"""The only code that reads or writes session files.

One read path (`_lees` → `_ontcijfer` → `decodeer`) and one write path (`codeer` →
`_vercijfer` → `_schrijf`). A session file is plain TOML (`.toml`) or encrypted (`.wvs`, see
versleuteling.py); its extension decides, so the plain text of an encrypted session exists only
in memory and the atomic write (temp file included) only ever sees ciphertext.
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
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from wievraag import locations
from wievraag.bestanden import fsync_map as _fsync_map_van
from wievraag.bestanden import maak_prive_map, schrijf_atomisch
from wievraag.fouten import BestandFout, toml_fout, validatie_fout
from wievraag.tomlschrijver import TomlSchrijver
from wievraag.versleuteling import (
    EXTENSIE as VERSLEUTELD,
)
from wievraag.versleuteling import (
    Kluis,
    Marker,
    VerkeerdWachtwoord,
    WachtwoordNodig,
    is_versleuteld,
    lees_marker,
    marker_pad,
    nieuwe_marker,
)

if TYPE_CHECKING:
    from wievraag.model import Sessie

# The domain model (pydantic) is imported where it is used, not here: with a warm index the
# home screen lists thousands of sessions without it, and start-up stays fast.

EXTENSIE = ".toml"
EXTENSIES = (EXTENSIE, VERSLEUTELD)

Migratie = Callable[[dict[str, Any]], dict[str, Any]]


def _van_1(ruw: dict[str, Any]) -> dict[str, Any]:
    # Schema 2 only added optional parts (model/sessie.py SCHEMA): a schema-1 document is a
    # valid schema-2 document as it is.
    return ruw


MIGRATIES: dict[int, Migratie] = {1: _van_1}
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


def _ontcijfer(pad: Path, data: bytes, kluis: Kluis | None) -> bytes:
    """File bytes → plain TOML bytes (in memory). Plain files pass through unchanged."""
    if not is_versleuteld(data):
        if pad.suffix == VERSLEUTELD:
            raise BestandFout(pad, "dit is geen (volledig) versleuteld wievraag-bestand")
        return data
    if kluis is None:
        raise BestandFout(pad, "dit bestand is versleuteld; open het met het wachtwoord")
    try:
        return kluis.ontcijfer(data)
    except VerkeerdWachtwoord:
        raise BestandFout(
            pad, "versleuteld met een ander wachtwoord, of beschadigd; het blijft onaangeroerd"
        ) from None
    except ValueError as fout:
        raise BestandFout(pad, str(fout)) from None


def _vercijfer(pad: Path, data: bytes, kluis: Kluis | None) -> bytes:
    """Plain TOML bytes → the bytes for this file: encrypted when its extension says so."""
    if pad.suffix != VERSLEUTELD:
        return data
    if kluis is None:  # never write a .wvs in the clear
        raise WachtwoordNodig(pad.name)
    return kluis.vercijfer(data)


def _schrijf(pad: Path, data: bytes) -> tuple[int, int]:
    return schrijf_atomisch(pad, data)


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
    evaluatie: date | None = None  # the plan's evaluation date: marked when it has passed

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
    """The data folder: list, create, open and delete sessions; encrypt and decrypt it."""

    def __init__(self, data: Path | None = None, kluis: Kluis | None = None) -> None:
        self.data = data if data is not None else locations.data_dir()
        self.map = locations.sessies_dir(self.data)
        self.kluis = kluis

    # -- encryption state ------------------------------------------------------------------

    @property
    def marker(self) -> Marker | None:
        """Read fresh each time: a conversion in another process changes it."""
        return lees_marker(self.data)

    @property
    def versleuteld(self) -> bool:
        return self.marker is not None

    def ontgrendel(self, wachtwoord: str) -> None:
        """Check the passphrase against the folder and keep it for this process."""
        marker = self.marker
        if marker is not None:
            self.kluis = marker.kluis(wachtwoord)

    def onderbroken(self) -> bool:
        """True when a `versleutel` / `ontsleutel` was interrupted: run it again."""
        marker = self.marker
        return marker is not None and not marker.klaar

    def _vorm(self) -> str:
        """The extension new files get (and the one preferred when a session has both)."""
        marker = self.marker
        return VERSLEUTELD if marker is not None and marker.versleuteld else EXTENSIE

    def versleutel(self, wachtwoord: str) -> int:
        """Encrypt every session of the folder; returns how many files were converted.

        Crash-safe: the marker is written first (from then on new sessions are encrypted and
        the listing prefers `.wvs`); per session the `.wvs` is written atomically before the
        `.toml` is removed, so at every moment each session is readable in one of the forms.
        Running it again finishes an interrupted run. With an existing marker the passphrase
        is checked before anything is touched.
        """
        marker = self.marker
        self.zorg_voor_map()
        if marker is None:
            marker, kluis = nieuwe_marker(wachtwoord)
        else:
            kluis = marker.kluis(wachtwoord)
            if marker.versleuteld and marker.klaar and not self._andere_vorm(EXTENSIE):
                self.kluis = kluis
                self._ruim_resten_op()
                return 0
            marker = marker.met(doel="versleuteld", klaar=False)
        schrijf_atomisch(marker_pad(self.data), marker.bytes())
        self.kluis = kluis
        # The plain index holds family labels: gone before anything else.
        locations.index_file(self.data).unlink(missing_ok=True)
        aantal = self._zet_om(VERSLEUTELD)
        schrijf_atomisch(marker_pad(self.data), marker.met(klaar=True).bytes())
        self.lijst()  # the index again, now encrypted
        return aantal

    def ontsleutel(self, wachtwoord: str) -> int:
        """Decrypt every session back to plain TOML; the marker goes last. Crash-safe like
        `versleutel`. A wrong passphrase raises VerkeerdWachtwoord with nothing touched."""
        marker = self.marker
        if marker is None:
            return 0
        kluis = marker.kluis(wachtwoord)
        bezig = marker.met(doel="onversleuteld", klaar=False)
        schrijf_atomisch(marker_pad(self.data), bezig.bytes())
        self.kluis = kluis
        aantal = self._zet_om(EXTENSIE)
        marker_pad(self.data).unlink()
        with contextlib.suppress(OSError):
            _fsync_map_van(self.data)
        locations.index_file(self.data, versleuteld=True).unlink(missing_ok=True)
        self.lijst()
        return aantal

    def _andere_vorm(self, ext: str) -> list[Path]:
        if not self.map.is_dir():
            return []
        return sorted(p for p in self.map.iterdir() if p.suffix == ext and p.is_file())

    def _zet_om(self, naar: str) -> int:
        van = EXTENSIE if naar == VERSLEUTELD else VERSLEUTELD
        aantal = 0
        for bron in self._andere_vorm(van):
            if bron.name.startswith("."):
                continue
            doel = bron.with_suffix(naar)
            with _Slot.neem(locations.locks_dir(self.data), bron.stem):
                # Leftovers of killed plain writers hold names too.
                _ruim_tijdelijk_op(bron)
                _ruim_tijdelijk_op(doel)
                platte = _ontcijfer(bron, _lees(bron), self.kluis)  # the same bytes, in memory
                _schrijf(doel, _vercijfer(doel, platte, self.kluis))
                bron.unlink()
                _fsync_map_van(self.map)
            aantal += 1
        self._ruim_resten_op()
        return aantal

    def _ruim_resten_op(self) -> None:
        """Temp files a killed writer left of sessions this run did not convert (already in
        the new form, or never written): a half-written plain `.toml` temp must not stay in a
        folder that is now encrypted. Found by the kill test: a kill while `ontsleutel` wrote
        a session, then `versleutel`, left that session's plain temp file behind."""
        if not self.map.is_dir():
            return
        namen: set[str] = set()
        for pad in self.map.iterdir():
            naam = pad.name
            if naam.endswith(".tmp") and naam.startswith("."):
                for ext in EXTENSIES:  # `.<stem><ext>.<random>.tmp`
                    stem, gevonden, _ = naam[1:].rpartition(f"{ext}.")
                    if gevonden and stem:
                        namen.add(stem)
        for stem in sorted(namen):
            # A session open in a running app: its temp files may be a live write.
            slot = locations.locks_dir(self.data)
            with contextlib.suppress(SessieInGebruik), _Slot.neem(slot, stem):
                for ext in EXTENSIES:
                    _ruim_tijdelijk_op(self.map / f"{stem}{ext}")

    # -- the folder --------------------------------------------------------------------------

    def zorg_voor_map(self) -> Path:
        maak_prive_map(self.data)
        return maak_prive_map(self.map)

    def bestanden(self) -> list[Path]:
        return [self.map / naam for naam, _ in self._stempels()]

    def lijst(self, budget: float | None = None) -> Lijst:
        """Every session file, most recently changed first; unreadable ones last, with problem.

        Backed by an index of (mtime, size) → summary so 10,000 sessions list in well under a
        second. The files stay the truth: any file whose stamp differs is read again, and a
        missing or broken index is simply rebuilt. With a `budget` (seconds), reading files
        that are not indexed stops when it is spent; they are counted in `nog_te_lezen`.
        An encrypted folder needs the passphrase first (WachtwoordNodig).
        """
        if self.kluis is None and self.versleuteld:
            raise WachtwoordNodig(str(self.data))
        index = _Index.lees(self.data, self.kluis)
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
                item = _samenvat(self.map, naam, self.kluis)
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
        uit: dict[str, tuple[str, tuple[int, int]]] = {}
        voorkeur = self._vorm()
        with os.scandir(self.map) as items:
            for item in items:
                naam = item.name
                ext = VERSLEUTELD if naam.endswith(VERSLEUTELD) else EXTENSIE
                if not naam.endswith(ext) or naam.startswith("."):
                    continue
                try:
                    if not item.is_file():
                        continue
                    st = item.stat()
                except OSError:
                    continue
                stam = naam[: -len(ext)]
                # Both forms of one session exist only for a moment during a conversion
                # (or after a kill in it): both are complete, the preferred one is listed.
                if stam in uit and ext != voorkeur:
                    continue
                uit[stam] = (naam, (st.st_mtime_ns, st.st_size))
        return sorted(uit.values())

    def pad_voor(self, sessie: Sessie) -> Path:
        return self.map / f"{sessie.id}{self._vorm()}"

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
        _schrijf(pad, _vercijfer(pad, codeer(sessie), self.kluis))
        return pad

    def laad(self, pad: Path) -> Sessie:
        """Read a session without opening it for editing (export, check, listing)."""
        return decodeer(pad, _ontcijfer(pad, _lees(pad), self.kluis))

    def open(self, pad: Path) -> SessieBestand:
        """Open a session for editing: takes the lock, so a second window cannot clobber it."""
        slot = _Slot.neem(locations.locks_dir(self.data), pad.stem)
        _ruim_tijdelijk_op(pad)
        try:
            data = _ontcijfer(pad, _lees(pad), self.kluis)
            sessie = decodeer(pad, data)
        except BaseException:
            slot.geef_vrij()
            raise
        return SessieBestand(pad, sessie, slot, self.kluis)

    def sporen(self, pad: Path) -> list[str]:
        """What `verwijder` removes, in words (for the confirmation)."""
        sporen = [f"het sessiebestand {pad.name}"]
        for ext in EXTENSIES:
            tweeling = pad.with_suffix(ext)
            if tweeling != pad and tweeling.exists():
                sporen.append(f"de andere vorm {tweeling.name} (van een onderbroken omzetting)")
        resten = [r for ext in EXTENSIES for r in pad.parent.glob(f".{pad.stem}{ext}.*.tmp")]
        if resten:
            sporen.append(f"{len(resten)} tijdelijk(e) bestand(en) van een afgebroken opslag")
        exports = self._exports_van(pad)
        if exports:
            sporen.append(
                f"{len(exports)} export(s) in {exports[0].parent}: "
                + ", ".join(e.name for e in exports)
            )
        sporen.append("het slotbestand en de regel in de index van het startscherm")
        return sporen

    def _exports_van(self, pad: Path) -> list[Path]:
        """Exports the app wrote for this session into its own exports folder (named by id).

        A pseudonymised export carries no name and no id, and a file the user saved elsewhere
        is theirs: neither is touched (README, Privacy)."""
        map_ = locations.exports_dir(self.data)
        try:
            return sorted(p for p in map_.iterdir() if p.name.startswith(f"{pad.stem}-"))
        except OSError:
            return []

    def verwijder(self, pad: Path) -> None:
        """Really delete (AVG): the file (both forms), temp leftovers, lock file, index entry."""
        with _Slot.neem(locations.locks_dir(self.data), pad.stem) as slot:
            for ext in EXTENSIES:
                tweeling = pad.with_suffix(ext)
                tweeling.unlink(missing_ok=True)
                _ruim_tijdelijk_op(tweeling)
            for export in self._exports_van(pad):
                export.unlink(missing_ok=True)
            slot.verwijder_bestand()
        with contextlib.suppress(OSError):
            _fsync_map_van(self.map)
        if self.kluis is None and self.versleuteld:
            return  # the encrypted index is rebuilt at the next listing; no names in the clear
        index = _Index.lees(self.data, self.kluis)
        for ext in EXTENSIES:
            index.vergeet(pad.with_suffix(ext).name)
        index.bewaar(opnieuw=True)


class SessieBestand:
    """An open session: its file, the lock we hold, and what we last saw on disk."""

    def __init__(self, pad: Path, sessie: Sessie, slot: _Slot, kluis: Kluis | None = None) -> None:
        self.pad = pad
        self.sessie = sessie
        self._slot = slot
        self._kluis = kluis
        self._gezien = _stempel(pad)
        self._schrijver = TomlSchrijver()
        self._laatst = codeer(sessie, self._schrijver)

    def momentopname(self) -> bytes | None:
        """The (plain) bytes to write if the session changed since the last save, else None.

        Call on the thread that changes the session; the write itself (and the encryption,
        for a `.wvs`) may happen elsewhere.
        """
        data = codeer(self.sessie, self._schrijver)
        return None if data == self._laatst else data

    def schrijf(self, data: bytes) -> None:
        """Write a snapshot, unless someone else changed the file since we last saw it."""
        if _stempel(self.pad) != self._gezien:
            raise ExternGewijzigd(self.pad.name)
        # The stamp of our own write, not a stat afterwards: a hand edit landing between the
        # rename and that stat would be taken for ours, and overwritten by the next save.
        self._gezien = _schrijf(self.pad, _vercijfer(self.pad, data, self._kluis))
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
        data = _ontcijfer(self.pad, _lees(self.pad), self._kluis)
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
        pad = self.pad.with_name(f"{kopie.id}{self.pad.suffix}")
        _schrijf(pad, _vercijfer(pad, codeer(kopie), self._kluis))
        return pad

    def sluit(self) -> None:
        self._slot.geef_vrij()


def _samenvat(map_: Path, naam: str, kluis: Kluis | None = None) -> Overzicht:
    pad = map_ / naam
    try:
        sessie = decodeer(pad, _ontcijfer(pad, _lees(pad), kluis))
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
        evaluatie=sessie.plan.evaluatie if sessie.plan else None,
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
    labels, so it gets the same private permissions and atomic write as the sessions, and in an
    encrypted folder it is encrypted too (`.index.wvs`): without a Kluis it is neither read nor
    written.
    """

    VERSIE = 1

    def __init__(
        self,
        pad: Path,
        map_: Path,
        items: dict[str, dict[str, Any]],
        kluis: Kluis | None = None,
        schrijfbaar: bool = True,
    ) -> None:
        self.pad = pad
        self.map = map_
        self._items = items
        self._kluis = kluis
        self._schrijfbaar = schrijfbaar
        self._gewijzigd = False

    @classmethod
    def lees(cls, data: Path, kluis: Kluis | None = None) -> _Index:
        versleuteld = lees_marker(data) is not None
        pad = locations.index_file(data, versleuteld=versleuteld)
        map_ = locations.sessies_dir(data)
        if versleuteld and kluis is None:
            return cls(pad, map_, {}, schrijfbaar=False)
        try:
            ruw = pad.read_bytes()
            if versleuteld:
                assert kluis is not None
                ruw = kluis.ontcijfer(ruw)
            inhoud = json.loads(ruw)
            if inhoud.get("versie") != cls.VERSIE or not isinstance(inhoud.get("items"), dict):
                raise ValueError("onbekende index")
            return cls(pad, map_, inhoud["items"], kluis if versleuteld else None)
        except (OSError, ValueError, AttributeError, VerkeerdWachtwoord):
            # missing or broken: rebuilt from the files
            return cls(pad, map_, {}, kluis if versleuteld else None)

    def zoek(self, naam: str, stempel: tuple[int, int]) -> Overzicht | None:
        ruw = self._items.get(naam)
        if not isinstance(ruw, dict) or ruw.get("stempel") != list(stempel):
            return None
        if "evaluatie" not in ruw:
            return None  # written before the index knew the plan: read the file once more
        try:
            gewijzigd = ruw.get("gewijzigd")
            evaluatie = ruw.get("evaluatie")
            return Overzicht(
                self.map,
                naam,
                id=ruw.get("id"),
                gezin=ruw.get("gezin"),
                gewijzigd=datetime.fromisoformat(gewijzigd) if gewijzigd else None,
                personen=int(ruw.get("personen", 0)),
                fout=ruw.get("fout"),
                conflict=bool(ruw.get("conflict", False)),
                evaluatie=date.fromisoformat(evaluatie) if evaluatie else None,
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
            "evaluatie": item.evaluatie.isoformat() if item.evaluatie else None,
        }
        self._gewijzigd = True

    def bewaar(self, houd: set[str] | None = None, opnieuw: bool = False) -> None:
        """Write if changed. `opnieuw`: after a deletion, the index must be rewritten (or
        removed) even if writing fails, so the family label does not linger in it."""
        weg = set(self._items) - houd if houd is not None else set()
        for naam in weg:  # deleted sessions leave no trace here either
            del self._items[naam]
            self._gewijzigd = True
        if not self._gewijzigd or not self._schrijfbaar:
            return
        data = json.dumps({"versie": self.VERSIE, "items": self._items}, ensure_ascii=False).encode(
            "utf-8"
        )
        if self._kluis is not None:
            data = self._kluis.vercijfer(data)
        try:
            schrijf_atomisch(self.pad, data)
        except OSError:  # a cache that cannot be written is no reason to fail
            if opnieuw:
                with contextlib.suppress(OSError):
                    self.pad.unlink()


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
