"""The Family Finding interviews of Bijlage I (and §3.2.6) as structured records.

Each tool is one spec: its class here carries its name, its place in `FamilyFinding`, which
people it surfaced, where a person came up in it (`herkomst`) and how it reads in an export
(`delen`). The session screen, the person's "Gevonden" lines and the exports ask the class;
a new tool is a class here, its texts in the bank and its form in the TUI.

Six of the seven tools live here; the fifth, the family and network safety circles, is five
`Cirkel`s of soort "veiligheid" in `Sessie.cirkels` (one structure for every circle). Every
tool points at people in the one register by id and implements the `Verwijzer` protocol, so
checking, removing and merging people reach into the interviews too. A tool that was never
opened is None in `FamilyFinding`: an empty session writes nothing for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar, Literal

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


@dataclass(frozen=True)
class Namen:
    """People of the register in an export line, by id; the export renders them (mask and
    all). `voor` goes before the names, `anders` stands in when there are none."""

    ids: tuple[str, ...]
    voor: str = ""
    anders: str = ""


Cel = str | Namen


@dataclass(frozen=True)
class Deel:
    """One block of a tool in an export: an optional heading and label/value lines (a line
    without a value is left out)."""

    rijen: tuple[tuple[Cel, Cel], ...]
    kop: str | None = None


class Tool(Basis):
    """What every interview shares: to whom it was asked, when, and whether it is done."""

    NAAM: ClassVar[str]  # the name of Bijlage I, as lists and exports show it
    VELD: ClassVar[str]  # its field in FamilyFinding
    # How many prompts its form puts next to its own field, in order; the bank must have
    # exactly these (model/vragen.py checks on loading).
    VRAGEN: ClassVar[int]

    gesteld_aan: str = ""
    klaar: bool = False  # the professional says so; "begonnen" is anything filled in
    tijd: datetime = Field(default_factory=nu)

    def persoon_ids(self) -> list[str]:
        raise NotImplementedError

    def gevonden(self) -> tuple[str, ...]:
        """The people this tool surfaced, in order."""
        return tuple(self.persoon_ids())

    def herkomst(self, persoon_id: str) -> list[str]:
        """Where in this tool the person came up, a line each (without the tool's name)."""
        return []

    def delen(self) -> list[Deel]:
        """The tool's content in an export, block by block."""
        return []


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
    NAAM = "Mobility mapping"
    VELD = "mobility_mapping"
    VRAGEN = 4
    id: Literal["mobility"] = "mobility"
    huizen: list[Huis] = Field(default_factory=list)  # oldest first

    def herkomst(self, persoon_id: str) -> list[str]:
        uit: list[str] = []
        for nummer, huis in enumerate(self.huizen, 1):
            waar = [w for veld, w in HUIS_VELDEN.items() if persoon_id in getattr(huis, veld)]
            if waar:
                wat = f" ({huis.beschrijving})" if huis.beschrijving else ""
                uit.append(f"huis {nummer}{wat}, {', '.join(waar)}")
        return uit

    def delen(self) -> list[Deel]:
        return [
            Deel(
                tuple(
                    (woord[:1].upper() + woord[1:], Namen(tuple(getattr(huis, veld))))
                    for veld, woord in HUIS_VELDEN.items()
                ),
                kop=f"Huis {nummer}: {huis.beschrijving or '(zonder beschrijving)'}",
            )
            for nummer, huis in enumerate(self.huizen, 1)
            if not huis.leeg()
        ]

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


# The counting questions (Bijlage I), as the numbers the family estimates, with their label.
TELVRAGEN: dict[str, str] = {
    "ontmoet": "Ontmoet in je leven",
    "aardig_gevonden": "Van hen aardig gevonden",
    "aardig_voor_jou": "Waren aardig voor jou",
    "iets_gedaan": "Deden iets voor je",
    "weer_contact": "Weer contact willen",
}
# The people lists of the interview, with how the herkomst and the export name them.
_HOEVEEL_LIJSTEN = (
    ("nog_in_leven", "nog in je leven", "Nog in je leven"),
    ("terug", "zou je terug willen", "Zou je terug willen"),
    ("uitnodigen", "uitnodigen voor een bijeenkomst", "Uitnodigen voor een bijeenkomst"),
)


class HoeveelMensen(Tool):
    NAAM = "Hoeveel-mensen-interview"
    VELD = "hoeveel_mensen"
    VRAGEN = 9
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
        for veld, _, _ in _HOEVEEL_LIJSTEN:
            setattr(self, veld, vervangen(getattr(self, veld), oud, nieuw))

    def leeg(self) -> bool:
        geteld = any(getattr(self, v) is not None for v in TELVRAGEN)
        return not geteld and not self.persoon_ids() and not any(f.naam for f in self.fases)

    def herkomst(self, persoon_id: str) -> list[str]:
        waar = [f"levensfase {f.naam or '?'}" for f in self.fases if persoon_id in f.personen]
        waar += [woord for veld, woord, _ in _HOEVEEL_LIJSTEN if persoon_id in getattr(self, veld)]
        return [", ".join(waar)] if waar else []

    def delen(self) -> list[Deel]:
        getallen = {v: getattr(self, v) for v in TELVRAGEN}
        tellen = [
            (label, str(getallen[v])) for v, label in TELVRAGEN.items() if getallen[v] is not None
        ]
        fases = [(f"Levensfase: {f.naam or '?'}", Namen(tuple(f.personen))) for f in self.fases]
        lijsten = [(kop, Namen(tuple(getattr(self, veld)))) for veld, _, kop in _HOEVEEL_LIJSTEN]
        return [Deel((*tellen, *fases, *lijsten))]


class Reunie(Tool):
    NAAM = "Familie- en netwerkreünie"
    VELD = "reunie"
    VRAGEN = 1
    id: Literal["reunie"] = "reunie"
    op_de_foto: list[str] = Field(default_factory=list)
    notitie: str = ""

    def herkomst(self, persoon_id: str) -> list[str]:
        return ["staat op de foto"] if persoon_id in self.op_de_foto else []

    def delen(self) -> list[Deel]:
        return [Deel((("Op de foto", Namen(tuple(self.op_de_foto))), ("Notitie", self.notitie)))]

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
    NAAM = "Waarde-interview"
    VELD = "waarde_interview"
    VRAGEN = 4
    id: Literal["waarden"] = "waarden"
    waarden: list[Waarde] = Field(default_factory=list)

    def herkomst(self, persoon_id: str) -> list[str]:
        geleerd = [f"“{w.waarde or '…'}”" for w in self.waarden if persoon_id in w.geleerd_van]
        return [f"leerde hun {', '.join(geleerd)}"] if geleerd else []

    def delen(self) -> list[Deel]:
        return [
            Deel(
                (
                    ("Belangrijk in het leven", w.waarde),
                    ("Meegeven aan de kinderen", w.meegeven),
                    ("Geleerd van", Namen(tuple(w.geleerd_van))),
                    ("Wat die persoon betekende", w.betekenis),
                )
            )
            for w in self.waarden
            if not w.leeg()
        ]

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

    NAAM = "Olievlek"
    VELD = "olievlek"
    VRAGEN = 0
    id: Literal["olievlek"] = "olievlek"
    rondes: list[Uitgevraagd] = Field(default_factory=list)

    def gevonden(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p for r in self.rondes for p in r.genoemd))

    # Herkomst: "via" is also set by hand in the register, so model/interviews.py reads it
    # with the person, not here.

    def delen(self) -> list[Deel]:
        rijen = tuple(
            (Namen((r.persoon,), "Netwerk van ", "?"), Namen(tuple(r.genoemd))) for r in self.rondes
        )
        return [Deel(rijen)]

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
    NAAM = "Biggest Unmet Needs"
    VELD = "biggest_unmet_needs"
    VRAGEN = 1
    id: Literal["behoeften"] = "behoeften"
    behoeften: list[Behoefte] = Field(default_factory=list)

    def gevonden(self) -> tuple[str, ...]:
        return ()  # it names needs, not people (counted in `ToolStand.behoeften`)

    def delen(self) -> list[Deel]:
        return [
            Deel(
                (
                    ("Voor", Namen((b.voor,) if b.voor else ())),
                    ("Behoefte", b.behoefte),
                    ("In tegenstelling tot", b.in_plaats_van),
                )
            )
            for b in self.behoeften
            if not b.leeg()
        ]

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


# Every interview class, in the order of Bijlage I; the lookups below follow from it.
KLASSEN: tuple[type[Interview], ...] = (
    MobilityMapping,
    HoeveelMensen,
    Reunie,
    WaardeInterview,
    Olievlek,
    BiggestUnmetNeeds,
)
KLASSE_VAN: dict[ToolId, type[Interview]] = {k.model_fields["id"].default: k for k in KLASSEN}
# Tool id → field of FamilyFinding (the safety circles are circles, not a field here).
VELD_VAN: dict[ToolId, str] = {tool: k.VELD for tool, k in KLASSE_VAN.items()}
# The fifth tool is five circles of `Sessie.cirkels` (model/interviews.py reads them).
VEILIGHEID_NAAM = "Veiligheidscirkels"
TOOL_NAMEN: dict[ToolId, str] = {
    tool: KLASSE_VAN[tool].NAAM if tool in KLASSE_VAN else VEILIGHEID_NAAM for tool in TOOLS
}
