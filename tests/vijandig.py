"""Hostile files: one of every kind of file the store must answer calmly (issue 16).

Shared by the store tests, the CLI tests and the Pilot test: `maak_alle(map_)` fills a
sessions folder with them and returns, per file name, a piece of the Dutch message its line
must carry.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from wievraag.model import Sessie
from wievraag.store import codeer

# Words of English error texts that must never reach the user (tomllib, OSError, Python).
ENGELS = (
    "Traceback",
    "Error",
    "Expected",
    "Unclosed",
    "Invalid",
    "Illegal",
    "Cannot",
    "Unterminated",
    "Too many",
    "No such",
    "Permission denied",
    "probleemen",
)


def sessie_bytes(gezin: str = "Gezin Vos", **velden: object) -> bytes:
    sessie = Sessie(gezin=gezin)
    data = codeer(sessie).decode()
    for sleutel, waarde in velden.items():
        data = data.replace(f'{sleutel} = "{getattr(sessie, sleutel)}"', f"{sleutel} = {waarde}")
    return data.encode()


def maak_alle(map_: Path) -> dict[str, str]:
    """Write every hostile case into `map_`; {file name: expected part of its message}."""
    map_.mkdir(parents=True, exist_ok=True)
    verwacht: dict[str, str] = {}

    def bestand(naam: str, data: bytes, melding: str) -> None:
        (map_ / naam).write_bytes(data)
        verwacht[naam] = melding

    bestand(
        "20260101-0000d1e1.toml", b"schema = 2\na = " + b"[" * 500 + b"]" * 500 + b"\n", "genest"
    )
    bestand(
        "20260101-0000d1e2.toml",
        b"schema = 2\na = " + b"{b = " * 500 + b"1" + b"}" * 500 + b"\n",
        "genest",
    )
    bestand("20260101-0000d1e3.toml", b"schema = 2\na = " + b"[" * 40 + b"]" * 40, "genest")
    bestand("20260101-000a0001.toml", b"schema = 2\na = [1, 2\n", "niet afgesloten met ]")
    bestand("20260101-000a0002.toml", b"schema = 2 gezin = 'x'\n", "nieuwe regel")
    bestand("20260101-000a0003.toml", b"schema = 2\na = {b = 1\n", "niet afgesloten met }")
    bestand("20260101-000a0004.toml", b"schema = 2\nd = 2026-02-30\n", "datum of tijd")
    bestand("20260101-000a0005.toml", b"\xff\xfeschema = 2\n", "geen UTF-8")
    bestand("20260101-000a0006.toml", sessie_bytes(id='"../../etc/passwd"'), "niet de vorm")
    bestand(
        "20260101-000a0007.wvs",
        b"wievraag-versleuteld\n" + bytes([1, 22, 32, 1]) + bytes(28) + bytes(32),
        "versleuteld",
    )
    groot = map_ / "20260101-000a0008.toml"
    with groot.open("wb") as uit:  # sparse: 33 MB on paper, nothing on disk
        uit.truncate(33 * 2**20)
    verwacht[groot.name] = "groter dan 32 MB"
    (map_ / "20260101-000a0009.toml").mkdir()
    verwacht["20260101-000a0009.toml"] = "een map"
    if sys.platform != "win32":
        os.mkfifo(map_ / "20260101-000a000a.toml")
        verwacht["20260101-000a000a.toml"] = "pijp"
        (map_ / "20260101-000a000b.toml").symlink_to("20260101-000a000b.toml")
        verwacht["20260101-000a000b.toml"] = "symlink"
        (map_ / "20260101-000a000c.toml").symlink_to("/dev/zero")
        verwacht["20260101-000a000c.toml"] = "apparaat"
    return verwacht


def inhoud(map_: Path) -> dict[str, bytes | str]:
    """What is in the folder now (regular files byte for byte, the rest by kind)."""
    uit: dict[str, bytes | str] = {}
    for pad in sorted(map_.iterdir()):
        if pad.is_symlink():
            uit[pad.name] = f"link→{os.readlink(pad)}"
        elif pad.is_dir():
            uit[pad.name] = "map"
        elif pad.is_fifo():
            uit[pad.name] = "fifo"
        else:
            uit[pad.name] = pad.read_bytes()
    return uit
