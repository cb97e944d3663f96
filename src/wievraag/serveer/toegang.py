"""Who may use the workshop server: only pages from the served address, and with the key.

Without these checks any web page the trainer (or anyone on the same computer) visits can open
a websocket to the server and drive an app, and with `--echt` read the real sessions
(issue 19). A browser always sends `Origin` with a websocket and with a request from another
page; `Host` names the address it thinks it talks to, which also stops DNS rebinding (a
foreign name that resolves to 127.0.0.1).
"""

from __future__ import annotations

import ipaddress
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


def _is_ip_met_poort(host: str, poort: int) -> bool:
    naam, _, rest = host.rpartition(":")
    if rest != str(poort):
        return False
    try:
        ipaddress.ip_address(naam.removeprefix("[").removesuffix("]"))
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Toegang:
    """The addresses the server answers to, and the key it asks for (None: no key).

    `elk_ip`: the server listens on every interface (--netwerk), so a laptop on wifi and a
    VPN has more addresses than the one shown; any IP address on our port is then ours. Only
    names are what DNS rebinding uses, and those stay limited to `hosts`.
    """

    hosts: frozenset[str]
    sleutel: str | None
    poort: int = 0
    elk_ip: bool = False

    @classmethod
    def voor(
        cls, namen: list[str], poort: int, sleutel: str | None, elk_ip: bool = False
    ) -> Toegang:
        return cls(frozenset(_met_poort(naam, poort) for naam in namen), sleutel, poort, elk_ip)

    @property
    def origins(self) -> frozenset[str]:
        return frozenset(f"http://{host}" for host in self.hosts)

    def _onze_host(self, host: str) -> bool:
        return host in self.hosts or (self.elk_ip and _is_ip_met_poort(host, self.poort))

    def weiger(
        self, host: str | None, origin: str | None, sleutel: str | None, websocket: bool
    ) -> str | None:
        """Why this request is refused (Dutch, for the page), or None when it may pass."""
        if host is None or not self._onze_host(host.lower()):
            return "Dit adres hoort niet bij deze workshop."
        # The page must come from the server itself: the same address the request went to
        # (with elk_ip), or one of the names it answers to.
        if origin is not None and origin.lower() not in self.origins | {f"http://{host.lower()}"}:
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
