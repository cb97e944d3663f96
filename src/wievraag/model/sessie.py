"""A family's session: everything gathered over one or more visits, in one TOML document.

Later parts of the method (interviews, circles, plan, logboek, afsluiting) slot in as further
top-level lists/tables, as the appèls did; every one refers to people by id, never by copying
a name.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from pydantic import Field, field_validator, model_validator

from wievraag.kalender import datum_lang
from wievraag.model.antwoord import Antwoord, Status
from wievraag.model.appel import Appel
from wievraag.model.basis import Basis, Verwijzer, nu
from wievraag.model.beraad import Aanmelding, Besluit, Netwerkberaad, StemJongere, Uitnodiging
from wievraag.model.cirkel import Cirkel, Ring
from wievraag.model.familyfinding import FamilyFinding, Olievlek
from wievraag.model.persoon import PartnerRelatie, Persoon
from wievraag.model.plan import Afsluiting, Evaluatie, LogRegel, Plan
from wievraag.model.stand import Stand, StandPersoon, Verandering

SCHEMA = 4
"""The session file format this app writes. Raise it (and add a migration) on every change
that an older app could not read back. 2: Family Finding, parents and partners, the plan's
logbook, evaluations and closing talk (an app of schema 1 would refuse them as unknown keys;
now it says the file is from a newer wievraag). 3: the `[sync]` table at the end (stamps per
field, store/sync.py), which is no part of the session itself. 4: the plan's `contactpersoon`
is called `aanspreekpunt`, as everywhere else (store/codering.py moves the key and its stamps)."""


SESSIE_ID = re.compile(r"\d{8}-[0-9a-f]{8}")
"""Every session id the app writes: the creation date and 32 random bits in hex."""


def _sessie_id() -> str:
    # Date first so a file listing sorts by creation; no family name in the file name (privacy).
    # 32 bits are plenty here: one professional makes a few hundred sessions a year, and a
    # clash with an existing file is caught when it is created.
    return f"{date.today():%Y%m%d}-{secrets.token_hex(4)}"


class Sessie(Basis):
    schema_versie: int = Field(default=SCHEMA, alias="schema")
    id: str = Field(default_factory=_sessie_id)
    gezin: str
    aangemaakt: datetime = Field(default_factory=nu)
    gewijzigd: datetime = Field(default_factory=nu)
    bezoeken: list[date] = Field(default_factory=list)
    personen: list[Persoon] = Field(default_factory=list)
    antwoorden: list[Antwoord] = Field(default_factory=list)
    # Optional table: files written before the appèl existed simply have none.
    appels: list[Appel] = Field(default_factory=list)
    # The sociogram and the safety circles: one structure for every circle (model/cirkel.py).
    cirkels: list[Cirkel] = Field(default_factory=list)
    # The network as it stood at each visit (model/stand.py); optional, older files have none.
    standen: list[Stand] = Field(default_factory=list)
    # The network plan (model/plan.py): the current version, earlier versions kept at each
    # evaluation, the shared logbook, the evaluations and the closing conversation.
    plan: Plan | None = None
    planversies: list[Plan] = Field(default_factory=list)
    logboek: list[LogRegel] = Field(default_factory=list)
    evaluaties: list[Evaluatie] = Field(default_factory=list)
    afsluiting: Afsluiting | None = None
    # The Family Finding interviews of Bijlage I (model/familyfinding.py); the safety circles
    # among them are in `cirkels`. None until the first interview is opened.
    family_finding: FamilyFinding | None = None
    # The netwerkberaad where the family makes its own plan with its network (001 §3.2.5),
    # and the young people's own voice: their mentor (JIM) and who they want involved
    # (model/beraad.py). Optional, older files have none.
    netwerkberaden: list[Netwerkberaad] = Field(default_factory=list)
    stemmen: list[StemJongere] = Field(default_factory=list)
    # The referral: who the referrer named as support, who was invited to the first meeting
    # (001 §2.3). None until it is filled in.
    aanmelding: Aanmelding | None = None

    @field_validator("id")
    @classmethod
    def _id_zoals_de_app_het_schrijft(cls, waarde: str) -> str:
        # The id names the file, the lock and the exports: one that is not ours (a path like
        # "../../etc/passwd", a hand edit) is refused on load, never used as a name.
        if not SESSIE_ID.fullmatch(waarde):
            raise ValueError(
                "het id heeft niet de vorm die wievraag schrijft (datum-8 tekens, zoals "
                "20260501-1a2b3c4d)"
            )
        return waarde

    @field_validator("gezin")
    @classmethod
    def _gezin_niet_leeg(cls, waarde: str) -> str:
        if not waarde.strip():
            raise ValueError("het gezin heeft een naam of label nodig")
        return waarde

    @model_validator(mode="after")
    def _verwijzingen_kloppen(self) -> Sessie:
        # One register: an id that points nowhere is a hand-edit gone wrong; say so on load.
        for soort, lijst in (
            ("persoon", self.personen),
            ("appèl", self.appels),
            ("cirkel", self.cirkels),
            ("netwerkberaad", self.netwerkberaden),
        ):
            _uniek(soort, [item.id for item in lijst])
        bekend = {p.id for p in self.personen}
        for soort, item in self.verwijzers():
            for pid in item.persoon_ids():
                if pid not in bekend:
                    raise ValueError(
                        f"{soort} '{item.id}' noemt persoon '{pid}', die niet in personen staat"
                    )
        self._partners_wederzijds()
        jongeren = [s.jongere for s in self.stemmen]
        if len(set(jongeren)) != len(jongeren):
            raise ValueError("een jongere heeft twee keer een eigen stem in de sessie")
        beraden = {b.id for b in self.netwerkberaden}
        for plan in (self.plan, *self.planversies):
            if plan is not None and plan.beraad is not None and plan.beraad not in beraden:
                raise ValueError(
                    f"plan {plan.id} komt uit netwerkberaad '{plan.beraad}', "
                    "dat niet in netwerkberaden staat"
                )
        appels = {a.id for a in self.appels}
        for antwoord in self.antwoorden:
            if antwoord.appel is not None and antwoord.appel not in appels:
                raise ValueError(
                    f"antwoord '{antwoord.id}' hoort bij appèl '{antwoord.appel}', "
                    "dat niet in appels staat"
                )
        return self

    def verwijzers(self) -> Iterator[tuple[str, Verwijzer]]:
        """Every part that points at people, with the word for it in messages.

        A new part of the method that names people is added here, and nowhere else: checking
        references, removing and merging people all go through this one list.
        """
        yield from (("persoon", p) for p in self.personen)
        yield from (("antwoord", a) for a in self.antwoorden)
        yield from (("appèl", a) for a in self.appels)
        yield from (("cirkel", c) for c in self.cirkels)
        yield from (("stand", s) for s in self.standen)
        if self.plan is not None:
            yield ("plan", self.plan)
        yield from (("eerder plan", p) for p in self.planversies)
        yield from (("logboek", r) for r in self.logboek)
        if self.family_finding is not None:
            yield from (("interview", i) for i in self.family_finding.interviews())
        yield from (("netwerkberaad", b) for b in self.netwerkberaden)
        yield from (("stem van de jongere", s) for s in self.stemmen)
        if self.aanmelding is not None:
            yield ("aanmelding", self.aanmelding)

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

    def noem(self, tekst: str) -> list[tuple[Persoon, bool]]:
        """Everyone typed in one line ("Ans (tante), Karim"), found or added to the register;
        each with whether they are new. One person is never added twice."""
        from wievraag.model.namen import lees_namen

        return [self.persoon_voor(naam, relatie) for naam, relatie in lees_namen(tekst)]

    def verwijder_persoon(self, persoon_id: str) -> None:
        """Remove a person and every reference to them, so no part points at nobody."""
        # References first: the session is re-validated on every assignment. A young person's
        # own voice goes with them.
        if any(s.jongere == persoon_id for s in self.stemmen):
            self.stemmen = [s for s in self.stemmen if s.jongere != persoon_id]
        for _, item in self.verwijzers():
            item.vervang_persoon(persoon_id, None)
        self.personen = [p for p in self.personen if p.id != persoon_id]

    def voeg_samen(self, weg: str, blijft: str) -> None:
        """Two entries turned out to be one person: every reference to `weg` moves to `blijft`."""
        doel = self.persoon(blijft)
        if weg == blijft or doel is None:
            raise ValueError("samenvoegen kan alleen met twee verschillende bestaande personen")
        bron = self.persoon(weg)
        if bron is not None:
            doel.neem_over(bron)
            if doel.via is None and bron.via not in (None, blijft):
                doel.via = bron.via
            # The genogram links of `weg` itself go along; a link between the two disappears.
            doel.ouders = [o for o in dict.fromkeys([*doel.ouders, *bron.ouders]) if o != blijft]
            doel.partners = [
                q for q in dict.fromkeys([*doel.partners, *bron.partners]) if q != blijft
            ]
            # The kind of each partnership goes with the link (this entry's own kind first).
            relaties = {**(bron.partner_relatie or {}), **(doel.partner_relatie or {})}
            relaties = {k: v for k, v in relaties.items() if k in doel.partners}
            doel.partner_relatie = relaties or None
        if any(s.jongere == weg for s in self.stemmen) and any(
            s.jongere == blijft for s in self.stemmen
        ):
            # Both entries had a voice of their own: the one kept keeps its own.
            self.stemmen = [s for s in self.stemmen if s.jongere != weg]
        for _, item in self.verwijzers():
            item.vervang_persoon(weg, blijft)
        self.personen = [p for p in self.personen if p.id != weg]

    # -- the genogram's links ---------------------------------------------------------------

    def zet_partner(self, een: str, ander: str, samen: bool = True) -> None:
        """Make two people partners (or not) on both sides: a partner link is mutual."""
        a, b = self.persoon(een), self.persoon(ander)
        if a is None or b is None or a.id == b.id:
            raise ValueError("partners zijn twee verschillende personen uit het netwerk")
        for persoon, partner in ((a, b.id), (b, a.id)):
            if samen and partner not in persoon.partners:
                persoon.partners = [*persoon.partners, partner]
            elif not samen and partner in persoon.partners:
                persoon.partners = [q for q in persoon.partners if q != partner]
                if persoon.partner_relatie and partner in persoon.partner_relatie:
                    rest = {k: v for k, v in persoon.partner_relatie.items() if k != partner}
                    persoon.partner_relatie = rest or None

    def zet_partnerrelatie(self, een: str, ander: str, soort: PartnerRelatie | None) -> None:
        """What two partners are to each other (married, living together, separated,
        divorced), on both sides like the link itself; None: not said."""
        a, b = self.persoon(een), self.persoon(ander)
        if a is None or b is None or b.id not in a.partners:
            raise ValueError("alleen partners hebben een relatie met elkaar")
        for persoon, partner in ((a, b.id), (b, a.id)):
            relaties = {k: v for k, v in (persoon.partner_relatie or {}).items() if k != partner}
            if soort is not None:
                relaties[partner] = soort
            persoon.partner_relatie = relaties or None

    def kinderen_van(self, persoon_id: str) -> list[Persoon]:
        return [p for p in self.personen if persoon_id in p.ouders]

    def nakomelingen(self, persoon_id: str) -> set[str]:
        """Children, grandchildren and so on: who cannot also be this person's parent."""
        gezien: set[str] = set()
        rand = [persoon_id]
        while rand:
            huidig = rand.pop()
            for kind in self.kinderen_van(huidig):
                if kind.id not in gezien:
                    gezien.add(kind.id)
                    rand.append(kind.id)
        return gezien

    def _partners_wederzijds(self) -> None:
        # A hand-edited file may name a partner on one side only: the link is mutual, so the
        # other side is added rather than the file refused (nothing typed is lost).
        per_id = {p.id: p for p in self.personen}
        for p in self.personen:
            for q in p.partners:
                ander = per_id.get(q)
                if ander is not None and p.id not in ander.partners:
                    ander.partners = [*ander.partners, p.id]

    def gevonden_via(self, persoon_id: str) -> list[Antwoord]:
        """The answers that named this person, oldest first (derived, never stored twice)."""
        return [a for a in self.antwoorden if persoon_id in a.personen]

    def herkomst(self, persoon_id: str) -> list[Herkomst]:
        """Where this person came up: answers and appèls, oldest first (derived, not stored)."""
        return self.herkomsten((persoon_id,))[persoon_id]

    def herkomsten(self, persoon_ids: Iterable[str]) -> dict[str, list[Herkomst]]:
        """`herkomst` of each of these people. Every part of the session is read once for all
        of them: the export's register asks for everyone, and a scan per person would grow
        with the square of the family."""
        gevonden: dict[str, list[tuple[datetime, Herkomst]]] = {pid: [] for pid in persoon_ids}
        appels: dict[str, Appel] = {}
        for appel in self.appels:
            appels.setdefault(appel.id, appel)  # the first, as `appel()` finds it
        gevraagd = gevonden.keys()
        for antwoord in self.antwoorden:
            if gevraagd.isdisjoint(antwoord.personen):
                continue
            genoemd = [pid for pid in antwoord.personen if pid in gevonden]
            if len(genoemd) > 1:
                genoemd = list(dict.fromkeys(genoemd))  # named twice: one line
            tekst = antwoord.vraag_tekst or antwoord.vraag
            bij = appels.get(antwoord.appel) if antwoord.appel else None
            if bij is not None:
                tekst += f" (bij appèl: {bij.kort})"
            herkomst = Herkomst("vraag", antwoord.id, tekst)
            for pid in genoemd:
                gevonden[pid].append((antwoord.tijd, herkomst))
        for appel in self.appels:
            doen, meedenken = appel.verleg.doen, appel.verleg.meedenken
            for pid in dict.fromkeys([*doen, *meedenken]):
                if pid not in gevonden:
                    continue
                rollen = []
                if pid in doen:
                    rollen.append("kan het doen")
                if pid in meedenken:
                    rollen.append("kan meedenken")
                tekst = f"Appèl: {appel.kort} ({', '.join(rollen)})"
                gevonden[pid].append((appel.tijd, Herkomst("appel", appel.id, tekst)))
        from wievraag.model.interviews import herkomst_interviews

        for pid, elders in herkomst_interviews(self, gevonden.keys()).items():
            gevonden[pid].extend(elders)
        return {
            pid: [h for _, h in sorted(lijst, key=lambda paar: paar[0])]
            for pid, lijst in gevonden.items()
        }

    # -- circles ----------------------------------------------------------------------------

    def cirkel(self, cirkel_id: str) -> Cirkel | None:
        return next((c for c in self.cirkels if c.id == cirkel_id), None)

    def cirkel_van(self, sjabloon: str) -> Cirkel | None:
        """The circle made from this bank template (e.g. "veilig-1-weten"), if there is one."""
        return next((c for c in self.cirkels if c.sjabloon == sjabloon), None)

    def zorg_voor_family_finding(self) -> FamilyFinding:
        if self.family_finding is None:
            self.family_finding = FamilyFinding()
        return self.family_finding

    def zorg_voor_olievlek(self) -> Olievlek:
        ff = self.zorg_voor_family_finding()
        if ff.olievlek is None:
            ff.olievlek = Olievlek()
        return ff.olievlek

    def noem_via(self, persoon_id: str, genoemd: list[str], nieuw: set[str]) -> None:
        """The people this person named in the olievlek (their own network): those new to
        the register are known "via" this person (second degree, Bijlage I)."""
        ronde = self.zorg_voor_olievlek().zorg_voor_ronde(persoon_id)
        ids = [pid for pid in genoemd if pid != persoon_id]
        for p in self.personen:
            if p.id in ids and p.id in nieuw:
                p.via = persoon_id
        ronde.genoemd = list(dict.fromkeys([*ronde.genoemd, *ids]))

    # -- appèls -----------------------------------------------------------------------------

    def appel(self, appel_id: str) -> Appel | None:
        return next((a for a in self.appels if a.id == appel_id), None)

    def antwoorden_bij(self, appel_id: str) -> list[Antwoord]:
        """The wie-vragen asked with this appèl as context, oldest first."""
        return sorted((a for a in self.antwoorden if a.appel == appel_id), key=lambda a: a.tijd)

    def verwijder_appel(self, appel_id: str) -> None:
        """Remove an appèl; answers asked for it stay (they were asked), without the link."""
        for antwoord in self.antwoorden:
            if antwoord.appel == appel_id:
                antwoord.appel = None
        self.appels = [a for a in self.appels if a.id != appel_id]

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
            if self.bezoeken:
                # A new visit closes the previous one: keep its picture if leaving did not.
                self.leg_stand_vast(self.bezoeken[-1], vervang=False)
            self.bezoeken.append(dag)

    # -- change over time -------------------------------------------------------------------

    def leg_stand_vast(self, dag: date | None = None, vervang: bool = True) -> None:
        """Keep the network as it stands now as the picture of visit `dag` (default: the last
        visit). `vervang=False` keeps a picture already taken for that day."""
        dag = dag or (self.bezoeken[-1] if self.bezoeken else date.today())
        bestaand = next((s for s in self.standen if s.datum == dag), None)
        if bestaand is not None and not vervang:
            return
        ringen = self._ringen_per_persoon()
        personen = [
            StandPersoon(
                persoon=p.id,
                naam=p.naam,
                toestemming=p.toestemming,
                ringen=ringen.get(p.id, {}),
            )
            for p in self.personen
        ]
        if bestaand is not None:
            if bestaand.personen != personen:
                bestaand.personen = personen
            return
        self.standen = sorted([*self.standen, Stand(datum=dag, personen=personen)], key=_datum)

    def _ringen_per_persoon(self) -> dict[str, dict[str, Ring]]:
        """Per person: circle id → ring, for every circle they are placed in."""
        uit: dict[str, dict[str, Ring]] = {}
        for cirkel in self.cirkels:
            for plaatsing in cirkel.plaatsingen:
                uit.setdefault(plaatsing.persoon, {})[cirkel.id] = plaatsing.ring
        return uit

    def vorige_stand(self) -> Stand | None:
        """The picture of the previous visit: the latest one before the current visit day."""
        huidig = self.bezoeken[-1] if self.bezoeken else date.today()
        eerder = [s for s in self.standen if s.datum < huidig]
        return max(eerder, key=_datum) if eerder else None

    def veranderd_sinds_vorig_bezoek(self) -> dict[str, list[Verandering]]:
        """Per person: new, placed differently, or gained consent since the previous visit.
        Empty at the first visit: nothing to compare with."""
        vorige = self.vorige_stand()
        if vorige is None:
            return {}
        uit: dict[str, list[Verandering]] = {}
        toen_per_id = {sp.persoon: sp for sp in vorige.personen}
        ringen_nu = self._ringen_per_persoon()
        for p in self.personen:
            toen = toen_per_id.get(p.id)
            if toen is None:
                uit[p.id] = ["nieuw"]
                continue
            wat: list[Verandering] = []
            if ringen_nu.get(p.id, {}) != toen.ringen:
                wat.append("verplaatst")
            if p.toestemming == "ja" and toen.toestemming != "ja":
                wat.append("toestemming")
            if wat:
                uit[p.id] = wat
        return uit

    # -- the plan ---------------------------------------------------------------------------

    def zorg_voor_plan(self) -> Plan:
        if self.plan is None:
            self.plan = Plan()
        return self.plan

    def mag_afspraak(self, persoon_id: str) -> str | None:
        """Why this person may not be given a task or be the contact person; None if they may.

        Factsheet 002: never approach the network without the parent's knowledge and consent.
        """
        persoon = self.persoon(persoon_id)
        if persoon is None:
            return "deze persoon staat niet (meer) in het netwerk"
        if persoon.toestemming == "ja":
            return None
        stand = "nee gezegd" if persoon.toestemming == "nee" else "nog niets gezegd"
        return (
            f"{persoon.label} mag (nog) niet benaderd worden: de ouder heeft {stand} over "
            "toestemming. Leg eerst het antwoord van de ouder vast."
        )

    def wie_weten(self) -> tuple[list[str], str]:
        """Who knows what is going on: ring 1 of the first safety circle when it is filled
        (Bijlage I, cirkel 1), otherwise everyone with consent. Returns ids and the source."""
        for cirkel in self.cirkels:
            if cirkel.sjabloon == WETEN_SJABLOON and cirkel.in_ring(1):
                return cirkel.in_ring(1), f"cirkel '{cirkel.titel}', binnenste ring"
        return [p.id for p in self.personen if p.toestemming == "ja"], "personen met toestemming"

    def bodemeis(self) -> Bodemeis:
        """The minimum requirement a child protection worker can set (000), as the one
        requirement it is: at least N reliable people know exactly what is going on, and they
        take turns to come by every day. Who knows: `wie_weten`; who comes: the rooster."""
        plan = self.plan or Plan()
        weten, bron = self.wie_weten()
        weet = set(weten)
        beurt: list[str] = []
        gaten: list[str] = []
        for dag, afspraken in plan.rooster().items():
            van_hen = [pid for a in afspraken for pid in a.wie if pid in weet]
            if not van_hen:
                gaten.append(dag)
            beurt += van_hen
        return Bodemeis(
            minimum=plan.minimum_weten,
            weten=tuple(weten),
            bron=bron,
            om_de_beurt=tuple(dict.fromkeys(beurt)),
            gaten=tuple(gaten),
        )

    def plan_regels(self) -> list[RegelCheck]:
        """The plan's minimum requirements, checked against the network and the rooster."""
        plan = self.plan or Plan()
        uit: list[RegelCheck] = []
        eis = self.bodemeis()
        uit.append(RegelCheck("weten", eis.ok, eis.uitleg))
        open_ = plan.open_dagen()
        uit.append(
            RegelCheck(
                "elke-dag",
                not open_,
                "elke dag is er iemand" if not open_ else "niemand op " + ", ".join(open_),
            )
        )
        contact = self.persoon(plan.aanspreekpunt) if plan.aanspreekpunt else None
        uit.append(
            RegelCheck(
                "aanspreekpunt",
                contact is not None,
                contact.label if contact is not None else "nog niemand gekozen",
            )
        )
        zonder = [
            p.label
            for pid in plan.persoon_ids()
            if (p := self.persoon(pid)) is not None and p.toestemming != "ja"
        ]
        uit.append(
            RegelCheck(
                "toestemming",
                not zonder,
                "iedereen in het plan heeft toestemming"
                if not zonder
                else "zonder toestemming (meer): " + ", ".join(zonder),
            )
        )
        uit.append(
            RegelCheck(
                "evaluatie",
                plan.evaluatie is not None,
                f"evaluatie op {datum_lang(plan.evaluatie)}" if plan.evaluatie else "geen datum",
            )
        )
        return uit

    def evaluatie_verlopen(self, vandaag: date | None = None) -> bool:
        plan = self.plan
        return (
            plan is not None
            and plan.evaluatie is not None
            and plan.evaluatie <= (vandaag or date.today())
        )

    def lopende_evaluatie(self) -> Evaluatie | None:
        """An evaluation still being written: it is about the current version, which is only
        kept (and a new one started) when the evaluation is recorded with `evalueer`."""
        versie = self.plan.versie if self.plan is not None else None
        return next((e for e in self.evaluaties if e.plan_versie == versie), None)

    def begin_evaluatie(self) -> Evaluatie:
        """The evaluation being written, saved as it is typed (nothing is lost on the way)."""
        lopend = self.lopende_evaluatie()
        if lopend is not None:
            return lopend
        self.evaluaties = [
            *self.evaluaties,
            Evaluatie(plan_versie=self.zorg_voor_plan().versie),
        ]
        return self.evaluaties[-1]

    def evalueer(self, werkte: str, werkte_niet: str, verandert: str) -> Evaluatie:
        """Record an evaluation; the evaluated plan is kept as it was, a new version goes on."""
        plan = self.zorg_voor_plan()
        evaluatie = self.begin_evaluatie()
        evaluatie.werkte, evaluatie.werkte_niet = werkte, werkte_niet
        evaluatie.verandert = verandert
        evaluatie.datum = date.today()
        nieuw = plan.kopie_voor_nieuwe_versie()
        nieuw.evaluatie = None  # the next evaluation is agreed anew
        self.planversies = [*self.planversies, plan]
        self.plan = nieuw
        return evaluatie

    def zorg_voor_afsluiting(self) -> Afsluiting:
        if self.afsluiting is None:
            self.afsluiting = Afsluiting()
        return self.afsluiting

    def schrijf_afsluiting(self, vraag_id: str, tekst: str) -> None:
        """One answer of the closing conversation (002 §4), written as it is typed."""
        if self.afsluiting is None:
            self.afsluiting = Afsluiting()
        self.afsluiting.antwoorden = {**self.afsluiting.antwoorden, vraag_id: tekst}

    def schrijf_evaluatie(self, veld: str, tekst: str) -> None:
        """One field of the evaluation being written (what worked, what not, what changes)."""
        setattr(self.begin_evaluatie(), veld, tekst)

    # -- the netwerkberaad and the familiegroepsplan (001 §3.2.5) --------------------------

    def beraad(self, beraad_id: str) -> Netwerkberaad | None:
        return next((b for b in self.netwerkberaden if b.id == beraad_id), None)

    def zorg_voor_beraad(self) -> Netwerkberaad:
        """The netwerkberaad being prepared or recorded: the last one, or a new one."""
        if not self.netwerkberaden:
            self.netwerkberaden = [Netwerkberaad()]
        return self.netwerkberaden[-1]

    def nieuw_beraad(self) -> Netwerkberaad:
        """A next meeting (000: when agreements are not kept, plan a new meeting)."""
        self.netwerkberaden = [*self.netwerkberaden, Netwerkberaad()]
        return self.netwerkberaden[-1]

    def _eis_toestemming(self, persoon_id: str) -> None:
        reden = self.mag_afspraak(persoon_id)
        if reden is not None:
            raise ValueError(reden)

    def nodig_uit(self, beraad_id: str, persoon_id: str, door: str | None) -> Uitnodiging:
        """Invite someone of the register to the meeting, asked by `door` (the family's
        choice). Both are approached, so both need the parent's consent (002)."""
        beraad = self._beraad(beraad_id)
        self._eis_toestemming(persoon_id)
        if door is not None:
            self._eis_toestemming(door)
        bestaand = beraad.uitnodiging(persoon_id)
        if bestaand is not None:
            bestaand.door = door
            return bestaand
        beraad.uitgenodigd = [*beraad.uitgenodigd, Uitnodiging(persoon=persoon_id, door=door)]
        return beraad.uitgenodigd[-1]

    def kies_voorzitter(self, beraad_id: str, persoon_id: str | None) -> None:
        """Who chairs the meeting: the family decides; whoever it is, is approached."""
        beraad = self._beraad(beraad_id)
        if persoon_id is not None:
            self._eis_toestemming(persoon_id)
        beraad.voorzitter = persoon_id

    def neem_besluit(self, beraad_id: str, wat: str, wie: list[str]) -> Besluit:
        """Something agreed in the meeting, and who takes it on (each with consent)."""
        beraad = self._beraad(beraad_id)
        if not wat.strip():
            raise ValueError("een besluit zegt wat er is afgesproken")
        for pid in wie:
            self._eis_toestemming(pid)
        beraad.besluiten = [
            *beraad.besluiten,
            Besluit(wat=wat.strip(), wie=list(dict.fromkeys(wie))),
        ]
        return beraad.besluiten[-1]

    def maak_familiegroepsplan(self, beraad_id: str) -> FamiliegroepsplanUitkomst:
        """What the meeting agreed becomes the plan the family holds, marked as their
        familiegroepsplan. The goal is taken when the plan has none yet; each decision becomes
        an agreement once (days and times are filled in on the plan; one removed there stays
        removed). Someone whose consent
        was withdrawn since is left out of the agreement, and named in the outcome."""
        beraad = self._beraad(beraad_id)
        plan = self.zorg_voor_plan()
        if beraad.doel.strip() and not plan.doel.strip():
            plan.doel = beraad.doel.strip()
        nieuw: list[str] = []
        zonder: list[str] = []
        for besluit in beraad.besluiten:
            if besluit.afspraak is not None:
                continue  # made into an agreement before (perhaps since changed or removed)
            wie = [pid for pid in besluit.wie if self.mag_afspraak(pid) is None]
            zonder += [pid for pid in besluit.wie if pid not in wie]
            afspraak = plan.nieuwe_afspraak()
            afspraak.wat, afspraak.wie = besluit.wat, wie
            besluit.afspraak = afspraak.id
            nieuw.append(afspraak.id)
        plan.familiegroepsplan = True
        plan.beraad = beraad.id
        return FamiliegroepsplanUitkomst(tuple(nieuw), tuple(dict.fromkeys(zonder)))

    def _beraad(self, beraad_id: str) -> Netwerkberaad:
        beraad = self.beraad(beraad_id)
        if beraad is None:
            raise ValueError(f"netwerkberaad '{beraad_id}' staat niet in de sessie")
        return beraad

    # -- the referral (001 §2.3) -----------------------------------------------------------

    def zorg_voor_aanmelding(self) -> Aanmelding:
        if self.aanmelding is None:
            self.aanmelding = Aanmelding()
        return self.aanmelding

    def nodig_uit_voor_start(self, persoon_id: str) -> None:
        """Invite someone to the first meeting: they are approached, so with consent (002)."""
        self._eis_toestemming(persoon_id)
        aanmelding = self.zorg_voor_aanmelding()
        if persoon_id not in aanmelding.uitgenodigd:
            aanmelding.uitgenodigd = [*aanmelding.uitgenodigd, persoon_id]

    # -- the young person's own voice (001 §3.1.6, §3.2.4) ----------------------------------

    def stem_van(self, jongere_id: str) -> StemJongere | None:
        return next((s for s in self.stemmen if s.jongere == jongere_id), None)

    def zorg_voor_stem(self, jongere_id: str) -> StemJongere:
        """The young person's own record (their mentor, who they want involved)."""
        bestaand = self.stem_van(jongere_id)
        if bestaand is not None:
            return bestaand
        if self.persoon(jongere_id) is None:
            raise ValueError("de jongere staat niet in het netwerk")
        self.stemmen = [*self.stemmen, StemJongere(jongere=jongere_id)]
        return self.stemmen[-1]

    def raak_aan(self) -> None:
        self.gewijzigd = nu()


WETEN_SJABLOON = "veilig-1-weten"  # the Bijlage I circle "who knows everything"


@dataclass(frozen=True)
class FamiliegroepsplanUitkomst:
    """What making the familiegroepsplan did: the agreements it added (ids), and who was left
    out of them for want of consent (person ids)."""

    nieuw: tuple[str, ...]
    zonder_toestemming: tuple[str, ...]


@dataclass(frozen=True)
class Bodemeis:
    """The minimum requirement's two halves, checked together: who knows, and whether those
    people take turns so that one of them comes every day."""

    minimum: int
    weten: tuple[str, ...]  # ids of those who know
    bron: str  # where `weten` comes from (the circle, or consent)
    om_de_beurt: tuple[str, ...]  # of those who know: who has a day in the rooster
    gaten: tuple[str, ...]  # weekdays none of them comes

    @property
    def ok(self) -> bool:
        return (
            len(self.weten) >= self.minimum
            and len(self.om_de_beurt) >= self.minimum
            and not self.gaten
        )

    @property
    def beurt_tekst(self) -> str:
        """ "2 van hen komen om de beurt; niemand van hen op zaterdag"."""
        n = len(self.om_de_beurt)
        tekst = f"{n} van hen {'komt' if n == 1 else 'komen'} om de beurt"
        if not self.gaten:
            return tekst + ", elke dag een van hen"
        if len(self.gaten) == 7:
            return tekst + ", nog op geen enkele dag"
        return tekst + "; niemand van hen op " + ", ".join(self.gaten)

    @property
    def uitleg(self) -> str:
        return (
            f"{len(self.weten)} van minimaal {self.minimum} weten het ({self.bron}); "
            + self.beurt_tekst
        )


@dataclass(frozen=True)
class RegelCheck:
    """One minimum requirement of the plan: its id (texts in the bank), met or not, and why."""

    id: str
    ok: bool
    uitleg: str


@dataclass(frozen=True)
class Herkomst:
    """One place a person came up: its kind, that item's id (question, appèl, interview tool or
    circle), a line to show."""

    soort: Literal["vraag", "appel", "interview", "cirkel"]
    id: str
    tekst: str


def _datum(stand: Stand) -> date:
    return stand.datum


def _uniek(soort: str, ids: list[str]) -> None:
    if len(set(ids)) != len(ids):
        dubbel = next(i for i in ids if ids.count(i) > 1)
        raise ValueError(f"{soort}-id '{dubbel}' komt twee keer voor")


def _naam_sleutel(naam: str) -> str:
    return " ".join(naam.split()).casefold()
