"""A circle: three rings around the family, with people placed in one ring each.

One structure serves every circle of the method: the sociogram (§3.2, blog 003: who is
important, who would help, who knows most) and the five family and network safety circles of
Bijlage I. Ring 1 is the innermost, closest to the family. The labels are stored with the
circle, so a session still reads right if the templates in the bank are reworded later.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field, field_validator, model_validator

from wievraag.model.basis import Basis, nieuw_id, nu

CirkelSoort = Literal["sociogram", "veiligheid"]
RINGEN = 3
Ring = Literal[1, 2, 3]


class Plaatsing(Basis):
    persoon: str
    ring: Ring


class Cirkel(Basis):
    id: str = Field(default_factory=lambda: nieuw_id("c"))
    soort: CirkelSoort
    # The bank template this circle was made from ("" for a question of the professional's own).
    sjabloon: str = ""
    titel: str
    vraag: str = ""  # the question asked for this circle, as it was asked
    ringen: list[str]  # labels, innermost first
    plaatsingen: list[Plaatsing] = Field(default_factory=list)
    tijd: datetime = Field(default_factory=nu)

    @field_validator("ringen")
    @classmethod
    def _drie_ringen(cls, ringen: list[str]) -> list[str]:
        if len(ringen) != RINGEN or not all(r.strip() for r in ringen):
            raise ValueError(f"een cirkel heeft precies {RINGEN} ringen met een naam")
        return ringen

    @model_validator(mode="after")
    def _eenmaal_per_persoon(self) -> Cirkel:
        ids = [p.persoon for p in self.plaatsingen]
        if len(set(ids)) != len(ids):
            dubbel = next(i for i in ids if ids.count(i) > 1)
            raise ValueError(f"persoon '{dubbel}' staat twee keer in cirkel '{self.id}'")
        return self

    def ring_van(self, persoon_id: str) -> Ring | None:
        return next((p.ring for p in self.plaatsingen if p.persoon == persoon_id), None)

    def in_ring(self, ring: Ring) -> list[str]:
        """The people in one ring, in the order they were placed."""
        return [p.persoon for p in self.plaatsingen if p.ring == ring]

    def plaats(self, persoon_id: str, ring: Ring | None) -> None:
        """Put a person in a ring (moving them if already placed); None takes them out."""
        rest = [p for p in self.plaatsingen if p.persoon != persoon_id]
        if ring is not None:
            rest.append(Plaatsing(persoon=persoon_id, ring=ring))
        self.plaatsingen = rest

    def persoon_ids(self) -> list[str]:
        return [p.persoon for p in self.plaatsingen]

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        ring = self.ring_van(oud)
        if ring is None:
            return
        self.plaats(oud, None)
        if nieuw is not None and self.ring_van(nieuw) is None:
            self.plaats(nieuw, ring)  # a merged person keeps the place the other one had
