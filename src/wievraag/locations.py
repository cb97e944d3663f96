"""Where wievraag keeps things. The only module that decides paths (tests point it elsewhere).

`WIEVRAAG_DATA` / `--data` move the sessions; `WIEVRAAG_CONFIG` moves the user's own
questions and favourites. Both default to the platform's per-user folders.
"""

from __future__ import annotations

import os
from pathlib import Path

APP = "wievraag"


def data_dir() -> Path:
    """The data folder: sessions live in its `sessies/` subfolder."""
    override = os.environ.get("WIEVRAAG_DATA")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get("WIEVRAAG_CONFIG")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP, appauthor=False))


def redding_dir() -> Path:
    """Rescue copies of a session that could not be saved when the app had to stop (closed
    terminal, shutdown): the user's own state folder, outside the data folder that failed."""
    override = os.environ.get("WIEVRAAG_STATE")
    if override:
        return Path(override).expanduser() / "redding"
    from platformdirs import user_state_dir

    return Path(user_state_dir(APP, appauthor=False)) / "redding"


def laatst_dir() -> Path:
    """Per session the last file this device wrote or read whole (store/laatst.py): outside
    the synced data folder, so a half-synced file can be rebuilt and a hand edit compared."""
    override = os.environ.get("WIEVRAAG_STATE")
    if override:
        return Path(override).expanduser() / "laatst"
    from platformdirs import user_state_dir

    return Path(user_state_dir(APP, appauthor=False)) / "laatst"


def apparaat_file(config: Path) -> Path:
    return config / "apparaat.txt"


def sessies_dir(data: Path) -> Path:
    return data / "sessies"


def exports_dir(data: Path) -> Path:
    """Exports made without a chosen file: private like the sessions, next to them."""
    return data / "exports"


def locks_dir(data: Path) -> Path:
    return data / ".locks"


def mijn_vragen_file(config: Path) -> Path:
    return config / "mijn-vragen.toml"


def index_file(data: Path, versleuteld: bool = False) -> Path:
    """The home screen's cache; encrypted (`.wvs`) when the folder is."""
    return data / (".index.wvs" if versleuteld else ".index.json")


def instellingen_file(config: Path) -> Path:
    return config / "instellingen.toml"
