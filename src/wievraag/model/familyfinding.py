"""The Family Finding interviews of Bijlage I (and §3.2.6) as structured records.

Six of the seven tools live here; the fifth, the family and network safety circles, is five
`Cirkel`s of soort "veiligheid" in `Sessie.cirkels` (one structure for every circle). Every
tool points at people in the one register by id and implements the `Verwijzer` protocol, so
checking, removing and merging people reach into the interviews too. A tool that was never
opened is None in `FamilyFinding`: an empty session writes nothing for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Literal

from pydantic import Field

from wievraag.model.basis import Basis, nieuw_id, nu, vervangen

# The tools in the order of Bijlage I; the bank's [[family_finding]] texts follow this order.
ToolId = Literal["mobility", "hoeveel", "reunie", "waarden", "veiligheid", "olievlek", "behoeften"]
TOOLS: tuple[ToolId, ...] = (
    "mobility",
    "hoeveel",
    "reunie",
    "waarden",
    "veiligheid",
    "olievlek",
    "behoeften",
)

# Mobility mapping: per house, the questions of Bijlage I plus "others" (anyone else they met).
HuisVeld = Literal["buren", "straat", "sport", "docent", "anderen"]
HUIS_VELDEN: dict[HuisVeld, str] = {
    "buren": "naast je",
    "straat": "op straat",
    "sport": "sport / club",
    "docent": "favoriete docent",
    "anderen": "anderen",
}


class Tool(Basis):
    """What every interview shares: to whom it was asked, when, and whether it is done."""

    gesteld_aan: str = ""
    klaar: bool = False  # the professional says so; "begonnen" is anything filled in
    tijd: datetime = Field(default_factory=nu)


class Huis(Basis):
    id: str = Field(default_factory=lambda: nieuw_id("h"))
    beschrijving: str = ""  # place and period, in the family's words
    buren: list[str] = Field(default_factory=list)
    straat: list[str] = Field(default_factory=list)
    sport: list[str] = Field(default_factory=list)
    docent: list[str] = Field(default_factory=list)
    anderen: list[str] = Field(default_factory=list)

    def persoon_ids(self) -> list[str]:
        return list(dict.fromkeys(pid for veld in HUIS_VELDEN for pid in getattr(self, veld)))

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        for veld in HUIS_VELDEN:
            setattr(self, veld, vervangen(getattr(self, veld), oud, nieuw))

    def leeg(self) -> bool:
        return not self.beschrijving.strip() and not self.persoon_ids()


class MobilityMapping(Tool):
    id: Literal["mobility"] = "mobility"
    huizen: list[Huis] = Field(default_factory=list)  # oldest first

    def persoon_ids(self) -> list[str]:
        return list(dict.fromkeys(pid for huis in self.huizen for pid in huis.persoon_ids()))

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        for huis in self.huizen:
            huis.vervang_persoon(oud, nieuw)

    def leeg(self) -> bool:
        return all(h.leeg() for h in self.huizen)


class Levensfase(Basis):
    id: str = Field(default_factory=lambda: nieuw_id("f"))
    naam: str = ""  # "basisschool", "Turkije, tot mijn tiende"
    personen: list[str] = Field(default_factory=list)

    def leeg(self) -> bool:
        return not self.naam.strip() and not self.personen


# The counting questions (Bijlage I), as the numbers the family estimates.
TELVRAGEN = ("ontmoet", "aardig_gevonden", "aardig_voor_jou", "iets_gedaan", "weer_contact")


class HoeveelMensen(Tool):
    id: Literal["hoeveel"] = "hoeveel"
    ontmoet: int | None = Field(default=None, ge=0)
    aardig_gevonden: int | None = Field(default=None, ge=0)
    aardig_voor_jou: int | None = Field(default=None, ge=0)
    iets_gedaan: int | None = Field(default=None, ge=0)
    weer_contact: int | None = Field(default=None, ge=0)
    fases: list[Levensfase] = Field(default_factory=list)
    nog_in_leven: list[str] = Field(default_factory=list)
    terug: list[str] = Field(default_factory=list)  # no contact now, would want them back
    uitnodigen: list[str] = Field(default_factory=list)  # could be asked to a meeting

    def persoon_ids(self) -> list[str]:
        alle = [pid for fase in self.fases for pid in fase.personen]
        return list(dict.fromkeys([*alle, *self.nog_in_leven, *self.terug, *self.uitnodigen]))

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        for fase in self.fases:
            fase.personen = vervangen(fase.personen, oud, nieuw)
        for veld in ("nog_in_leven", "terug", "uitnodigen"):
            setattr(self, veld, vervangen(getattr(self, veld), oud, nieuw))

    def leeg(self) -> bool:
        geteld = any(getattr(self, v) is not None for v in TELVRAGEN)
        return not geteld and not self.persoon_ids() and not any(f.naam for f in self.fases)


class Reunie(Tool):
    id: Literal["reunie"] = "reunie"
    op_de_foto: list[str] = Field(default_factory=list)
    notitie: str = ""

    def persoon_ids(self) -> list[str]:
        return list(self.op_de_foto)

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        self.op_de_foto = vervangen(self.op_de_foto, oud, nieuw)

    def leeg(self) -> bool:
        return not self.op_de_foto and not self.notitie.strip()


class Waarde(Basis):
    id: str = Field(default_factory=lambda: nieuw_id("w"))
    waarde: str = ""  # what matters in life
    meegeven: str = ""  # what to pass on to the children
    geleerd_van: list[str] = Field(default_factory=list)
    betekenis: str = ""  # what that person meant

    def leeg(self) -> bool:
        return not (self.waarde.strip() or self.meegeven.strip() or self.betekenis.strip()) and (
            not self.geleerd_van
        )


class WaardeInterview(Tool):
    id: Literal["waarden"] = "waarden"
    waarden: list[Waarde] = Field(default_factory=list)

    def persoon_ids(self) -> list[str]:
        return list(dict.fromkeys(pid for w in self.waarden for pid in w.geleerd_van))

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        for waarde in self.waarden:
            waarde.geleerd_van = vervangen(waarde.geleerd_van, oud, nieuw)

    def leeg(self) -> bool:
        return all(w.leeg() for w in self.waarden)


class Uitgevraagd(Basis):
    """One person of the network whose own network was asked about, and whom they named."""

    persoon: str
    genoemd: list[str] = Field(default_factory=list)


class Olievlek(Tool):
    """Second degree: the people named here are also in the register with `via` set."""

    id: Literal["olievlek"] = "olievlek"
    rondes: list[Uitgevraagd] = Field(default_factory=list)

    def ronde(self, persoon_id: str) -> Uitgevraagd | None:
        return next((r for r in self.rondes if r.persoon == persoon_id), None)

    def zorg_voor_ronde(self, persoon_id: str) -> Uitgevraagd:
        gevonden = self.ronde(persoon_id)
        if gevonden is None:
            gevonden = Uitgevraagd(persoon=persoon_id)
            self.rondes = [*self.rondes, gevonden]
        return gevonden

    def persoon_ids(self) -> list[str]:
        return list(dict.fromkeys(pid for r in self.rondes for pid in [r.persoon, *r.genoemd]))

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        rondes: list[Uitgevraagd] = []
        for ronde in self.rondes:
            ronde.genoemd = vervangen(ronde.genoemd, oud, nieuw)
            if ronde.persoon == oud:
                if nieuw is None:
                    continue
                ronde.persoon = nieuw
            bestaand = next((r for r in rondes if r.persoon == ronde.persoon), None)
            if bestaand is not None:  # a merge made two rounds one person's
                bestaand.genoemd = list(dict.fromkeys([*bestaand.genoemd, *ronde.genoemd]))
                continue
            rondes.append(ronde)
        for ronde in rondes:
            ronde.genoemd = [p for p in ronde.genoemd if p != ronde.persoon]
        self.rondes = rondes

    def leeg(self) -> bool:
        return not any(r.genoemd for r in self.rondes)


class Behoefte(Basis):
    """A biggest unmet need: what this child or parent needs, instead of the usual demand."""

    id: str = Field(default_factory=lambda: nieuw_id("b"))
    voor: str | None = None  # the child or parent (a person in the register)
    behoefte: str = ""
    in_plaats_van: str = ""  # "in tegenstelling tot": the demand it replaces

    def leeg(self) -> bool:
        return self.voor is None and not self.behoefte.strip() and not self.in_plaats_van.strip()


class BiggestUnmetNeeds(Tool):
    id: Literal["behoeften"] = "behoeften"
    behoeften: list[Behoefte] = Field(default_factory=list)

    def persoon_ids(self) -> list[str]:
        return list(dict.fromkeys(b.voor for b in self.behoeften if b.voor))

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        for behoefte in self.behoeften:
            if behoefte.voor == oud:
                behoefte.voor = nieuw

    def leeg(self) -> bool:
        return all(b.leeg() for b in self.behoeften)


Interview = (
    MobilityMapping | HoeveelMensen | Reunie | WaardeInterview | Olievlek | BiggestUnmetNeeds
)


class FamilyFinding(Basis):
    """The interviews of one session; None = not opened yet."""

    mobility_mapping: MobilityMapping | None = None
    hoeveel_mensen: HoeveelMensen | None = None
    reunie: Reunie | None = None
    waarde_interview: WaardeInterview | None = None
    olievlek: Olievlek | None = None
    biggest_unmet_needs: BiggestUnmetNeeds | None = None

    def interviews(self) -> Iterator[Interview]:
        for naam in VELD_VAN.values():
            tool = getattr(self, naam)
            if tool is not None:
                yield tool

    def van(self, tool: ToolId) -> Interview | None:
        veld = VELD_VAN.get(tool)
        return getattr(self, veld) if veld else None


# Tool id → field of FamilyFinding (the safety circles are circles, not a field here).
VELD_VAN: dict[ToolId, str] = {
    "mobility": "mobility_mapping",
    "hoeveel": "hoeveel_mensen",
    "reunie": "reunie",
    "waarden": "waarde_interview",
    "olievlek": "olievlek",
    "behoeften": "biggest_unmet_needs",
}
KLASSE_VAN: dict[ToolId, type[Interview]] = {
    "mobility": MobilityMapping,
    "hoeveel": HoeveelMensen,
    "reunie": Reunie,
    "waarden": WaardeInterview,
    "olievlek": Olievlek,
    "behoeften": BiggestUnmetNeeds,
}
