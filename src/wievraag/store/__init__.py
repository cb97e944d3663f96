"""The only code that reads or writes session files, one module per job:

- `vorm`: the file's form on disk (plain or encrypted), the one read and the one write path;
- `codering`: session ⇄ bytes, the schema and its migrations;
- `slot`: the OS lock that lets one process edit a session at a time;
- `bestand`: an open session and what we last saw on disk;
- `lijst`, `index`, `overzicht`: the home screen's list and its cache;
- `opslag`: the data folder (create, open, list, delete, encrypt), built on the others;
- `omzetting`, `wissen`: encrypting a folder, and really deleting a session.
"""

from wievraag.store.bestand import ExternGewijzigd, SessieBestand
from wievraag.store.codering import MIGRATIES, codeer, decodeer
from wievraag.store.opslag import Opslag
from wievraag.store.overzicht import Lijst, Overzicht
from wievraag.store.slot import SessieInGebruik

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
