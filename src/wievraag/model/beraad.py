"""The netwerkberaad and the young person's own voice.

The netwerkberaad (000: "vrijwel altijd"; 001 §3.2.5) is the meeting where the family and the
people around them make their own plan, the familiegroepsplan, before professionals make a
hulpverleningsplan: a right in the Jeugdwet. The family decides who comes, who chairs and what
the plan looks like; the app prepares the meeting, records it and turns what was agreed into
the plan the family holds (`Sessie.maak_familiegroepsplan`).

The young person's voice (001 §3.1.6, §3.2.4): a young person may have someone in mind whom
the parents would not choose. Their own mentor (JIM, "jouw ingebrachte mentor") and their say
about who is involved are recorded next to the parent's consent, never instead of it.

Consent is checked when someone is invited or given a task (`Sessie.nodig_uit`), not when a
file is read: consent withdrawn later must not make the file unreadable.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, field_validator

from wievraag.model.basis import Basis, nieuw_id, vervangen

Gekomen = Literal["onbekend", "ja", "nee"]
GEKOMEN: dict[str, str] = {"onbekend": "nog niet bekend", "ja": "was er", "nee": "was er niet"}
_VOLGENDE: dict[Gekomen, Gekomen] = {"onbekend": "ja", "ja": "nee", "nee": "onbekend"}


class Uitnodiging(Basis):
    """One person asked to come, and who asks them: the family invites, not the professional
    (the inviter is someone of the register, most often a parent)."""

    persoon: str
    door: str | None = None  # person id; None = not agreed yet
    gekomen: Gekomen = "onbekend"  # recorded after the meeting


class Besluit(Basis):
    """One thing agreed in the meeting: what, and who takes it on. `afspraak` is the plan's
    agreement it became, so making the plan twice adds nothing twice."""

    id: str = Field(default_factory=lambda: nieuw_id("bs"))
    wat: str = ""
    wie: list[str] = Field(default_factory=list)
    afspraak: str | None = None


class Netwerkberaad(Basis):
    """One meeting of the family with its network: prepared, held, and what came of it."""

    id: str = Field(default_factory=lambda: nieuw_id("nb"))
    datum: date | None = None
    tijd: str = ""  # in words: "om 19 uur"
    plek: str = ""  # "bij Oma Ria thuis"
    # The family's own questions for the meeting, one per line, in their words.
    vragen: list[str] = Field(default_factory=list)
    # Who chairs: the family decides (a person of the register, perhaps someone independent).
    voorzitter: str | None = None
    uitgenodigd: list[Uitnodiging] = Field(default_factory=list)
    doel: str = ""  # what the family wants to reach together: the plan's goal
    besluiten: list[Besluit] = Field(default_factory=list)
    verslag: str = ""  # how it went, what stood out

    @field_validator("vragen")
    @classmethod
    def _geen_lege_vragen(cls, vragen: list[str]) -> list[str]:
        return [v.strip() for v in vragen if v.strip()]

    @field_validator("uitgenodigd")
    @classmethod
    def _elk_een_keer(cls, lijst: list[Uitnodiging]) -> list[Uitnodiging]:
        ids = [u.persoon for u in lijst]
        if len(set(ids)) != len(ids):
            raise ValueError("iemand staat twee keer bij de uitgenodigden")
        return lijst

    def persoon_ids(self) -> list[str]:
        ids = [self.voorzitter] if self.voorzitter else []
        for u in self.uitgenodigd:
            ids += [u.persoon, *([u.door] if u.door else [])]
        for b in self.besluiten:
            ids += b.wie
        return list(dict.fromkeys(ids))

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        if self.voorzitter == oud:
            self.voorzitter = nieuw
        lijst: list[Uitnodiging] = []
        for u in self.uitgenodigd:
            if u.door == oud:
                u.door = nieuw
            if u.persoon != oud:
                lijst.append(u)
            elif nieuw is not None and all(x.persoon != nieuw for x in self.uitgenodigd):
                u.persoon = nieuw
                lijst.append(u)
        if lijst != self.uitgenodigd:
            self.uitgenodigd = lijst
        for b in self.besluiten:
            if oud in b.wie:
                b.wie = vervangen(b.wie, oud, nieuw)

    def uitnodiging(self, persoon_id: str) -> Uitnodiging | None:
        return next((u for u in self.uitgenodigd if u.persoon == persoon_id), None)

    def haal_uitnodiging_weg(self, persoon_id: str) -> None:
        self.uitgenodigd = [u for u in self.uitgenodigd if u.persoon != persoon_id]

    def zet_gekomen(self, persoon_id: str, gekomen: Gekomen) -> None:
        uitnodiging = self.uitnodiging(persoon_id)
        if uitnodiging is None:
            raise ValueError("alleen wie uitgenodigd is, kan er wel of niet geweest zijn")
        uitnodiging.gekomen = gekomen

    def volgende_gekomen(self, persoon_id: str) -> Gekomen:
        """Space in the list: not known → was there → was not there → not known."""
        uitnodiging = self.uitnodiging(persoon_id)
        huidig = uitnodiging.gekomen if uitnodiging is not None else "onbekend"
        volgende = _VOLGENDE[huidig]
        self.zet_gekomen(persoon_id, volgende)
        return volgende

    def besluit(self, besluit_id: str) -> Besluit | None:
        return next((b for b in self.besluiten if b.id == besluit_id), None)

    def haal_besluit_weg(self, besluit_id: str) -> None:
        self.besluiten = [b for b in self.besluiten if b.id != besluit_id]

    def gekomen(self) -> list[str]:
        return [u.persoon for u in self.uitgenodigd if u.gekomen == "ja"]

    @property
    def gehouden(self) -> bool:
        """Held: someone's presence is recorded, or something was agreed."""
        return bool(self.gekomen() or self.besluiten or self.verslag.strip())


class Aanmelding(Basis):
    """The referral (001 §2.3): the referrer is asked which people support the family, and the
    family is encouraged to invite them to the first meeting. So the network is on the table
    from the first day, not only when someone thinks to ask."""

    datum: date | None = None
    verwijzer: str = ""  # who referred, in words: "huisarts", "wijkteam"
    steun_genoemd: list[str] = Field(default_factory=list)  # named by the referrer
    uitgenodigd: list[str] = Field(default_factory=list)  # to the first meeting (consent)
    notitie: str = ""

    @field_validator("steun_genoemd", "uitgenodigd")
    @classmethod
    def _elk_een_keer(cls, ids: list[str]) -> list[str]:
        return list(dict.fromkeys(ids))

    @property
    def id(self) -> str:
        """How messages name it: one referral per session."""
        return "aanmelding"

    def persoon_ids(self) -> list[str]:
        return list(dict.fromkeys([*self.steun_genoemd, *self.uitgenodigd]))

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        if oud in self.steun_genoemd:
            self.steun_genoemd = vervangen(self.steun_genoemd, oud, nieuw)
        if oud in self.uitgenodigd:
            self.uitgenodigd = vervangen(self.uitgenodigd, oud, nieuw)

    def noem_steun(self, persoon_ids: list[str]) -> None:
        """People the referrer named as support: recorded as said, no one approached yet."""
        self.steun_genoemd = [*self.steun_genoemd, *persoon_ids]

    def haal_weg(self, lijst: Literal["steun_genoemd", "uitgenodigd"], persoon_id: str) -> None:
        setattr(self, lijst, [p for p in getattr(self, lijst) if p != persoon_id])


class StemJongere(Basis):
    """What one young person wants: the mentor they choose (JIM) and who they want involved
    or not. Recorded next to the parent's consent for each person, not in its place."""

    id: str = Field(default_factory=lambda: nieuw_id("st"))
    jongere: str  # person id
    mentor: str | None = None  # the JIM the young person chose
    mentor_sinds: date | None = None
    waarom: str = ""  # in the young person's own words
    wil_erbij: list[str] = Field(default_factory=list)
    wil_niet_erbij: list[str] = Field(default_factory=list)

    @field_validator("wil_erbij", "wil_niet_erbij")
    @classmethod
    def _elk_een_keer(cls, ids: list[str]) -> list[str]:
        return list(dict.fromkeys(ids))

    def persoon_ids(self) -> list[str]:
        ids = [self.jongere, *([self.mentor] if self.mentor else [])]
        return list(dict.fromkeys([*ids, *self.wil_erbij, *self.wil_niet_erbij]))

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        if self.mentor == oud:
            self.mentor = nieuw if nieuw != self.jongere else None
        if oud in self.wil_erbij:
            self.wil_erbij = vervangen(self.wil_erbij, oud, nieuw)
        if oud in self.wil_niet_erbij:
            self.wil_niet_erbij = vervangen(self.wil_niet_erbij, oud, nieuw)
        # The young person themselves: merged stays with the one kept; removed is handled by
        # the session (the whole record goes, `Sessie.verwijder_persoon`).
        if self.jongere == oud and nieuw is not None:
            self.jongere = nieuw
        if self.mentor == self.jongere:
            self.mentor = None
        if self.jongere in self.wil_erbij or self.jongere in self.wil_niet_erbij:
            self._zonder_zichzelf()

    def _zonder_zichzelf(self) -> None:
        self.wil_erbij = [p for p in self.wil_erbij if p != self.jongere]
        self.wil_niet_erbij = [p for p in self.wil_niet_erbij if p != self.jongere]

    def kies_mentor(self, persoon_id: str | None, dag: date | None = None) -> None:
        """The young person's own choice of mentor (JIM), with the day it was made."""
        if persoon_id is not None and persoon_id == self.jongere:
            raise ValueError("de mentor is iemand anders dan de jongere zelf")
        self.mentor = persoon_id
        self.mentor_sinds = None if persoon_id is None else dag or date.today()

    def zet_wens(self, persoon_id: str, wens: Literal["erbij", "niet", "geen"]) -> None:
        """Whether the young person wants this person involved; one wish per person."""
        if persoon_id == self.jongere:
            raise ValueError("de jongere zegt iets over anderen, niet over zichzelf")
        erbij = [p for p in self.wil_erbij if p != persoon_id]
        niet = [p for p in self.wil_niet_erbij if p != persoon_id]
        if wens == "erbij":
            erbij.append(persoon_id)
        elif wens == "niet":
            niet.append(persoon_id)
        self.wil_erbij, self.wil_niet_erbij = erbij, niet
