"""The question bank's shape: themes and questions (texts verbatim from the sources).

Only the shape lives here; reading `data/vragen.toml` and the user's own file is `wievraag.vragen`.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from wievraag.model.appel import STAPPEN, StapId
from wievraag.model.basis import Basis
from wievraag.model.cirkel import RINGEN, Cirkel, CirkelSoort
from wievraag.model.familyfinding import KLASSE_VAN, TOOLS, ToolId

# The stepper puts each prompt of a step next to its own field, by position; a prompt
# dropped or added in the TOML would silently land next to the wrong field, so it is refused.
APPEL_VRAGEN: dict[str, int] = {"herken": 1, "overweeg": 3, "bespreek": 4, "verleg": 2}


class Bron(Basis):
    id: str
    titel: str
    auteur: str = ""
    jaar: int | None = None
    licentie: str = ""


class Citaat(Basis):
    """A text the professional reads out or says to the family as the source words it: quoted
    verbatim with its source, never passed off as the app's own explanation."""

    tekst: str
    bron: str


class Thema(Basis):
    id: str
    naam: str
    uitleg: str = ""  # why and how, in own words
    valkuil: str = ""  # the pitfall trainers warn about (own words, section cited)
    tip: str = ""  # a do / don't of factsheet 002 where one applies
    bron: str = ""
    voorlezen: Citaat | None = None
    # Questions of other themes that belong here too (one text, one id, one state per session).
    ook: list[str] = Field(default_factory=list)


class Vraag(Basis):
    id: str
    thema: str
    tekst: str
    bron: str = ""
    # The sentence of the source just before the question that gives it its meaning
    # ("Laat ouders ook redeneren vanuit de kinderen:"), verbatim; shown with the question.
    context: str = ""
    # A follow-up ("En zo ja, ...") names the question it follows; shown with it.
    vervolg_op: str = ""
    tags: list[str] = Field(default_factory=list)


class AppelStap(Basis):
    """One of the four appèl steps (§2.5): its prompts verbatim, its explanation in own words."""

    id: StapId
    titel: str
    vragen: list[str]
    uitleg: str  # for trainers: why this step, citing the handreiking's sections
    tip: str = ""  # a reminder shown with the step itself (own words)
    bron: str


class Tekst(Basis):
    """A text of the method with its id and source: plan rules, closing questions, the kinds
    of "nee" (§3.1.6)."""

    id: str
    tekst: str
    uitleg: str = ""
    bron: str
    # True: `tekst` is quoted from the source; False: the project's words for a point it makes.
    woordelijk: bool = True


# The interview forms put each prompt next to its own field, by position (as the appèl does).
INTERVIEW_VRAGEN: dict[str, int] = {
    tool: KLASSE_VAN[tool].VRAGEN if tool in KLASSE_VAN else 0  # the circles ask in rings
    for tool in TOOLS
}


class InterviewTekst(Basis):
    """One Family Finding tool of Bijlage I: its prompts verbatim; the instruction, the
    explanation ("waarom en hoe") and guidance in own words."""

    id: ToolId
    inleiding: str  # what the professional does with the family, in own words
    vragen: list[str] = Field(default_factory=list)
    uitleg: str  # why and how, own words, section cited
    tip: str = ""  # guidance in own words (e.g. the Biggest Unmet Needs examples)
    bron: str


class CirkelSjabloon(Basis):
    """A circle as the method gives it: the question and the three ring labels, innermost
    first. Circles in a session copy these texts (model/cirkel.py)."""

    id: str
    soort: CirkelSoort
    titel: str
    vraag: str
    ringen: list[str]
    bron: str

    def maak(self) -> Cirkel:
        return Cirkel(
            soort=self.soort,
            sjabloon=self.id,
            titel=self.titel,
            vraag=self.vraag,
            ringen=list(self.ringen),
        )


# The views that explain themselves with F3 (tab Personen, each kind of view on the Kaart
# tab, tab Plan); the screens look them up by these ids, so the bank must have each one.
WEERGAVEN = ("register", "plan")
# Each kind of Kaart view also has one, by the id its row in tekening/kaarten.py gives it
# (`SOORTEN`); the model does not know the drawings, so that is checked where both meet
# (tests/test_ids_in_elke_laag.py), and any further id here must be unique.


# Explanation panels that are no view of their own, shown by the same UitlegVak by id where
# they belong: intercultural aspects (§5) with the register and ecogram, the family process
# (§2.4) with the appèl, asking for help (§3.1.4) with the 'niemand' questions; the
# netwerkberaad, the young person's mentor (JIM), the time after closing and the referral
# (§2.3) with their screens.
PANELEN = (
    "intercultureel",
    "gezinsproces",
    "hulp-vragen",
    "netwerkberaad",
    "jim",
    "nazorg",
    "aanmelding",
)

# Where a panel without a screen of its own is shown, after the explanation it belongs with:
# a view's id (UitlegVak), `thema:<id>` (the question list), `appel:<step>` (the appèl).
# The netwerkberaad, jim, nazorg and aanmelding panels have their own screens.
PANEEL_BIJ: dict[str, tuple[str, ...]] = {
    "register": ("intercultureel",),
    "ecogram": ("intercultureel",),
    "thema:geen-netwerk": ("hulp-vragen",),
    "thema:nee-ja-maar": ("hulp-vragen",),
    "appel:overweeg": ("gezinsproces",),
}


class Weergave(Basis):
    """The explanation of one view or panel: why and how, a pitfall, a do / don't of 002 (own
    words); `voorlezen` a text to say to the family, quoted with its source."""

    id: str
    naam: str
    uitleg: str
    valkuil: str = ""
    tip: str = ""
    bron: str
    voorlezen: Citaat | None = None


# The plan rules the model checks (Sessie.plan_regels); the bank gives their words.
PLAN_REGELS = ("weten", "elke-dag", "aanspreekpunt", "toestemming", "evaluatie")


class Vragenbank(Basis):
    versie: int
    bronnen: list[Bron] = Field(default_factory=list)
    themas: list[Thema]
    vragen: list[Vraag]
    appel_stappen: list[AppelStap] = Field(default_factory=list)
    plan_regels: list[Tekst] = Field(default_factory=list)
    afsluiting: list[Tekst] = Field(default_factory=list)
    family_finding: list[InterviewTekst] = Field(default_factory=list)
    cirkel_sjablonen: list[CirkelSjabloon] = Field(default_factory=list)
    weergaven: list[Weergave] = Field(default_factory=list)
    nee_soorten: list[Tekst] = Field(default_factory=list)

    @model_validator(mode="after")
    def _samenhang(self) -> Vragenbank:
        # Session files point at question ids: a duplicate would make an answer ambiguous.
        gezien: set[str] = set()
        for vraag in self.vragen:
            if vraag.id in gezien:
                raise ValueError(f"vraag-id '{vraag.id}' komt twee keer voor")
            gezien.add(vraag.id)
        themas = {t.id for t in self.themas}
        if len(themas) != len(self.themas):
            raise ValueError("een thema-id komt twee keer voor")
        for thema in self.themas:
            for vraag_id in thema.ook:
                if vraag_id not in gezien:
                    raise ValueError(f"thema '{thema.id}' noemt onbekende vraag '{vraag_id}'")
        for vraag in self.vragen:
            if vraag.thema not in themas:
                raise ValueError(f"vraag '{vraag.id}' heeft onbekend thema '{vraag.thema}'")
            if not vraag.tekst.strip():
                raise ValueError(f"vraag '{vraag.id}' heeft geen tekst")
            if vraag.vervolg_op and vraag.vervolg_op not in gezien:
                raise ValueError(
                    f"vraag '{vraag.id}' volgt op onbekende vraag '{vraag.vervolg_op}'"
                )
        self._appel_stappen_kloppen()
        regels = tuple(r.id for r in self.plan_regels)
        if regels and regels != PLAN_REGELS:
            raise ValueError(f"plan_regels moeten {', '.join(PLAN_REGELS)} zijn, in die volgorde")
        ids = [t.id for t in self.afsluiting]
        if len(set(ids)) != len(ids):
            raise ValueError("een afsluitingsvraag komt twee keer voor")
        ids = [t.id for t in self.nee_soorten]
        if len(set(ids)) != len(ids):
            raise ValueError("een soort 'nee' komt twee keer voor")
        self._interviews_kloppen()
        self._weergaven_kloppen()
        return self

    def _weergaven_kloppen(self) -> None:
        if not self.weergaven:
            return
        ids = [w.id for w in self.weergaven]
        if len(set(ids)) != len(ids):
            raise ValueError("een weergave-id komt twee keer voor")
        if ontbreekt := [i for i in (*WEERGAVEN, *PANELEN) if i not in ids]:
            raise ValueError(f"weergave {', '.join(ontbreekt)} ontbreekt")
        for w in self.weergaven:
            if not w.uitleg.strip() or not w.bron.strip():
                raise ValueError(f"weergave '{w.id}' heeft een uitleg en een bron nodig")

    def weergave(self, weergave_id: str) -> Weergave | None:
        return next((w for w in self.weergaven if w.id == weergave_id), None)

    def citaten(self) -> list[tuple[str, Citaat]]:
        """Every text to read out, with the theme or panel it belongs to."""
        paren = [(t.id, t.voorlezen) for t in self.themas]
        paren += [(w.id, w.voorlezen) for w in self.weergaven]
        return [(naam, c) for naam, c in paren if c is not None]

    def aanloop(self, vraag: Vraag) -> str:
        """What is said before a question so it makes sense: the source's sentence that leads
        up to it, or the question it follows (with that one's own lead)."""
        delen: list[str] = []
        gezien = {vraag.id}
        while True:
            if vraag.context:
                delen.insert(0, vraag.context)
                break
            vorige = self.vraag(vraag.vervolg_op) if vraag.vervolg_op else None
            if vorige is None or vorige.id in gezien:
                break
            gezien.add(vorige.id)
            delen.insert(0, vorige.tekst)
            vraag = vorige
        return " ".join(delen)

    def _interviews_kloppen(self) -> None:
        if self.family_finding:
            ids = tuple(t.id for t in self.family_finding)
            if ids != TOOLS:
                raise ValueError(f"family_finding moet {', '.join(TOOLS)} zijn, in die volgorde")
            for tool in self.family_finding:
                verwacht = INTERVIEW_VRAGEN[tool.id]
                if len(tool.vragen) != verwacht or not all(v.strip() for v in tool.vragen):
                    raise ValueError(f"interview '{tool.id}' heeft precies {verwacht} vragen nodig")
        sjablonen = [c.id for c in self.cirkel_sjablonen]
        if len(set(sjablonen)) != len(sjablonen):
            raise ValueError("een cirkel-sjabloon komt twee keer voor")
        for sjabloon in self.cirkel_sjablonen:
            if len(sjabloon.ringen) != RINGEN or not all(r.strip() for r in sjabloon.ringen):
                raise ValueError(f"cirkel-sjabloon '{sjabloon.id}' heeft {RINGEN} ringen nodig")

    def interview(self, tool: str) -> InterviewTekst | None:
        return next((t for t in self.family_finding if t.id == tool), None)

    def cirkel_sjabloon(self, sjabloon_id: str) -> CirkelSjabloon | None:
        return next((c for c in self.cirkel_sjablonen if c.id == sjabloon_id), None)

    def _appel_stappen_kloppen(self) -> None:
        if not self.appel_stappen:
            return
        ids = tuple(s.id for s in self.appel_stappen)
        if ids != STAPPEN:
            raise ValueError(f"appel_stappen moeten {', '.join(STAPPEN)} zijn, in die volgorde")
        for stap in self.appel_stappen:
            verwacht = APPEL_VRAGEN[stap.id]
            if len(stap.vragen) != verwacht or not all(v.strip() for v in stap.vragen):
                raise ValueError(f"appèlstap '{stap.id}' heeft precies {verwacht} vragen nodig")
            if not stap.uitleg.strip() or not stap.bron.strip():
                raise ValueError(f"appèlstap '{stap.id}' heeft een uitleg en een bron nodig")

    def appel_stap(self, stap_id: str) -> AppelStap | None:
        return next((s for s in self.appel_stappen if s.id == stap_id), None)

    def vraag(self, vraag_id: str) -> Vraag | None:
        return next((v for v in self.vragen if v.id == vraag_id), None)

    def thema(self, thema_id: str) -> Thema | None:
        return next((t for t in self.themas if t.id == thema_id), None)


def vragen_van(thema: Thema, vragen: list[Vraag]) -> list[Vraag]:
    """A theme's own questions, then those it borrows (`ook`), in the bank's order."""
    eigen = [v for v in vragen if v.thema == thema.id]
    per_id = {v.id: v for v in vragen}
    return eigen + [per_id[i] for i in thema.ook if i in per_id]


EIGEN_THEMA = Thema(
    id="eigen",
    naam="Mijn eigen vragen",
    uitleg="Vragen die je zelf hebt toegevoegd. Ze staan bij jou, niet in de sessie van een gezin.",
    bron="eigen",
)


class EigenVraag(Basis):
    id: str
    tekst: str


class MijnVragen(Basis):
    """The user's favourites and own questions: per professional, never inside a session."""

    versie: int = 1
    favorieten: list[str] = Field(default_factory=list)
    eigen: list[EigenVraag] = Field(default_factory=list)
