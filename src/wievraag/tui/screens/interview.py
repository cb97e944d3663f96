"""A Family Finding interview as a guided form (Bijlage I): one page at a time.

A page is one record of the tool (a house, a value, a need, a life phase) or the tool itself.
A field's id names what it fills: "f-<veld>" on the page's record, "t-<veld>" on the tool,
and a `NoemVeld` "n-<veld>" is a list of people of the page's record. Reading and writing go
through that one rule; the subclasses only say what a page is and what it shows. Nothing is
stored until something is typed, and the page and field you were on are remembered while
the session is open (`plekken`, kept by the interviews tab).
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ValidationError
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.markup import escape
from textual.widget import Widget
from textual.widgets import Header, Input, Label, Select, Static, TextArea

from wievraag.model import Persoon, Sessie
from wievraag.model.familyfinding import (
    KLASSE_VAN,
    VELD_VAN,
    Behoefte,
    BiggestUnmetNeeds,
    HoeveelMensen,
    Huis,
    Interview,
    Levensfase,
    MobilityMapping,
    ToolId,
    Waarde,
    WaardeInterview,
)
from wievraag.model.interviews import TOOL_NAMEN, stand
from wievraag.model.vragen import InterviewTekst
from wievraag.tui.context import sessie, wv
from wievraag.tui.masker import toon_label, toon_naam, verberg_tekst
from wievraag.tui.screens.basis import PlekScreen
from wievraag.tui.toetsnamen import APPEL, KLAAR, NIEUW, VOLGENDE, VORIGE
from wievraag.tui.widgets.genoemd import NoemVeld
from wievraag.tui.widgets.velden import Invoer, Tekstvak

# Per tool: (page, id of the focused field), while the session is open.
Plekken = dict[str, tuple[int, str | None]]


def vraag(tekst: str) -> Static:
    return Static(Text(tekst), classes="stap-vraag")


def tip(tekst: str) -> Static:
    return Static(Text(tekst), classes="stap-tip")


def regel(naam: str, veld: Widget) -> Horizontal:
    return Horizontal(Label(naam, classes="veldnaam"), veld, classes="veldregel")


def invoer(veld_id: str, placeholder: str = "", getal: bool = False) -> Input:
    return Invoer(
        placeholder=placeholder,
        id=veld_id,
        type="integer" if getal else "text",
        classes="veld getal" if getal else "veld",
        compact=True,
        select_on_focus=False,  # coming back to a field must not make the next key wipe it
    )


def tekstvak(veld_id: str) -> TextArea:
    return Tekstvak(
        id=veld_id, soft_wrap=True, show_line_numbers=False, tab_behavior="focus", classes="veld"
    )


class InterviewScreen(PlekScreen):
    HELP_ONDERWERP = "interview"
    HEEFT_UITLEG = True
    TOOL: ClassVar[ToolId]
    PAGINA: ClassVar[str] = ""  # what a page is called: "Huis", "Waarde"; "" = one page
    BINDINGS = [
        # F2 works here too; it is left out of the footer, which needs its 80 columns for the
        # pages (as in the appèl). The help names it.
        Binding(APPEL, "nieuw_appel", "Appèl", show=False, priority=True),
        Binding("escape", "terug", "Terug", id="terug"),
        Binding(VORIGE, "pagina(-1)", "Vorige", id="vorige-pagina", priority=True),
        Binding(VOLGENDE, "pagina(1)", "Volgende", id="volgende-pagina"),
        Binding(NIEUW, "nieuw", "Nieuw", id="nieuwe-pagina"),
        Binding(KLAAR, "klaar", "Klaar", id="interview-klaar", tooltip="Zet op klaar of terug"),
    ]

    def __init__(self, plekken: Plekken | None = None) -> None:
        super().__init__()
        self.plekken = plekken if plekken is not None else {}
        self._pagina, self._focus = self.plekken.get(self.TOOL, (0, None))

    # -- what a subclass says ----------------------------------------------------------------

    def pagina_inhoud(self, tekst: InterviewTekst) -> ComposeResult:
        """The widgets of the form (all pages; `toon_pagina` shows the right part)."""
        yield from ()

    def items(self, tool: Interview | None) -> list[Any]:
        """The records that are pages, oldest first; [] for a one-page tool."""
        return []

    def eerste_pagina(self) -> int:
        """Pages before the records (the tool's own page in the hoeveel-mensen interview)."""
        return 0

    def nieuw_item(self, tool: Interview) -> BaseModel:
        raise NotImplementedError

    def toon_pagina(self) -> None:
        """Show the part of the form for the current page (default: one kind of page)."""

    # -- the model ---------------------------------------------------------------------------

    @property
    def tekst(self) -> InterviewTekst:
        gevonden = wv(self).vragen.bank.interview(self.TOOL)
        assert gevonden is not None, self.TOOL  # the bank is validated to have all seven
        return gevonden

    def tool(self, maak: bool = False) -> Interview | None:
        s = sessie(self)
        ff = s.family_finding
        tool = ff.van(self.TOOL) if ff is not None else None
        if tool is None and maak:
            tool = KLASSE_VAN[self.TOOL]()
            editor = wv(self).editor_open
            with editor.stap():
                editor.zet(editor.doe(s.zorg_voor_family_finding), **{VELD_VAN[self.TOOL]: tool})
        return tool

    def aantal_paginas(self) -> int:
        if not self.PAGINA:
            return 1
        # One page more than records only while on a new one: it is stored once filled in.
        return max(self.eerste_pagina() + len(self.items(self.tool())), self._pagina + 1, 1)

    def doel(self, maak: bool = False) -> BaseModel | None:
        """The record the current page fills in."""
        tool = self.tool(maak)
        if tool is None or not self.PAGINA or self._pagina < self.eerste_pagina():
            return tool
        items = self.items(tool)
        plek = self._pagina - self.eerste_pagina()
        if plek < len(items):
            return items[plek]  # type: ignore[no-any-return]
        if not maak:
            return None
        item = self.nieuw_item(tool)
        return item

    # -- building ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="interview-kop")
        yield Static("", id="interview-uitleg")
        # Not a focus stop of its own (it showed no highlight): it scrolls to the focused field.
        with VerticalScroll(id="interview-vak", can_focus=False):
            yield Static(Text(self.tekst.inleiding), classes="interview-inleiding")
            yield regel(
                "Gesteld aan",
                invoer("t-gesteld_aan", "bijv. moeder, vader, oudste dochter"),
            )
            yield from self.pagina_inhoud(self.tekst)
        yield self.footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._pagina = min(self._pagina, self.aantal_paginas() - 1)
        self._vul()
        doel = self.query(f"#{self._focus}") if self._focus else None
        if doel and doel.first().focusable:
            self.call_after_refresh(doel.first().focus)
        else:
            # A form starts in its first field, the one at the top: "Gesteld aan". Starting
            # lower made the first words typed land below a field the eye had already passed.
            self.call_after_refresh(self._focus_eerste, True)

    def _focus_eerste(self, met_gesteld_aan: bool = False) -> None:
        """The first field of the page. Turning to another page of the same interview skips
        "Gesteld aan" (it belongs to the whole interview and is filled in by then): the next
        house, value or life phase is what the professional is about to type."""
        for veld in self.query("#interview-vak Input, #interview-vak TextArea, Select"):
            zichtbaar = all(p.display for p in veld.ancestors_with_self if isinstance(p, Widget))
            overslaan = veld.id == "t-gesteld_aan" and not met_gesteld_aan
            if zichtbaar and veld.focusable and not overslaan:
                veld.focus()
                return

    def _vul(self) -> None:
        self.toon_pagina()
        s = sessie(self)
        for veld in self.query(".veld"):
            waarde = self._waarde(veld.id or "")
            if isinstance(veld, Input):
                veld.value = "" if waarde is None else str(waarde)
            elif isinstance(veld, TextArea):
                veld.text = waarde or ""
                veld.move_cursor(veld.document.end)
            elif isinstance(veld, Select):
                veld.value = waarde if waarde is not None else Select.NULL
        doel = self.doel()
        for lijst in self.query(NoemVeld):
            naam = (lijst.id or "").removeprefix("n-")
            ids: list[str] = (getattr(doel, naam, None) or []) if doel is not None else []
            lijst.toon(s, ids)
        self._toon_kop()
        self._toon_uitleg()
        self.refresh_bindings()

    def _bron(self, veld_id: str, maak: bool = False) -> BaseModel | None:
        return self.tool(maak) if veld_id.startswith("t-") else self.doel(maak)

    def _waarde(self, veld_id: str) -> Any:
        bron = self._bron(veld_id)
        return getattr(bron, veld_id[2:], None) if bron is not None else None

    def _zet(self, veld_id: str | None, waarde: Any) -> None:
        if not veld_id:
            return
        if self._waarde(veld_id) == waarde or (waarde in ("", None) and not self._waarde(veld_id)):
            return  # the form being filled in, not the user's typing
        editor = wv(self).editor_open
        try:
            with editor.stap():
                bron = self._bron(veld_id, maak=True)
                if bron is None or veld_id[2:] not in type(bron).model_fields:
                    return  # a field of the other kind of page
                editor.zet(bron, **{veld_id[2:]: waarde})
        except ValidationError:
            # Rolled back whole by the editor, the new page included.
            self.notify("Dat getal kan niet (alleen 0 of meer).", severity="warning", timeout=3)
            return
        self._toon_kop()

    @on(Input.Changed, ".veld")
    def _invoer(self, event: Input.Changed) -> None:
        waarde: Any = event.value
        if event.input.has_class("getal"):
            waarde = int(event.value) if event.value.strip().lstrip("-").isdigit() else None
        self._zet(event.input.id, waarde)

    @on(TextArea.Changed, ".veld")
    def _tekst(self, event: TextArea.Changed) -> None:
        self._zet(event.text_area.id, event.text_area.text)

    @on(Select.Changed, ".veld")
    def _keuze(self, event: Select.Changed) -> None:
        self._zet(event.select.id, None if event.value is Select.NULL else event.value)

    @on(NoemVeld.Genoemd)
    def _genoemd(self, event: NoemVeld.Genoemd) -> None:
        editor = wv(self).editor_open
        veld = (event.veld.id or "").removeprefix("n-")
        with editor.stap():
            doel = self.doel(maak=True)
            assert doel is not None
            eerder: list[str] = getattr(doel, veld)
            nieuw = list(dict.fromkeys([*eerder, *(p.id for p in event.personen)]))
            editor.zet(doel, **{veld: nieuw})
        event.veld.toon(sessie(self), getattr(doel, veld))
        self._toon_kop()

    @on(NoemVeld.Weg)
    def _weg(self, event: NoemVeld.Weg) -> None:
        doel = self.doel()
        veld = (event.veld.id or "").removeprefix("n-")
        if doel is None:
            return
        over = [p for p in getattr(doel, veld) if p != event.persoon_id]
        wv(self).editor_open.zet(doel, **{veld: over})
        event.veld.toon(sessie(self), getattr(doel, veld))
        persoon = sessie(self).persoon(event.persoon_id)
        if persoon is not None:
            self.notify(
                f"{toon_naam(self, persoon)} is van deze lijst gehaald (wel nog in het netwerk)."
            )

    # -- showing -----------------------------------------------------------------------------

    def pagina_naam(self) -> str:
        return f"{self.PAGINA} {self._pagina - self.eerste_pagina() + 1}"

    def _toon_kop(self) -> None:
        tool = self.tool()
        delen = [f"[b]{escape(TOOL_NAMEN[self.TOOL])}[/b]"]
        if self.PAGINA:
            delen.append(
                f"{escape(self.pagina_naam())} · pagina {self._pagina + 1}/{self.aantal_paginas()}"
            )
        st = stand(sessie(self), self.TOOL)
        delen.append({"leeg": "nog leeg", "begonnen": "begonnen", "klaar": "✓ klaar"}[st.staat])
        if tool is not None and st.behoeften:
            delen.append(f"{st.behoeften} behoefte{'n' if st.behoeften != 1 else ''}")
        elif tool is not None:
            delen.append(f"{len(st.personen)} personen")
        self.query_one("#interview-kop", Static).update(" · ".join(delen))

    def toon_uitleg(self, zichtbaar: bool) -> None:
        self._toon_uitleg()

    def _toon_uitleg(self) -> None:
        vak = self.query_one("#interview-uitleg", Static)
        vak.display = wv(self).uitleg
        vak.update(
            f"[b]Waarom en hoe?[/b] {escape(self.tekst.uitleg)}\n"
            f"[dim]Uitleg in eigen woorden; vragen woordelijk uit {escape(self.tekst.bron)}.[/dim]"
        )

    # -- actions -----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Keys that do nothing here are hidden: the footer must fit 80 columns.
        if action == "pagina" and parameters and isinstance(parameters[0], int):
            return bool(self.PAGINA) and 0 <= self._pagina + parameters[0] < self.aantal_paginas()
        if action == "nieuw":
            return bool(self.PAGINA)
        return super().check_action(action, parameters)

    def _onthoud(self) -> None:
        focus = self.focused.id if self.focused is not None else None
        if self.focused is not None and focus is None:
            # Inside a NoemVeld: remember the field around it.
            veld = next((a for a in self.focused.ancestors if isinstance(a, NoemVeld)), None)
            focus = veld.id if veld is not None else None
            focus = f"{focus} Input" if focus else None
        self.plekken[self.TOOL] = (self._pagina, focus)

    def action_pagina(self, richting: int) -> None:
        nieuw = self._pagina + richting
        if 0 <= nieuw < self.aantal_paginas():
            self._naar(nieuw)

    def _naar(self, pagina: int) -> None:
        self._pagina = pagina
        self._vul()
        self.query_one("#interview-vak", VerticalScroll).scroll_home(animate=False)
        self.call_after_refresh(self._focus_eerste)

    def action_nieuw(self) -> None:
        """A new page after the last record; it is stored once something is filled in."""
        tool = self.tool()
        items = self.items(tool)
        if items and _leeg(items[-1]):
            self._naar(self.eerste_pagina() + len(items) - 1)
            self.notify(f"Vul eerst deze {self.PAGINA.lower()} in.", timeout=3)
            return
        self._naar(self.eerste_pagina() + len(items))
        self.refresh_bindings()

    def action_klaar(self) -> None:
        editor = wv(self).editor_open
        with editor.stap():
            tool = self.tool(maak=True)
            assert tool is not None
            editor.zet(tool, klaar=not tool.klaar)
        self._toon_kop()
        self.notify("Op klaar gezet." if tool.klaar else "Weer open gezet.", timeout=2)

    async def toon_hersteld(self) -> None:
        self._pagina = min(self._pagina, self.aantal_paginas() - 1)
        self._vul()


def _leeg(item: Any) -> bool:
    return bool(item.leeg())  # every page record (house, phase, value, need) says so


# -- the tools --------------------------------------------------------------------------------


class MobilityScreen(InterviewScreen):
    TOOL = "mobility"
    PAGINA = "Huis"

    def pagina_inhoud(self, tekst: InterviewTekst) -> ComposeResult:
        naast, straat, sport, docent = tekst.vragen
        yield regel("Plaats, tijd", invoer("f-beschrijving", "bijv. Alkmaar, 1992-2002"))
        for prompt, veld in (
            (naast, "buren"),
            (straat, "straat"),
            (sport, "sport"),
            (docent, "docent"),
        ):
            yield vraag(prompt)
            yield NoemVeld(id=f"n-{veld}")
        # Not a question of Bijlage I: room for anyone else the house brings back.
        yield Label("Anderen", classes="veldkop")
        yield NoemVeld(id="n-anderen")
        yield tip(f"{tekst.tip} Ctrl+F begint het volgende huis; Ctrl+E/Ctrl+G bladeren.")

    def items(self, tool: Interview | None) -> list[Any]:
        return tool.huizen if isinstance(tool, MobilityMapping) else []

    def nieuw_item(self, tool: Interview) -> BaseModel:
        assert isinstance(tool, MobilityMapping)
        huis = Huis()
        wv(self).editor_open.voeg_toe(tool, "huizen", huis)
        return huis

    def pagina_naam(self) -> str:
        nummer = self._pagina + 1
        return f"Huis {nummer}" + (" (het oudste)" if nummer == 1 else "")


class HoeveelScreen(InterviewScreen):
    TOOL = "hoeveel"
    PAGINA = "Levensfase"

    def pagina_inhoud(self, tekst: InterviewTekst) -> ComposeResult:
        *tellen, schatting, fases, nog, bijeenkomst = tekst.vragen
        with Vertical(id="hoeveel-tellen", classes="stap"):
            yield vraag(schatting)
            for prompt, veld in zip(
                tellen,
                ("ontmoet", "aardig_gevonden", "aardig_voor_jou", "iets_gedaan", "weer_contact"),
                strict=True,
            ):
                yield Horizontal(
                    Label(Text(prompt), classes="telvraag"),
                    invoer(f"f-{veld}", "aantal", getal=True),
                    classes="veldregel telregel",
                )
            yield vraag(fases)
            yield Static("", id="hoeveel-fases")
            yield vraag(nog)
            yield Label("Nog in je leven", classes="veldkop")
            yield NoemVeld(id="n-nog_in_leven")
            yield Label("Zou je terug willen", classes="veldkop")
            yield NoemVeld(id="n-terug")
            yield vraag(bijeenkomst)
            yield NoemVeld(id="n-uitnodigen")
        with Vertical(id="hoeveel-fase", classes="stap"):
            yield vraag(fases)
            yield regel("Levensfase", invoer("f-naam", "bijv. basisschool, puberteit, nu"))
            yield Label("Wie waren er in je leven?", classes="veldkop")
            yield NoemVeld(id="n-personen")

    def eerste_pagina(self) -> int:
        return 1

    def items(self, tool: Interview | None) -> list[Any]:
        return tool.fases if isinstance(tool, HoeveelMensen) else []

    def nieuw_item(self, tool: Interview) -> BaseModel:
        assert isinstance(tool, HoeveelMensen)
        fase = Levensfase()
        wv(self).editor_open.voeg_toe(tool, "fases", fase)
        return fase

    def pagina_naam(self) -> str:
        if self._pagina == 0:
            return "Tellen en kiezen"
        doel = self.doel()
        naam = (
            verberg_tekst(self, doel.naam)
            if isinstance(doel, Levensfase) and doel.naam
            else "nieuw"
        )
        return f"Levensfase {self._pagina}: {naam}"

    def toon_pagina(self) -> None:
        self.query_one("#hoeveel-tellen").display = self._pagina == 0
        self.query_one("#hoeveel-fase").display = self._pagina > 0
        fases = self.items(self.tool())
        regels = [
            f"{nummer}. {verberg_tekst(self, f.naam) or '(zonder naam)'}: "
            f"{len(f.personen)} personen"
            for nummer, f in enumerate(fases, 1)
        ]
        regels.append("Ctrl+F voegt een levensfase toe; Ctrl+G bladert naar de fases.")
        self.query_one("#hoeveel-fases", Static).update(Text("\n".join(regels)))

    def action_nieuw(self) -> None:
        fases = self.items(self.tool())
        if fases and _leeg(fases[-1]):
            self._naar(len(fases))
            self.notify("Vul eerst deze levensfase in.", timeout=3)
            return
        self._naar(len(fases) + 1)


class ReunieScreen(InterviewScreen):
    TOOL = "reunie"

    def pagina_inhoud(self, tekst: InterviewTekst) -> ComposeResult:
        yield vraag(tekst.vragen[0])
        yield NoemVeld(id="n-op_de_foto")
        yield Label("Notitie (wie stond naast wie, wat viel op)", classes="veldkop")
        yield tekstvak("f-notitie")


class WaardeScreen(InterviewScreen):
    TOOL = "waarden"
    PAGINA = "Waarde"

    def pagina_inhoud(self, tekst: InterviewTekst) -> ComposeResult:
        belangrijk, meegeven, van_wie, betekenis = tekst.vragen
        yield vraag(belangrijk)
        yield invoer("f-waarde", "bijv. eerlijk zijn")
        yield vraag(meegeven)
        yield invoer("f-meegeven")
        yield vraag(van_wie)
        yield NoemVeld(id="n-geleerd_van")
        yield vraag(betekenis)
        yield tekstvak("f-betekenis")
        yield tip("Ctrl+F begint een volgende waarde; Ctrl+E/Ctrl+G bladeren.")

    def items(self, tool: Interview | None) -> list[Any]:
        return tool.waarden if isinstance(tool, WaardeInterview) else []

    def nieuw_item(self, tool: Interview) -> BaseModel:
        assert isinstance(tool, WaardeInterview)
        waarde = Waarde()
        wv(self).editor_open.voeg_toe(tool, "waarden", waarde)
        return waarde


class BehoefteScreen(InterviewScreen):
    TOOL = "behoeften"
    PAGINA = "Behoefte"

    def pagina_inhoud(self, tekst: InterviewTekst) -> ComposeResult:
        yield vraag(tekst.vragen[0])
        yield regel(
            "Voor",
            Select(
                [(Text(toon_label(self, p)), p.id) for p in _gezinsleden(sessie(self))],
                prompt="(kies het kind of de ouder)",
                id="f-voor",
                classes="veld",
                compact=True,
            ),
        )
        yield Label("Wat heeft hij of zij nodig?", classes="veldkop")
        yield tekstvak("f-behoefte")
        yield regel("In tegenstelling tot", invoer("f-in_plaats_van", "bijv. moet naar school"))
        if tekst.tip:
            yield tip(tekst.tip)

    def items(self, tool: Interview | None) -> list[Any]:
        return tool.behoeften if isinstance(tool, BiggestUnmetNeeds) else []

    def nieuw_item(self, tool: Interview) -> BaseModel:
        assert isinstance(tool, BiggestUnmetNeeds)
        behoefte = Behoefte()
        wv(self).editor_open.voeg_toe(tool, "behoeften", behoefte)
        return behoefte

    def pagina_naam(self) -> str:
        doel = self.doel()
        voor = sessie(self).persoon(doel.voor) if isinstance(doel, Behoefte) and doel.voor else None
        return f"Behoefte {self._pagina + 1}" + (f" voor {toon_naam(self, voor)}" if voor else "")


def _gezinsleden(s: Sessie) -> list[Persoon]:
    """Children and parents first (a need is theirs), then everyone else in the register."""
    volgorde = {"kinderen": 0, "ouders": 1}
    return sorted(s.personen, key=lambda p: volgorde.get(p.generatie or "", 2))


SCHERMEN: dict[str, type[InterviewScreen]] = {
    s.TOOL: s for s in (MobilityScreen, HoeveelScreen, ReunieScreen, WaardeScreen, BehoefteScreen)
}
