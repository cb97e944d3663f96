"""A person in the family's network: one register for the whole session (PRODUCT.md §Netwerk)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, field_validator

from wievraag.model.basis import Basis, nieuw_id

Sector = Literal[
    "familie",
    "vrienden",
    "buren",
    "school",
    "werk",
    "geloof",
    "sport",
    "online",
    "professional",
]
SECTOREN: dict[str, str] = {
    "familie": "familie",
    "vrienden": "vrienden",
    "buren": "buren",
    "school": "school",
    "werk": "werk",
    "geloof": "geloofsgemeenschap",
    "sport": "sport / club",
    "online": "online / buitenland",
    "professional": "professionals",
}

# Relative to the children of the family: the genogram's three generations (blog 003).
Generatie = Literal["grootouders", "ouders", "kinderen"]
GENERATIES: dict[str, str] = {
    "grootouders": "grootouders",
    "ouders": "ouders",
    "kinderen": "kinderen",
}

Contact = Literal["in-contact", "weinig", "verbroken", "ver-weg", "buitenland", "sociale-media"]
CONTACTEN: dict[str, str] = {
    "in-contact": "in contact",
    "weinig": "weinig contact",
    "verbroken": "contact verbroken",
    "ver-weg": "woont ver weg",
    "buitenland": "in het buitenland",
    "sociale-media": "via sociale media",
}

# The parent decides who may be approached (factsheet 002); "not asked" is the honest default.
Toestemming = Literal["niet-gevraagd", "ja", "nee"]
TOESTEMMINGEN: dict[str, str] = {
    "niet-gevraagd": "nog niet gevraagd",
    "ja": "ja",
    "nee": "nee",
}


class Persoon(Basis):
    id: str = Field(default_factory=lambda: nieuw_id("p"))
    naam: str
    relatie: str = ""
    sector: Sector | None = None
    generatie: Generatie | None = None
    leeftijd: int | None = Field(default=None, ge=0, le=130)
    in_leven: bool = True
    contact: Contact | None = None
    toestemming: Toestemming = "niet-gevraagd"
    toestemming_datum: date | None = None
    notities: str = ""
    # Second degree (olievlek, Bijlage I): known through this person of the register.
    via: str | None = None

    @field_validator("naam")
    @classmethod
    def _naam_niet_leeg(cls, waarde: str) -> str:
        if not waarde.strip():
            raise ValueError("een persoon heeft een naam nodig")
        return waarde

    def persoon_ids(self) -> list[str]:
        return [self.via] if self.via else []

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        if self.via == oud:
            self.via = nieuw if nieuw != self.id else None  # merged into themselves: no "via"

    @property
    def label(self) -> str:
        """Name with relation, the way people are shown in lists: "Ans (tante)"."""
        return f"{self.naam} ({self.relatie})" if self.relatie else self.naam
