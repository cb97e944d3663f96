"""`wievraag serveer`: the app in a browser for workshops, through textual-serve.

Every browser tab starts its own `wievraag demo` process, and each of those makes a fresh copy
of the demo family in its own temporary folder: attendees cannot see or overwrite each other's
work. Real sessions are only served when asked for explicitly, and only on this computer
unless the trainer opens it to the local network on purpose.
"""

from __future__ import annotations

import ipaddress
import shlex
import socket
import sys
from importlib.resources import files
from pathlib import Path

LOOPBACK = "127.0.0.1"


def is_lokaal(host: str) -> bool:
    """Whether `host` only listens on this computer."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def opdracht(echt: bool, training: bool) -> str:
    """The command textual-serve starts for every browser tab."""
    delen = [sys.executable, "-m", "wievraag"]
    if training:
        delen.append("--training")
    delen.append("start" if echt else "demo")
    return shlex.join(delen)


def _adres_voor_anderen(host: str) -> str:
    """The address other computers use; the page tells the browser where its websocket is."""
    if host not in ("0.0.0.0", "::"):
        return host
    try:
        return socket.gethostbyname(socket.gethostname())
    except OSError:
        return host


def serveer(host: str, port: int, echt: bool, training: bool) -> None:
    from textual_serve.server import Server

    sjablonen = Path(str(files("wievraag") / "data" / "serveer"))
    publiek = f"http://{_adres_voor_anderen(host)}:{port}"
    server = Server(
        opdracht(echt, training),
        host=host,
        port=port,
        title="wievraag",
        public_url=publiek,
        templates_path=sjablonen,  # our page: no font fetched from Google
    )
    print(f"wievraag in de browser: {publiek}  (stoppen: Ctrl+C)", flush=True)
    server.serve()
