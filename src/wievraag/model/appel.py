"""An appèl: a call on the professional to take over, handled in the four steps of §2.5.

Each step keeps its own block with a timestamp, so a session shows not only what was decided
but also how: recognised, weighed, discussed, passed on. People named in the last step live in
the session's one register; the appèl only holds their ids.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from wievraag.model.basis import Basis, nieuw_id, nu, vervangen

StapId = Literal["herken", "overweeg", "bespreek", "verleg"]
STAPPEN: tuple[StapId, ...] = ("herken", "overweeg", "bespreek", "verleg")

# §2.5 names family, referrer, colleague and other professionals; §2.3 adds the guardian,
# school mentor and GP of the chain. "Zelf" is the appèl nobody voiced (§2: "appèl voelen").
Van = Literal[
    "gezin", "verwijzer", "collega", "professional", "voogd", "school", "huisarts", "zelf"
]  # fmt: skip
VAN: dict[str, str] = {
    "gezin": "het gezin",
    "verwijzer": "verwijzer",
    "collega": "collega",
    "professional": "andere professional",
    # The key stays (files have it); on screen and in exports the word of today's child
    # protection, as the sources use it (000: "De jeugdbeschermer kan dan bodemeisen stellen").
    "voogd": "jeugdbeschermer",
    "school": "school / mentor",
    "huisarts": "huisarts",
    "zelf": "ikzelf",
}

# §2: an appèl can be received (someone asks) or felt (nobody asks, you feel the urge).
Soort = Literal["gekregen", "gevoeld"]
SOORTEN: dict[str, str] = {"gekregen": "gekregen", "gevoeld": "gevoeld"}

Helpend = Literal["ja", "beetje", "nee", "weet-niet"]
HELPEND: dict[str, str] = {
    "ja": "helpend",
    "beetje": "een beetje",
    "nee": "niet",
    "weet-niet": "weet niet",
}

JaNee = Literal["ja", "nee", "weet-niet"]
JANEE: dict[str, str] = {"ja": "ja", "nee": "nee", "weet-niet": "weet niet"}

# "Nog open" is the honest default: an appèl that is recognised has not been handled yet.
Uitkomst = Literal["open", "verlegd", "zelf"]
UITKOMSTEN: dict[str, str] = {"open": "nog open", "verlegd": "verlegd", "zelf": "zelf gedaan"}


class Stap(Basis):
    # When the step was taken: set by the first thing filled in, never moved afterwards.
    tijd: datetime | None = None

    def heeft_inhoud(self) -> bool:
        return any(bool(getattr(self, veld)) for veld in type(self).model_fields if veld != "tijd")


class Herken(Stap):
    gevoel: str = ""  # what you notice in yourself: the urge, what you think is expected


class Overweeg(Stap):
    nu: Helpend | None = None
    lange_termijn: Helpend | None = None
    als_niet: str = ""
    enige: JaNee | None = None  # "Ben ik de enige/juiste persoon om het te doen?"
    toelichting: str = ""


class Bespreek(Stap):
    met: str = ""  # with whom: the one who asked, or a colleague for a felt appèl
    gezegd: str = ""  # "Je vraagt aan mij om…" / "Ik heb het gevoel dat ik moet…"
    antwoord: str = ""  # what came back on "Wat maakt dat…?"


class Verleg(Stap):
    doen: list[str] = Field(default_factory=list)  # "Wie anders zou het kunnen doen?"
    meedenken: list[str] = Field(default_factory=list)  # "Wie kan hierover met je meedenken?"


class Appel(Basis):
    id: str = Field(default_factory=lambda: nieuw_id("ap"))
    tijd: datetime = Field(default_factory=nu)
    van: Van | None = None
    soort: Soort | None = None
    verzoek: str = ""  # the request, in the professional's own words
    # Where the professional was in the steps: half-way is a normal state (skipping allowed).
    stap: int = Field(default=1, ge=1, le=len(STAPPEN))
    herken: Herken = Field(default_factory=Herken)
    overweeg: Overweeg = Field(default_factory=Overweeg)
    bespreek: Bespreek = Field(default_factory=Bespreek)
    verleg: Verleg = Field(default_factory=Verleg)
    uitkomst: Uitkomst = "open"
    omdat: str = ""  # why you did it yourself after all (or why it is still open)
    uitkomst_tijd: datetime | None = None

    def blok(self, stap: StapId) -> Stap:
        blok: Stap = getattr(self, stap)
        return blok

    def gedaan(self, stap: StapId) -> bool:
        """Whether anything was filled in for this step (the request itself counts as step 1)."""
        if stap == "herken" and (self.verzoek or self.van or self.soort):
            return True
        return self.blok(stap).heeft_inhoud()

    def stempel(self, stap: StapId) -> None:
        blok = self.blok(stap)
        if blok.tijd is None:
            blok.tijd = nu()

    def vul_in(self, stap: StapId | None, veld: str, waarde: object) -> None:
        """Fill in one field of a step (or of the appèl itself): the step is stamped as
        worked on; choosing an outcome notes when (and "open" again clears that)."""
        setattr(self.blok(stap) if stap else self, veld, waarde)
        if veld == "uitkomst":
            self.uitkomst_tijd = None if waarde == "open" else nu()
        elif veld != "omdat":
            self.stempel(stap or "herken")

    def verleg_naar(self, rol: str, persoon_ids: list[str]) -> None:
        """Who could do it (`doen`) or think along (`meedenken`): step 4 is worked on."""
        setattr(self.verleg, rol, list(dict.fromkeys(persoon_ids)))
        self.stempel("verleg")

    def personen(self) -> list[str]:
        """Everyone this appèl was passed on to, once each, in the order they were named."""
        return list(dict.fromkeys([*self.verleg.doen, *self.verleg.meedenken]))

    def persoon_ids(self) -> list[str]:
        return self.personen()

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        verleg = self.verleg
        if oud in verleg.doen:
            verleg.doen = vervangen(verleg.doen, oud, nieuw)
        if oud in verleg.meedenken:
            verleg.meedenken = vervangen(verleg.meedenken, oud, nieuw)

    @property
    def kort(self) -> str:
        """One line to recognise the appèl by in lists."""
        for tekst in (self.verzoek, self.herken.gevoel):
            regel = " ".join(tekst.split())
            if regel:
                return regel
        return "(nog zonder omschrijving)"
