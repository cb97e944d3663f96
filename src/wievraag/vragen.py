"""The question bank: the shipped `data/vragen.toml` plus the user's favourites and own questions.

The bank lives at the top of the repository (`data/vragen.toml`). A wheel carries a copy inside
the package (setup.py's build step puts it there); a source checkout or editable install reads
the repository's file itself (`bank_bron`). The user's file lives in the config folder, outside
every session, so it survives upgrades and is the same for every family.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import tomli_w
from pydantic import ValidationError

from wievraag import locations
from wievraag.bestanden import schrijf_atomisch
from wievraag.fouten import BestandFout, toml_fout, validatie_fout
from wievraag.model import EIGEN_THEMA, EigenVraag, MijnVragen, Thema, Vraag, Vragenbank, nieuw_id

BANK_NAAM = "vragen.toml"


# src/wievraag/vragen.py -> the repository's top: where `data/vragen.toml` is in a checkout.
REPOSITORY = Path(__file__).resolve().parents[2]


def bank_bron() -> Traversable:
    """Where the shipped bank is: inside the installed package (a wheel), else in the
    repository this module runs from (editable install, source checkout)."""
    in_pakket = resources.files("wievraag").joinpath("data", BANK_NAAM)
    if in_pakket.is_file():
        return in_pakket
    return REPOSITORY / "data" / BANK_NAAM


def lees_bank(pad: Path | None = None) -> Vragenbank:
    """The shipped bank (or one at `pad`, for checks and tests), validated."""
    if pad is None:
        bron = bank_bron()
        pad = Path(str(bron))
        if not bron.is_file():
            raise BestandFout(pad, "ontbreekt: de vragenbank hoort bij de installatie")
        tekst = bron.read_text(encoding="utf-8")
    else:
        tekst = pad.read_text(encoding="utf-8")
    try:
        ruw = tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as fout:
        raise toml_fout(pad, fout, tekst) from None
    try:
        return Vragenbank.model_validate(ruw)
    except ValidationError as fout:
        raise validatie_fout(pad, fout, tekst) from None


def lees_mijn_vragen(pad: Path) -> MijnVragen:
    if not pad.exists():
        return MijnVragen()
    tekst = pad.read_text(encoding="utf-8")
    try:
        return MijnVragen.model_validate(tomllib.loads(tekst))
    except tomllib.TOMLDecodeError as fout:
        raise toml_fout(pad, fout, tekst) from None
    except ValidationError as fout:
        raise validatie_fout(pad, fout, tekst) from None


@dataclass
class Vragen:
    """The bank as the app uses it: shipped questions plus the user's own, with favourites."""

    bank: Vragenbank
    mijn: MijnVragen = field(default_factory=MijnVragen)
    pad_mijn: Path | None = None
    # Set when the user's file could not be read: it is then never overwritten.
    fout_mijn: str | None = None

    @classmethod
    def laad(cls, config: Path | None = None) -> Vragen:
        pad = locations.mijn_vragen_file(config or locations.config_dir())
        bank = lees_bank()
        try:
            return cls(bank, lees_mijn_vragen(pad), pad)
        except BestandFout as fout:
            return cls(bank, MijnVragen(), pad, fout.melding)

    @property
    def themas(self) -> list[Thema]:
        return [*self.bank.themas, EIGEN_THEMA]

    @property
    def alle(self) -> list[Vraag]:
        eigen = [Vraag(id=v.id, thema=EIGEN_THEMA.id, tekst=v.tekst) for v in self.mijn.eigen]
        return [*self.bank.vragen, *eigen]

    def vraag(self, vraag_id: str) -> Vraag | None:
        return next((v for v in self.alle if v.id == vraag_id), None)

    def thema(self, thema_id: str) -> Thema | None:
        return next((t for t in self.themas if t.id == thema_id), None)

    def is_favoriet(self, vraag_id: str) -> bool:
        return vraag_id in self.mijn.favorieten

    def wissel_favoriet(self, vraag_id: str) -> bool:
        """Toggle and save; returns the new state."""
        if vraag_id in self.mijn.favorieten:
            self.mijn.favorieten = [f for f in self.mijn.favorieten if f != vraag_id]
        else:
            self.mijn.favorieten = [*self.mijn.favorieten, vraag_id]
        self.bewaar()
        return vraag_id in self.mijn.favorieten

    def voeg_toe(self, tekst: str) -> Vraag:
        eigen = EigenVraag(id=nieuw_id("eigen"), tekst=" ".join(tekst.split()))
        self.mijn.eigen = [*self.mijn.eigen, eigen]
        self.bewaar()
        return Vraag(id=eigen.id, thema=EIGEN_THEMA.id, tekst=eigen.tekst)

    def verwijder_eigen(self, vraag_id: str) -> None:
        self.mijn.eigen = [v for v in self.mijn.eigen if v.id != vraag_id]
        self.mijn.favorieten = [f for f in self.mijn.favorieten if f != vraag_id]
        self.bewaar()

    def bewaar(self) -> None:
        if self.pad_mijn is None:
            return
        if self.fout_mijn is not None:
            raise BestandFout(
                self.pad_mijn, "kan niet worden gelezen en wordt dus niet overschreven"
            )
        tekst = tomli_w.dumps(self.mijn.model_dump())
        schrijf_atomisch(self.pad_mijn, tekst.encode("utf-8"))
