"""The network as it stood at a visit: kept so the register can show what changed since.

One `Stand` per visit day, taken when the visit is closed (leaving the session, or opening it
on a new day). Compact on purpose: per person only the name, the consent and the ring in each
circle, one line each in the file. It names people by id, so removing a person from the
register removes them here too (no name lingers in the history), and a merge follows.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from wievraag.model.basis import Basis, nieuw_id
from wievraag.model.cirkel import Ring
from wievraag.model.persoon import Toestemming

Verandering = Literal["nieuw", "verplaatst", "toestemming"]
VERANDERINGEN: dict[str, tuple[str, str]] = {
    # symbol and word: never colour alone
    "nieuw": ("+", "nieuw"),
    "verplaatst": ("↕", "anders geplaatst"),
    "toestemming": ("✓", "toestemming gekregen"),
}


class StandPersoon(Basis):
    persoon: str
    naam: str
    toestemming: Toestemming = "niet-gevraagd"
    ringen: dict[str, Ring] = Field(default_factory=dict)  # circle id → ring


class Stand(Basis):
    id: str = Field(default_factory=lambda: nieuw_id("st"))
    datum: date
    personen: list[StandPersoon] = Field(default_factory=list)

    def van(self, persoon_id: str) -> StandPersoon | None:
        return next((p for p in self.personen if p.persoon == persoon_id), None)

    def persoon_ids(self) -> list[str]:
        return [p.persoon for p in self.personen]

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        wie = self.van(oud)
        if wie is None:
            return
        if nieuw is None or self.van(nieuw) is not None:
            self.personen = [p for p in self.personen if p.persoon != oud]
        else:
            # Merged into someone who was not there yet: the person was there, under the
            # other entry, so they must not show up as new.
            wie.persoon = nieuw
