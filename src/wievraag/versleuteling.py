"""Encryption at rest: one passphrase for the data folder, one encrypted file per session.

Library: `cryptography` (PyCA). It is the most widely used, professionally maintained crypto
library for Python, ships wheels for every platform we support (no compiler on a locked-down
work laptop), and offers exactly the two standard primitives we need: scrypt (RFC 7914) turns
the passphrase into a key, AES-256-GCM encrypts and authenticates each file (a flipped byte or
a wrong passphrase is detected, never decoded into garbage).

scrypt is slow on purpose (~0.1 s): it runs once per folder salt and process, not per save, so
an autosave costs one AES-GCM pass over a few hundred KB. Every file carries its own random
nonce and, in its header, the salt and scrypt parameters: a file is self-describing, so a copy
on a USB stick still opens with the passphrase alone.

File layout (`.wvs`): MAGIE, then version, log2(n), r, p (one byte each), salt (16 bytes),
nonce (12 bytes), then ciphertext + GCM tag. The header is authenticated as associated data.
The folder marker `versleuteling.json` holds the same parameters plus a check value, so a
wrong passphrase is caught before any file is touched.

Nothing here imports Textual or pydantic; `cryptography` itself is imported on first use.
"""

from __future__ import annotations

import base64
import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wievraag.bestanden import lees_begrensd

MAGIE = b"wievraag-versleuteld\n"
VERSIE = 1
EXTENSIE = ".wvs"
MARKER = "versleuteling.json"
MIN_LENGTE = 8

_MIN_N_LOG2 = 10  # below this scrypt protects nothing; no wievraag ever wrote it
_MARKER_MAX = 64 * 1024  # the marker is a few hundred bytes
_KOP = struct.Struct("!BBBB16s12s")  # version, log2(n), r, p, salt, nonce
_CONTROLE = b"wievraag: het wachtwoord klopt"


class VerkeerdWachtwoord(Exception):
    """The passphrase does not open this folder or file."""

    def __init__(self) -> None:
        super().__init__("Het wachtwoord klopt niet. Er is niets veranderd; probeer het opnieuw.")


class WachtwoordNodig(Exception):
    """The file is encrypted and no passphrase was given."""


@dataclass(frozen=True)
class Instelling:
    """scrypt parameters and salt: the same for every file of one folder."""

    zout: bytes
    n_log2: int = 15  # 2^15 * r * 128 bytes = 32 MiB, ~0.1 s on a laptop
    r: int = 8
    p: int = 1

    @classmethod
    def nieuw(cls) -> Instelling:
        return cls(os.urandom(16))

    def controleer(self) -> None:
        """Refuse parameters that ask more work than `versleutel` ever writes, before
        deriving anything: the header is read before it can be authenticated, so a damaged or
        crafted file would otherwise decide the cost (n = 2^22, r = 32 asked 16 GiB and ended
        in a MemoryError; p = 129 one flipped bit away made a check take seconds)."""
        standaard = Instelling(b"")
        if not (
            _MIN_N_LOG2 <= self.n_log2 <= standaard.n_log2
            and 1 <= self.r <= standaard.r
            and 1 <= self.p <= standaard.p
            and len(self.zout) == 16
        ):
            raise ValueError(
                f"de versleutelingskop vraagt een sleutelafleiding (scrypt n=2^{self.n_log2}, "
                f"r={self.r}, p={self.p}) die wievraag nooit schrijft (hooguit "
                f"n=2^{standaard.n_log2}, r={standaard.r}, p={standaard.p}). Het bestand is "
                "beschadigd of niet van wievraag; het blijft onaangeroerd."
            )


def is_versleuteld(data: bytes) -> bool:
    return data.startswith(MAGIE)


class Kluis:
    """Holds the passphrase of this process and the keys derived from it (in memory only)."""

    def __init__(self, wachtwoord: str, instelling: Instelling) -> None:
        self._wachtwoord = wachtwoord
        self.instelling = instelling
        self._sleutels: dict[Instelling, bytes] = {}

    def _sleutel(self, instelling: Instelling) -> bytes:
        sleutel = self._sleutels.get(instelling)
        if sleutel is None:
            from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

            instelling.controleer()  # before any work: the header is not checked yet
            sleutel = Scrypt(
                salt=instelling.zout,
                length=32,
                n=2**instelling.n_log2,
                r=instelling.r,
                p=instelling.p,
            ).derive(self._wachtwoord.encode("utf-8"))
            self._sleutels[instelling] = sleutel
        return sleutel

    def vercijfer(self, data: bytes) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        inst = self.instelling
        kop = MAGIE + _KOP.pack(VERSIE, inst.n_log2, inst.r, inst.p, inst.zout, os.urandom(12))
        return kop + AESGCM(self._sleutel(inst)).encrypt(kop[-12:], data, kop)

    def ontcijfer(self, data: bytes) -> bytes:
        """Raises VerkeerdWachtwoord, or ValueError (in Dutch) for a damaged file."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if not is_versleuteld(data) or len(data) < len(MAGIE) + _KOP.size + 16:
            raise ValueError("geen (volledig) versleuteld wievraag-bestand")
        kop = data[: len(MAGIE) + _KOP.size]
        versie, n_log2, r, p, zout, nonce = _KOP.unpack(kop[len(MAGIE) :])
        if versie != VERSIE:
            raise ValueError(
                f"versleuteld met een nieuwere wievraag (versie {versie}); werk wievraag bij"
            )
        sleutel = self._sleutel(Instelling(zout, n_log2, r, p))
        try:
            return AESGCM(sleutel).decrypt(nonce, data[len(kop) :], kop)
        except InvalidTag:
            raise VerkeerdWachtwoord() from None


# -- the folder marker -------------------------------------------------------------------------


@dataclass(frozen=True)
class Marker:
    """`<data>/versleuteling.json`. `doel` is the form every session is (being) converted to;
    `klaar` is False while `versleutel` / `ontsleutel` is on its way (or was interrupted)."""

    instelling: Instelling
    controle: bytes
    doel: str  # "versleuteld" | "onversleuteld"
    klaar: bool

    @property
    def versleuteld(self) -> bool:
        return self.doel == "versleuteld"

    def kluis(self, wachtwoord: str) -> Kluis:
        """A Kluis for this folder, or VerkeerdWachtwoord (checked before anything is read)."""
        kluis = Kluis(wachtwoord, self.instelling)
        if kluis.ontcijfer(self.controle) != _CONTROLE:
            raise VerkeerdWachtwoord()
        return kluis

    def met(self, *, doel: str | None = None, klaar: bool | None = None) -> Marker:
        return Marker(
            self.instelling,
            self.controle,
            self.doel if doel is None else doel,
            self.klaar if klaar is None else klaar,
        )

    def bytes(self) -> bytes:
        i = self.instelling
        ruw: dict[str, Any] = {
            "versie": VERSIE,
            "uitleg": "Deze map is versleuteld met wievraag. Zonder het wachtwoord is de "
            "inhoud niet te lezen. Zie de README onder 'Versleutelen'.",
            "zout": base64.b64encode(i.zout).decode(),
            "n_log2": i.n_log2,
            "r": i.r,
            "p": i.p,
            "controle": base64.b64encode(self.controle).decode(),
            "doel": self.doel,
            "klaar": self.klaar,
        }
        return json.dumps(ruw, ensure_ascii=False, indent=1).encode("utf-8")


def nieuwe_marker(wachtwoord: str) -> tuple[Marker, Kluis]:
    kluis = Kluis(wachtwoord, Instelling.nieuw())
    marker = Marker(kluis.instelling, kluis.vercijfer(_CONTROLE), "versleuteld", klaar=False)
    return marker, kluis


def marker_pad(data: Path) -> Path:
    return data / MARKER


def lees_marker(data: Path) -> Marker | None:
    """None when the folder is not encrypted. A damaged marker is an error, never 'plain':
    treating it as plain would make the app write new sessions in the clear."""
    pad = marker_pad(data)
    try:
        ruw = json.loads(lees_begrensd(pad, _MARKER_MAX))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as fout:
        raise ValueError(f"{pad}: niet te lezen ({fout})") from None
    try:
        instelling = Instelling(
            base64.b64decode(ruw["zout"]), int(ruw["n_log2"]), int(ruw["r"]), int(ruw["p"])
        )
        instelling.controleer()
        doel = str(ruw["doel"])
        if doel not in ("versleuteld", "onversleuteld"):
            raise ValueError(doel)
        return Marker(instelling, base64.b64decode(ruw["controle"]), doel, bool(ruw["klaar"]))
    except (KeyError, TypeError, ValueError) as fout:
        raise ValueError(f"{pad}: beschadigd ({fout})") from None
