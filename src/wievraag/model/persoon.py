"""A person in the family's network: one register for the whole session (PRODUCT.md §Netwerk)."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import Field, field_validator, model_validator

from wievraag.model.basis import Basis, nieuw_id, vervangen

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

# Relative to the children of the family: the genogram's three generations (blog 003), oldest
# first. The fourth is the great-grandparents: with young parents they are often alive and part
# of the network, and Family Finding (Bijlage I) searches upwards for family; the children
# themselves are minors, so a generation below them is rare (the genogram still draws one when
# parent links lead there).
Generatie = Literal["overgrootouders", "grootouders", "ouders", "kinderen"]
GENERATIES: dict[str, str] = {
    "overgrootouders": "overgrootouders",
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

# The genogram's symbols (McGoldrick): a square for a man, a circle for a woman, a diamond for
# another or an unknown sex. Optional: nobody has to say.
Geslacht = Literal["man", "vrouw", "anders"]
GESLACHTEN: dict[str, str] = {"man": "man", "vrouw": "vrouw", "anders": "anders / onbekend"}

# What two partners are to each other: the genogram draws each kind as its own line.
PartnerRelatie = Literal["getrouwd", "samenwonend", "uit-elkaar", "gescheiden"]
PARTNERRELATIES: dict[str, str] = {
    "getrouwd": "getrouwd",
    "samenwonend": "samenwonend",
    "uit-elkaar": "uit elkaar",
    "gescheiden": "gescheiden",
}

# The parent decides who may be approached (factsheet 002); "not asked" is the honest default.
Toestemming = Literal["niet-gevraagd", "ja", "nee"]
TOESTEMMINGEN: dict[str, str] = {
    "niet-gevraagd": "nog niet gevraagd",
    "ja": "ja",
    "nee": "nee",
}

# What a person gives the family (§3.1.4): the three kinds of support a network can offer.
Steun = Literal["emotioneel", "verbinding", "praktisch"]
STEUNSOORTEN: dict[str, str] = {
    "emotioneel": "emotionele steun",
    "verbinding": "verbinding",
    "praktisch": "praktische hulp en zorg",
}
STEUN_KORT: dict[str, str] = {"emotioneel": "E", "verbinding": "V", "praktisch": "P"}


MAX_TELEFOON = 20
_TELEFOON = re.compile(r"(?:\+?[\d\s()-]*\d[\d\s()-]*)?")  # empty, or digits and + - ( )


def telefoon_geldig(tekst: str) -> bool:
    """Whether `tekst` can be stored as a phone number (the check of `Persoon.telefoon`)."""
    tekst = " ".join(tekst.split())
    return len(tekst) <= MAX_TELEFOON and _TELEFOON.fullmatch(tekst) is not None


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
    # Birth year, when the age is not known exactly or should stay right over the years.
    geboortejaar: int | None = Field(default=None, ge=1850, le=2200)
    steun: list[Steun] = Field(default_factory=list)
    # A worry about a disturbing influence (§3.1.5): marked to discuss with the family, never
    # a reason to leave someone out (the family chose them).
    zorg: bool = False
    zorg_notitie: str = ""
    # "Wat kunnen ze wél?" (000): someone unsafe in one role may be a help in another (not
    # the babysitting, but the shopping). Both in the family's words; never a reason to drop
    # the person, and shown where they are given a task.
    kan_wel: str = ""
    niet_als: str = ""
    # §3.1.6: with a family that hesitates, the pros and cons of having contact with this
    # person, put side by side together.
    voordelen: str = ""
    nadelen: str = ""
    notities: str = ""
    # A phone number, as the family gives it: the shared plan shows it (consent "ja") where
    # people are to be called. Checked loosely, since numbers abroad are written many ways.
    telefoon: str = ""
    # Second degree (olievlek, Bijlage I): known through this person of the register.
    via: str | None = None
    # The genogram's links (blog 003, §3.2): this person's own parents, and their partners
    # (kept on both sides by Sessie.zet_partner). Ids of people in the register.
    ouders: list[str] = Field(default_factory=list)
    partners: list[str] = Field(default_factory=list)
    geslacht: Geslacht | None = None
    # Per partner id, what they are to each other (None: not said; drawn as together).
    partner_relatie: dict[str, PartnerRelatie] | None = None
    # Lives in the family's household (the home of the children this session is about): the
    # genogram draws one dotted line around everyone who does (McGoldrick's household).
    # True or not said (None, left out of the file like every empty field), never False.
    huishouden: bool | None = None

    @field_validator("steun")
    @classmethod
    def _steun_op_volgorde(cls, waarde: list[str]) -> list[str]:
        # One order, each kind once: the same choice always reads (and saves) the same.
        return [s for s in STEUNSOORTEN if s in waarde]

    @field_validator("naam")
    @classmethod
    def _naam_niet_leeg(cls, waarde: str) -> str:
        if not waarde.strip():
            raise ValueError("een persoon heeft een naam nodig")
        return waarde

    @field_validator("telefoon")
    @classmethod
    def _telefoon_los(cls, waarde: str) -> str:
        waarde = " ".join(waarde.split())
        if not telefoon_geldig(waarde):
            raise ValueError(
                f"een telefoonnummer heeft alleen cijfers, spaties, +, - en haakjes, "
                f"hoogstens {MAX_TELEFOON} tekens"
            )
        return waarde

    @field_validator("ouders", "partners")
    @classmethod
    def _elk_een_keer(cls, waarde: list[str]) -> list[str]:
        return list(dict.fromkeys(waarde))

    @model_validator(mode="after")
    def _niet_van_zichzelf(self) -> Persoon:
        if self.id in self.ouders:
            raise ValueError(f"persoon '{self.id}' staat bij zijn of haar eigen ouders")
        if self.id in self.partners:
            raise ValueError(f"persoon '{self.id}' staat bij zijn of haar eigen partners")
        return self

    def persoon_ids(self) -> list[str]:
        return ([self.via] if self.via else []) + self.ouders + self.partners

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        if self.via == oud:
            self.via = nieuw if nieuw != self.id else None  # merged into themselves: no "via"
        # Merged into themselves (a partner or parent merged into this person): the link goes.
        naar = nieuw if nieuw != self.id else None
        if oud in self.ouders:
            self.ouders = vervangen(self.ouders, oud, naar)
        if oud in self.partners:
            self.partners = vervangen(self.partners, oud, naar)
        if self.partner_relatie and oud in self.partner_relatie:
            relaties = {k: v for k, v in self.partner_relatie.items() if k != oud}
            soort = self.partner_relatie[oud]
            if naar is not None:
                relaties.setdefault(naar, soort)  # a kind already known for `naar` stays
            self.partner_relatie = relaties or None

    def neem_over(self, ander: Persoon) -> None:
        """Two entries turned out to be one person: what `ander` knows that this entry does
        not is kept here, field by field (SAMENVOEGEN names the rule of every field; a test
        checks that none is missing). Links to other people move in `Sessie.voeg_samen`."""
        for veld, regel in SAMENVOEGEN.items():
            mijn, zijn = getattr(self, veld), getattr(ander, veld)
            if regel == "aanvullen" and mijn in (None, "") and zijn not in (None, ""):
                setattr(self, veld, zijn)
            elif regel == "samen":
                setattr(self, veld, _samen(mijn, zijn))
            elif regel == "of":
                setattr(self, veld, mijn or zijn)
            elif regel == "en":
                setattr(self, veld, mijn and zijn)
            elif regel == "vereniging":
                setattr(self, veld, list(dict.fromkeys([*mijn, *zijn])))
            elif regel == "toestemming" and mijn == "niet-gevraagd" and zijn != mijn:
                self.geef_toestemming(zijn, ander.toestemming_datum)

    def geef_toestemming(self, toestemming: Toestemming, dag: date | None = None) -> None:
        """The parent's answer about approaching this person (factsheet 002), with the day it
        was given; "not asked" has no day."""
        self.toestemming = toestemming
        self.toestemming_datum = None if toestemming == "niet-gevraagd" else dag or date.today()

    def leeftijd_in(self, jaar: int | None = None) -> int | None:
        """The age, from `leeftijd` or else from the birth year (in `jaar`, default now):
        the one place age is worked out."""
        if self.leeftijd is not None:
            return self.leeftijd
        if self.geboortejaar is not None:
            return max(0, (jaar if jaar is not None else date.today().year) - self.geboortejaar)
        return None

    def leeftijd_tekst(self, jaar: int | None = None) -> str:
        """ "71", "± 73 (1953)" from a birth year, or "" when neither is known."""
        if self.leeftijd is not None:
            return str(self.leeftijd)
        if self.geboortejaar is not None:
            nu_jaar = jaar if jaar is not None else date.today().year
            return f"± {max(0, nu_jaar - self.geboortejaar)} ({self.geboortejaar})"
        return ""

    @property
    def label(self) -> str:
        """Name with relation, the way people are shown in lists: "Ans (tante)"."""
        return met_relatie(self.naam, self.relatie)


def met_relatie(naam: str, relatie: str) -> str:
    """The one way to write a person with their relation: "Oma Ria (oma, moederskant)".

    A relation with its own brackets ("oma (moederskant)") gets a comma instead, so a label
    never reads "Oma Ria (oma (moederskant))". Screens and exports all write people this way.
    """
    relatie = " ".join(relatie.replace("(", ", ").replace(")", " ").split()).strip(", ")
    relatie = relatie.replace(" ,", ",")
    return f"{naam} ({relatie})" if relatie else naam


# How merging two entries of one person treats each field (Persoon.neem_over): "blijft" keeps
# this entry's own, "aanvullen" fills an empty one, "samen" joins two texts, "of"/"en" for
# yes/no (a worry stays, deceased stays), "vereniging" keeps both lists, "koppelingen" moves
# with every other reference in Sessie.voeg_samen.
SAMENVOEGEN: dict[str, str] = {
    "id": "blijft",
    "naam": "blijft",
    "relatie": "aanvullen",
    "sector": "aanvullen",
    "generatie": "aanvullen",
    "leeftijd": "aanvullen",
    "in_leven": "en",
    "contact": "aanvullen",
    "toestemming": "toestemming",
    "toestemming_datum": "toestemming",
    "geboortejaar": "aanvullen",
    "steun": "vereniging",
    "zorg": "of",
    "zorg_notitie": "samen",
    "kan_wel": "samen",
    "niet_als": "samen",
    "voordelen": "samen",
    "nadelen": "samen",
    "notities": "samen",
    "via": "koppelingen",
    "ouders": "koppelingen",
    "partners": "koppelingen",
    "telefoon": "aanvullen",
    "geslacht": "aanvullen",
    "partner_relatie": "koppelingen",
    "huishouden": "of",  # either entry living in the household: the person does
}


def _samen(een: str, twee: str) -> str:
    een, twee = een.strip(), twee.strip()
    if not twee or twee in een:
        return een
    return f"{een}\n{twee}" if een else twee
