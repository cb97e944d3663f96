"""An answer to a wie-vraag, given during a visit, with the people it brought up."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from wievraag.model.basis import Basis, nieuw_id, nu, vervangen

# Family Finding practice: a question that was declined is asked again later, rephrased.
Status = Literal["beantwoord", "geweigerd", "later"]
STATUSSEN: dict[Status, str] = {
    "beantwoord": "beantwoord",
    "geweigerd": "geweigerd",
    "later": "later opnieuw vragen",
}


class Antwoord(Basis):
    id: str = Field(default_factory=lambda: nieuw_id("a"))
    vraag: str
    # The text as it was asked. The bank may be reworded or an own question removed later;
    # the session must still say what was actually asked at the table.
    vraag_tekst: str = ""
    status: Status = "beantwoord"
    gesteld_aan: str = ""
    antwoord: str = ""
    personen: list[str] = Field(default_factory=list)
    tijd: datetime = Field(default_factory=nu)
    # The appèl this question was asked for (step 4, "verleg"): the answer links back to it.
    appel: str | None = None
    # Which kind of "nee" (or "ja, maar") the family gave (§3.1.6): an id of the bank's
    # `nee_soorten`. Each kind asks for another conversation.
    nee: str | None = None
    # Asked again in other words (Family Finding: a declined question comes back rephrased):
    # the wording used this time, with the answer it got.
    anders_gevraagd: str = ""

    def persoon_ids(self) -> list[str]:
        return list(self.personen)

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        if oud in self.personen:
            self.personen = vervangen(self.personen, oud, nieuw)
