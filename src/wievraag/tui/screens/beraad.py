"""The netwerkberaad: prepare the meeting, record it, and make its outcome the family's plan.

The family decides (001 §3.2.5): who comes and who asks them, where and when, their own
questions, who leads the talk. Everyone invited, the inviter and the chair are approached, so
each needs the parent's consent (002), asked the moment they are named (`mag_in_plan`). After
the meeting: who was there (Space in the list), the goal, what was agreed and by whom, and how
it went. F6 makes the decisions the plan the family holds, marked as their familiegroepsplan.

Every change goes through the session editor; every name and free text through the mask.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Header, Input, Label, OptionList, Select, Static, TextArea
from textual.widgets.option_list import Option

from wievraag.export.beraadweergave import BeraadWeergave, beraad_weergave
from wievraag.export.planweergave import SessieNamen, en
from wievraag.model import Netwerkberaad
from wievraag.opmaak import datum_uitleg, lees_datum
from wievraag.tui.context import sessie, wv
from wievraag.tui.masker import toon_label, toon_naam, verberg_tekst
from wievraag.tui.screens.basis import InSessieScreen
from wievraag.tui.screens.plan import DATUM, contact_keuzes, mag_in_plan, noem_in_plan, regel
from wievraag.tui.screens.plan import toon_datum as datum_veld
from wievraag.tui.toetsnamen import APPEL, VOLGENDE, VORIGE
from wievraag.tui.widgets.genoemd import namen_suggester
from wievraag.tui.widgets.uitleg import UitlegVak
from wievraag.tui.widgets.velden import Invoer, Tekstvak


class RegelLijst(OptionList):
    """A list of the meeting's people or decisions: Space changes one, Delete takes it off."""

    BINDINGS = [
        Binding("space", "wissel", "Was er?", id="beraad-wissel"),
        Binding("delete,backspace", "haal_weg", "Haal weg", id="beraad-weg"),
    ]

    class Actie(Message):
        def __init__(self, lijst: RegelLijst, sleutel: str, wat: str) -> None:
            super().__init__()
            self.lijst = lijst
            self.sleutel = sleutel
            self.wat = wat

    def _stuur(self, wat: str) -> None:
        optie = self.highlighted_option
        if optie is not None and optie.id:
            self.post_message(self.Actie(self, optie.id, wat))

    def action_wissel(self) -> None:
        self._stuur("wissel")

    def action_haal_weg(self) -> None:
        self._stuur("weg")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Decisions have no presence to record: no Space there.
        if action == "wissel":
            return self.id == "uitgenodigd"
        return True


class BeraadScreen(InSessieScreen):
    HELP_ONDERWERP = "netwerkberaad"
    HEEFT_UITLEG = True
    BINDINGS = [
        # F2 works as everywhere, but the footer keeps its 80 columns for this screen's keys.
        Binding(APPEL, "nieuw_appel", "Appèl", show=False, priority=True),
        Binding("escape", "terug", "Terug", id="terug"),
        # Ctrl keys with one meaning in the whole app (tui/toetsnamen.py): Ctrl+O finishes
        # (here: the plan), Ctrl+F starts a next one; the F-keys stay as they were.
        Binding("ctrl+o,f6", "maak_plan", "Maak plan", id="beraad-plan",
                tooltip="Wat is afgesproken wordt het familiegroepsplan"),
        Binding("ctrl+f,f7", "nieuw", "Nieuw", id="beraad-nieuw", tooltip="Een volgend beraad"),
        Binding(VORIGE, "blader(-1)", "Vorige", id="beraad-vorige", priority=True),
        Binding(VOLGENDE, "blader(1)", "Volgende", id="beraad-volgende"),
    ]  # fmt: skip

    def __init__(self, nummer: int | None = None) -> None:
        super().__init__()
        self._nummer = nummer
        self._door: str | None = None

    @property
    def nummer(self) -> int:
        """Which meeting is shown (0 = the first): the last one unless asked otherwise, the
        one being prepared or just held."""
        if self._nummer is None:
            self._nummer = max(0, len(sessie(self).netwerkberaden) - 1)
        return self._nummer

    @nummer.setter
    def nummer(self, waarde: int) -> None:
        self._nummer = waarde

    # -- the model ----------------------------------------------------------------------

    def _beraad(self) -> Netwerkberaad | None:
        beraden = sessie(self).netwerkberaden
        return beraden[self.nummer] if self.nummer < len(beraden) else None

    def _maak(self) -> Netwerkberaad:
        """The meeting, made on the first thing typed: opening and leaving adds nothing."""
        bestaand = self._beraad()
        if bestaand is not None:
            return bestaand
        beraad = wv(self).editor_open.doe(sessie(self).zorg_voor_beraad)
        self.nummer = len(sessie(self).netwerkberaden) - 1
        return beraad

    def _weergave(self) -> BeraadWeergave | None:
        beraad = self._beraad()
        if beraad is None:
            return None
        s = sessie(self)
        namen = SessieNamen(
            s, lambda p: toon_naam(self, p), lambda p: toon_label(self, p), telefoon=False
        )
        return beraad_weergave(
            s, beraad, namen, vandaag=date.today(), tekst=lambda t: verberg_tekst(self, t)
        )

    # -- the form -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        s = sessie(self)
        b = self._beraad() or Netwerkberaad()
        keuzes = contact_keuzes(s, lambda p: toon_label(self, p))
        yield Header()
        # Not a focus stop of its own (it showed no highlight): it scrolls to the focused field.
        with VerticalScroll(id="plan-vak", can_focus=False):
            yield Static("", id="beraad-titel", classes="titel")
            yield Static(
                "Het gezin beslist: wie er komen, wie hen vraagt, wie het gesprek leidt en "
                "hoe het plan eruitziet.",
                classes="hint",
            )
            yield Label("Voorbereiden", classes="veldkop")
            yield regel(
                "Datum", Invoer(datum_veld(b.datum), placeholder=DATUM, id="datum", compact=True)
            )
            yield Static("", id="datum-uitleg", classes="hint")
            yield regel(
                "Hoe laat", Invoer(b.tijd, placeholder="bijv. om 19 uur", id="tijd", compact=True)
            )
            yield regel(
                "Waar",
                Invoer(b.plek, placeholder="bijv. bij oma thuis", id="plek", compact=True),
            )
            yield regel(
                "Voorzitter",
                Select(
                    keuzes,
                    value=b.voorzitter or Select.NULL,
                    prompt="(het gezin kiest)",
                    id="voorzitter",
                    compact=True,
                ),
            )
            yield Label("Vragen van het gezin voor het gesprek (één per regel)", classes="veldkop")
            yield Tekstvak("\n".join(b.vragen), id="vragen", soft_wrap=True, tab_behavior="focus")
            yield regel(
                "Gevraagd door",
                Select(keuzes, prompt="(nog niet afgesproken)", id="door", compact=True),
            )
            yield regel(
                "Uitnodigen",
                Invoer(placeholder="naam + Enter (met toestemming)", id="noem-uit", compact=True),
            )
            yield RegelLijst(id="uitgenodigd", classes="genoemd")
            yield Static(
                "Spatie: was er wel of niet (na het beraad). Delete: niet meer uitgenodigd.",
                classes="hint",
            )
            yield Label("Vastleggen: wat kwam eruit?", classes="veldkop")
            yield regel(
                "Doel",
                Invoer(b.doel, placeholder="wat willen jullie samen bereiken?", id="doel",
                       compact=True),
            )  # fmt: skip
            yield regel(
                "Afgesproken",
                Invoer(placeholder="wat is er afgesproken? (Enter)", id="besluit-wat",
                       compact=True),
            )  # fmt: skip
            yield regel(
                "Door wie",
                Invoer(placeholder="namen + Enter (met toestemming)", id="besluit-wie",
                       compact=True),
            )  # fmt: skip
            yield RegelLijst(id="besluiten", classes="genoemd")
            yield Label("Verslag: hoe ging het, wat viel op?", classes="veldkop")
            yield Tekstvak(b.verslag, id="verslag", soft_wrap=True, tab_behavior="focus")
            yield Static("", id="beraad-stand", classes="hint")
            yield UitlegVak("netwerkberaad", id="beraad-uitleg")
        yield self.footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._toon()
        self.query_one("#datum", Input).focus()

    def _toon(self) -> None:
        s = sessie(self)
        w = self._weergave()
        self._toon_titel(w)
        uitgenodigd = self.query_one("#uitgenodigd", RegelLijst)
        besluiten = self.query_one("#besluiten", RegelLijst)
        uitgenodigd.clear_options()
        besluiten.clear_options()
        beraad = self._beraad()
        if w is not None and beraad is not None:
            teken = {"ja": "✓ was er", "nee": "✗ was er niet", "onbekend": "? nog niet bekend"}
            for u, regel_ in zip(beraad.uitgenodigd, w.uitgenodigd, strict=False):
                door = f" · gevraagd door {regel_.door}" if regel_.door else ""
                uitgenodigd.add_option(
                    Option(Text(f"{regel_.wie}{door} · {teken[u.gekomen]}"), id=u.persoon)
                )
            for besluit, b in zip(beraad.besluiten, w.besluiten, strict=True):
                plan = " · ✓ in het plan" if b.in_plan else ""
                besluiten.add_option(Option(Text(b.tekst + plan), id=besluit.id))
        uitgenodigd.display = uitgenodigd.option_count > 0
        besluiten.display = besluiten.option_count > 0
        for veld in ("noem-uit", "besluit-wie"):
            self.query_one(f"#{veld}", Input).suggester = namen_suggester(s)
        self._toon_stand(w)

    def _toon_stand(self, w: BeraadWeergave | None) -> None:
        delen: list[str] = []
        if w is not None and w.aanwezig:
            delen.append(f"Aanwezig: {en(list(w.aanwezig))}.")
        plan = sessie(self).plan
        if plan is not None and plan.familiegroepsplan and w is not None and plan.beraad == w.id:
            delen.append("Het plan is het familiegroepsplan uit dit beraad.")
        elif w is not None and w.besluiten:
            delen.append("Ctrl+O (F6) zet wat is afgesproken in het plan: het familiegroepsplan.")
        self.query_one("#beraad-stand", Static).update(Text(" ".join(delen)))

    def _toon_datum(self) -> None:
        uitleg = datum_uitleg(self.query_one("#datum", Input).value)
        self.query_one("#datum-uitleg", Static).update(uitleg)

    # -- typing -------------------------------------------------------------------------

    @on(Input.Changed, "#datum, #tijd, #plek, #doel")
    def _invoer(self, event: Input.Changed) -> None:
        veld = event.input.id or ""
        waarde: object = event.value
        if veld == "datum":
            self._toon_datum()
            waarde = lees_datum(event.value)
            if event.value.strip() and waarde is None:
                return  # half a date is not saved
        if waarde == getattr(self._beraad() or Netwerkberaad(), veld):
            return
        editor = wv(self).editor_open
        with editor.stap():
            editor.zet(self._maak(), **{veld: waarde})
        self._toon_titel(self._weergave())

    def _toon_titel(self, w: BeraadWeergave | None) -> None:
        totaal = max(len(sessie(self).netwerkberaden), 1)
        kop = Text(f"Netwerkberaad {self.nummer + 1} van {totaal}", style="bold")
        if w is not None:
            kop.append(f" · {w.stand}")
        self.query_one("#beraad-titel", Static).update(kop)

    @on(TextArea.Changed, "#vragen, #verslag")
    def _tekst(self, event: TextArea.Changed) -> None:
        veld = event.text_area.id or ""
        tekst = event.text_area.text
        waarde: object = (
            [r.strip() for r in tekst.splitlines() if r.strip()] if veld == "vragen" else tekst
        )
        if waarde == getattr(self._beraad() or Netwerkberaad(), veld):
            return
        editor = wv(self).editor_open
        with editor.stap():
            editor.zet(self._maak(), **{veld: waarde})
        self._toon_stand(self._weergave())

    @on(Select.Changed, "#voorzitter")
    @work(exclusive=True, group="voorzitter")
    async def _voorzitter(self, event: Select.Changed) -> None:
        s = sessie(self)
        huidig = b.voorzitter if (b := self._beraad()) is not None else None
        gekozen = None if event.value is Select.NULL else str(event.value)
        if gekozen == huidig:
            return
        persoon = s.persoon(gekozen) if gekozen else None
        keuze = self.query_one("#voorzitter", Select)
        if persoon is not None and not await mag_in_plan(self, persoon):
            with keuze.prevent(Select.Changed):
                keuze.value = huidig or Select.NULL
            return
        editor = wv(self).editor_open
        with editor.stap():
            editor.doe(sessie(self).kies_voorzitter, self._maak().id, gekozen)
        self._ververs_keuzes()

    @on(Select.Changed, "#door")
    @work(exclusive=True, group="door")
    async def _kies_door(self, event: Select.Changed) -> None:
        gekozen = None if event.value is Select.NULL else str(event.value)
        persoon = sessie(self).persoon(gekozen) if gekozen else None
        if persoon is not None and not await mag_in_plan(self, persoon):
            keuze = self.query_one("#door", Select)
            with keuze.prevent(Select.Changed):
                keuze.value = self._door or Select.NULL
            return
        self._door = gekozen
        self._ververs_keuzes()

    def _ververs_keuzes(self) -> None:
        """ "(geen toestemming)" may be gone after a yes: both lists of people anew."""
        keuzes = contact_keuzes(sessie(self), lambda p: toon_label(self, p))
        beraad = self._beraad()
        for veld, waarde in (
            ("voorzitter", beraad.voorzitter if beraad else None),
            ("door", self._door),
        ):
            keuze = self.query_one(f"#{veld}", Select)
            with keuze.prevent(Select.Changed):
                keuze.set_options(keuzes)
                keuze.value = waarde or Select.NULL

    @on(Input.Submitted, "#noem-uit")
    @work(exclusive=True, group="noem")
    async def _nodig_uit(self, event: Input.Submitted) -> None:
        editor = wv(self).editor_open
        for persoon in await noem_in_plan(self, event.value):
            with editor.stap():
                editor.doe(sessie(self).nodig_uit, self._maak().id, persoon.id, self._door)
        event.input.value = ""
        self._toon()
        self._ververs_keuzes()

    @on(Input.Submitted, "#doel, #besluit-wat, #datum, #tijd, #plek")
    def _verder(self, event: Input.Submitted) -> None:
        if event.input.id == "besluit-wat" and not event.value.strip():
            return
        self.focus_next()

    @on(Input.Submitted, "#besluit-wie")
    @work(exclusive=True, group="besluit")
    async def _besluit(self, event: Input.Submitted) -> None:
        wat = self.query_one("#besluit-wat", Input)
        if not wat.value.strip():
            self.notify("Schrijf eerst wat er is afgesproken.", severity="warning")
            wat.focus()
            return
        wie = await noem_in_plan(self, event.value) if event.value.strip() else []
        editor = wv(self).editor_open
        with editor.stap():
            editor.doe(sessie(self).neem_besluit, self._maak().id, wat.value, [p.id for p in wie])
        wat.value = event.input.value = ""
        wat.focus()
        self._toon()
        self._ververs_keuzes()

    @on(RegelLijst.Actie)
    def _actie(self, event: RegelLijst.Actie) -> None:
        beraad = self._beraad()
        if beraad is None:
            return
        editor = wv(self).editor_open
        if event.lijst.id == "uitgenodigd":
            if event.wat == "wissel":
                editor.doe(beraad.volgende_gekomen, event.sleutel)
            else:
                editor.doe(beraad.haal_uitnodiging_weg, event.sleutel)
        elif event.wat == "weg":
            editor.doe(beraad.haal_besluit_weg, event.sleutel)
        lijst = event.lijst
        plek = lijst.highlighted
        self._toon()
        if plek is not None and lijst.option_count:
            lijst.highlighted = min(plek, lijst.option_count - 1)

    # -- actions --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "maak_plan":
            beraad = self._beraad()
            return beraad is not None and bool(beraad.besluiten or beraad.doel.strip())
        if action == "blader":
            return len(sessie(self).netwerkberaden) > 1
        return super().check_action(action, parameters)

    def action_maak_plan(self) -> None:
        beraad = self._beraad()
        if beraad is None:
            return
        uitkomst = wv(self).editor_open.doe(sessie(self).maak_familiegroepsplan, beraad.id)
        n = len(uitkomst.nieuw)
        melding = (
            f"{n} {'afspraak' if n == 1 else 'afspraken'} in het plan gezet. "
            if n
            else "Geen nieuwe afspraken: alles stond al in het plan. "
        )
        melding += (
            "Het plan is nu het familiegroepsplan van het gezin; vul dagen en tijden in op "
            "het tabblad Plan."
        )
        if uitkomst.zonder_toestemming:
            s = sessie(self)
            namen = [
                toon_naam(self, p) for pid in uitkomst.zonder_toestemming if (p := s.persoon(pid))
            ]
            melding += f" Zonder toestemming, dus niet in de afspraak: {en(namen)}."
        self.notify(melding, title="✓ Familiegroepsplan", timeout=10)
        self._toon()

    def action_nieuw(self) -> None:
        """A next meeting (000: when agreements are not kept, meet again and evaluate)."""
        huidig = self._beraad()
        if huidig is None:
            self.notify("Vul eerst dit beraad in.", timeout=4)
            return
        wv(self).editor_open.doe(sessie(self).nieuw_beraad)
        self.nummer = len(sessie(self).netwerkberaden) - 1
        self._door = None
        self.run_worker(self.toon_hersteld(), exclusive=True, group="hersteld")

    def action_blader(self, stap: int) -> None:
        totaal = len(sessie(self).netwerkberaden)
        nummer = min(max(0, self.nummer + stap), totaal - 1)
        if nummer != self.nummer:
            self.nummer = nummer
            self.run_worker(self.toon_hersteld(), exclusive=True, group="hersteld")

    async def toon_hersteld(self) -> None:
        # After undo the meeting shown may be gone: show the last one there is.
        self.nummer = min(self.nummer, max(0, len(sessie(self).netwerkberaden) - 1))
        await super().toon_hersteld()

    def action_terug(self) -> None:
        self.app.pop_screen()
