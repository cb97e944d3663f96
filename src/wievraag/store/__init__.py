"""The only code that reads or writes session files, one module per job:

- `vorm`: the file's form on disk (plain or encrypted), the one read and the one write path;
- `codering`: session ⇄ bytes, the schema and its migrations;
- `slot`: the OS lock that lets one process edit a session at a time;
- `bestand`: an open session and what we last saw on disk;
- `lijst`, `index`, `overzicht`: the home screen's list and its cache;
- `opslag`: the data folder (create, open, list, delete, encrypt), built on the others;
- `omzetting`, `wissen`: encrypting a folder, and really deleting a session.
"""

from typing import TYPE_CHECKING, Any

from wievraag.store.opslag import Opslag
from wievraag.store.overzicht import Lijst, Overzicht
from wievraag.store.slot import SessieInGebruik

if TYPE_CHECKING:
    from wievraag.store.bestand import ExternGewijzigd, SessieBestand
    from wievraag.store.codering import MIGRATIES, codeer, decodeer

# Reading and writing whole sessions (the TOML writer, its read-back check) is imported when
# first asked for (PEP 562): the home screen lists sessions from the index without it, and
# start-up stays within 1.2x a bare Textual app (issue 18).
_LATER = {
    "ExternGewijzigd": "bestand",
    "SessieBestand": "bestand",
    "MIGRATIES": "codering",
    "codeer": "codering",
    "decodeer": "codering",
}


def __getattr__(naam: str) -> Any:
    if naam in _LATER:
        import importlib

        return getattr(importlib.import_module(f"wievraag.store.{_LATER[naam]}"), naam)
    raise AttributeError(f"module 'wievraag.store' has no attribute {naam!r}")


__all__ = [
    "MIGRATIES",
    "ExternGewijzigd",
    "Lijst",
    "Opslag",
    "Overzicht",
    "SessieBestand",
    "SessieInGebruik",
    "codeer",
    "decodeer",
]
