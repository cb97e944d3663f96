"""A family's session: everything gathered over one or more visits, in one TOML document.

Later parts of the method (appèl, interviews, circles, plan, logboek, afsluiting) slot in as
further top-level lists/tables; every one refers to people by id, never by copying a name.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field, field_validator, model_validator

from wievraag.model.antwoord import Antwoord, Status
from wievraag.model.basis import Basis, nieuw_id, nu
from wievraag.model.persoon import Persoon

SCHEMA = 1
"""The session file format this app writes. Raise it (and add a migration) on every change
that an older app could not read back."""


def _sessie_id() -> str:
    # Date first so a file listing sorts by creation; no family name in the file name (privacy).
    return f"{date.today():%Y%m%d}-{nieuw_id('s')[2:]}"


class Sessie(Basis):
    schema_versie: int = Field(default=SCHEMA, alias="schema")
    id: str = Field(default_factory=_sessie_id)
    gezin: str
    aangemaakt: datetime = Field(default_factory=nu)
    gewijzigd: datetime = Field(default_factory=nu)
    bezoeken: list[date] = Field(default_factory=list)
    personen: list[Persoon] = Field(default_factory=list)
    antwoorden: list[Antwoord] = Field(default_factory=list)

    @field_validator("gezin")
    @classmethod
    def _gezin_niet_leeg(cls, waarde: str) -> str:
        if not waarde.strip():
            raise ValueError("het gezin heeft een naam of label nodig")
        return waarde

    @model_validator(mode="after")
    def _verwijzingen_kloppen(self) -> Sessie:
        # One register: an id that points nowhere is a hand-edit gone wrong; say so on load.
        ids = [p.id for p in self.personen]
        if len(set(ids)) != len(ids):
            dubbel = next(i for i in ids if ids.count(i) > 1)
            raise ValueError(f"persoon-id '{dubbel}' komt twee keer voor")
        bekend = set(ids)
        for antwoord in self.antwoorden:
            for pid in antwoord.personen:
                if pid not in bekend:
                    raise ValueError(
                        f"antwoord '{antwoord.id}' noemt persoon '{pid}', "
                        "die niet in personen staat"
                    )
        return self

    # -- people -----------------------------------------------------------------------------

    def persoon(self, persoon_id: str) -> Persoon | None:
        return next((p for p in self.personen if p.id == persoon_id), None)

    def zoek_persoon(self, naam: str) -> Persoon | None:
        """The person with this name, ignoring case and surrounding spaces (no duplicates)."""
        sleutel = _naam_sleutel(naam)
        return next((p for p in self.personen if _naam_sleutel(p.naam) == sleutel), None)

    def persoon_voor(self, naam: str, relatie: str = "") -> tuple[Persoon, bool]:
        """Find the named person or add them; returns (person, newly_added)."""
        bestaand = self.zoek_persoon(naam)
        if bestaand is not None:
            if relatie and not bestaand.relatie:
                bestaand.relatie = relatie
            return bestaand, False
        nieuw = Persoon(naam=" ".join(naam.split()), relatie=relatie.strip())
        self.personen.append(nieuw)
        return nieuw, True

    def verwijder_persoon(self, persoon_id: str) -> None:
        """Remove a person and every reference to them, so no part points at nobody."""
        # References first: the session is re-validated on every assignment.
        for antwoord in self.antwoorden:
            if persoon_id in antwoord.personen:
                antwoord.personen = [p for p in antwoord.personen if p != persoon_id]
        self.personen = [p for p in self.personen if p.id != persoon_id]

    def gevonden_via(self, persoon_id: str) -> list[Antwoord]:
        """The answers that named this person, oldest first (derived, never stored twice)."""
        return [a for a in self.antwoorden if persoon_id in a.personen]

    # -- answers ----------------------------------------------------------------------------

    def antwoorden_op(self, vraag_id: str) -> list[Antwoord]:
        return sorted((a for a in self.antwoorden if a.vraag == vraag_id), key=lambda a: a.tijd)

    def status_van(self, vraag_id: str) -> Status | None:
        """This question's state in the session: None = not asked yet, else the latest answer's."""
        eerder = self.antwoorden_op(vraag_id)
        return eerder[-1].status if eerder else None

    def antwoord(self, antwoord_id: str) -> Antwoord | None:
        return next((a for a in self.antwoorden if a.id == antwoord_id), None)

    def noteer_bezoek(self, dag: date | None = None) -> None:
        """Record today's visit once; opening a session on a new day is a new visit."""
        dag = dag or date.today()
        if dag not in self.bezoeken:
            self.bezoeken.append(dag)

    def raak_aan(self) -> None:
        self.gewijzigd = nu()


def _naam_sleutel(naam: str) -> str:
    return " ".join(naam.split()).casefold()
