"""Who may use the workshop server: only pages from the served address, and with the key.

Without these checks any web page the trainer (or anyone on the same computer) visits can open
a websocket to the server and drive an app, and with `--echt` read the real sessions
(issue 19). A browser always sends `Origin` with a websocket and with a request from another
page; `Host` names the address it thinks it talks to, which also stops DNS rebinding (a
foreign name that resolves to 127.0.0.1).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

# Loopback names a browser on the trainer's own computer may use for the same server.
LOKALE_NAMEN = ("127.0.0.1", "localhost")


def maak_sleutel() -> str:
    """A random key for the address: 72 bits, 12 characters someone can still type over."""
    return secrets.token_urlsafe(9)


def _met_poort(naam: str, poort: int) -> str:
    if ":" in naam and not naam.startswith("["):
        naam = f"[{naam}]"  # an IPv6 address in a Host header
    return naam if poort == 80 else f"{naam}:{poort}"


@dataclass(frozen=True)
class Toegang:
    """The addresses the server answers to, and the key it asks for (None: no key)."""

    hosts: frozenset[str]
    sleutel: str | None

    @classmethod
    def voor(cls, namen: list[str], poort: int, sleutel: str | None) -> Toegang:
        return cls(frozenset(_met_poort(naam, poort) for naam in namen), sleutel)

    @property
    def origins(self) -> frozenset[str]:
        return frozenset(f"http://{host}" for host in self.hosts)

    def weiger(
        self, host: str | None, origin: str | None, sleutel: str | None, websocket: bool
    ) -> str | None:
        """Why this request is refused (Dutch, for the page), or None when it may pass."""
        if host is None or host.lower() not in self.hosts:
            return "Dit adres hoort niet bij deze workshop."
        if origin is not None and origin.lower() not in self.origins:
            return "Deze pagina mag de workshop niet openen."
        if websocket and origin is None:
            # Every browser sends Origin with a websocket; its absence means some other
            # program, which has no business here.
            return "Deze pagina mag de workshop niet openen."
        if self.sleutel is not None and (
            sleutel is None or not secrets.compare_digest(sleutel.encode(), self.sleutel.encode())
        ):
            return "Je hebt het volledige adres nodig, met de sleutel. Vraag het aan de trainer."
        return None
