"""`wievraag serveer`: the app in a browser for workshops, through textual-serve.

Every browser tab starts its own app process (deelnemer.py), and each of those makes a fresh
copy of the demo family in its own temporary folder: attendees cannot see or overwrite each
other's work. Real sessions are only served when asked for explicitly, always behind a key,
and only on this computer unless the trainer opens it to the local network on purpose.
The server itself (door, cap, queue, clean exit) is in server.py; this module stays light
because the CLI imports it.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket

LOOPBACK = "127.0.0.1"
# The Textual driver of every attendee app (driver.py); by name, as Textual reads it from the
# environment when it is first imported, and the server must not import Textual itself.
DRIVER = "wievraag.serveer.driver:DeelnemerDriver"


def is_lokaal(host: str) -> bool:
    """Whether `host` only listens on this computer."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def adres_voor_anderen(host: str) -> str:
    """The address other computers use to reach `host`; for 0.0.0.0 this computer's own
    address on the network it would use to go out."""
    if host not in ("0.0.0.0", "::"):
        return host
    try:
        # A UDP "connect" only picks the route and the local address: no packet is sent.
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as proef:
            proef.connect(("192.0.2.1", 9))  # TEST-NET-1: never a real host
            eigen = str(proef.getsockname()[0])
    except OSError:
        eigen = ""
    if eigen and not ipaddress.ip_address(eigen).is_loopback and eigen != "0.0.0.0":
        return eigen
    try:
        return socket.gethostbyname(socket.gethostname())
    except OSError:
        return LOOPBACK


def serveer(
    host: str,
    port: int,
    echt: bool,
    training: bool,
    netwerk: bool,
    max_deelnemers: int | None,
    voorraad: int | None = None,
) -> int:
    """Serve until Ctrl+C; 1 (after a Dutch line) when the port is taken."""
    from wievraag.serveer.scherm import toon_adres
    from wievraag.serveer.server import (
        Instelling,
        WerkplaatsServer,
        opdracht_basis,
        standaard_max,
    )
    from wievraag.serveer.toegang import LOKALE_NAMEN, Toegang, maak_sleutel

    publiek = adres_voor_anderen(host)
    namen = [publiek, *LOKALE_NAMEN] if (is_lokaal(host) or publiek != host) else [host]
    # A key whenever someone other than the trainer could reach the server, and with real
    # sessions always: another user of this computer reaches 127.0.0.1 too.
    sleutel = maak_sleutel() if (netwerk or echt or not is_lokaal(host)) else None
    max_deelnemers = max_deelnemers or standaard_max()
    # The pool: by default the whole workshop is ready before the first attendee arrives (30
    # people scanning the QR code at once would otherwise wait for 30 starts). Real sessions
    # are the trainer's own, in a tab or two: one app ahead is enough.
    standaard_voorraad = 1 if echt else max_deelnemers
    instelling = Instelling(
        host=host,
        poort=port,
        opdracht_basis=opdracht_basis(echt, training),
        demo=not echt,
        toegang=Toegang.voor(namen, port, sleutel, elk_ip=host in ("0.0.0.0", "::")),
        max_deelnemers=max_deelnemers,
        voorraad=min(voorraad, max_deelnemers) if voorraad is not None else standaard_voorraad,
    )
    adres = f"http://{publiek}:{port}/" + (f"?sleutel={sleutel}" if sleutel else "")
    server = WerkplaatsServer(instelling)
    qr = not is_lokaal(publiek)  # attendees on their own laptops scan it; not for 127.0.0.1
    return asyncio.run(
        server.draai(lambda: toon_adres(adres, sleutel, qr, instelling.max_deelnemers))
    )
