"""The plan's forms: its details (goal, TOP 3, contact person, dates) and one agreement.

Consent is checked the moment someone is given a task, made the contact person or named to
call off with (Sessie.mag_afspraak): the app says why not, and offers to record the parent's
answer. Everything is saved as it is typed, like everywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.markup import escape
from textual.widget import Widget
from textual.widgets import Header, Input, Label, OptionList, Select, Static, TextArea

from wievraag.model import DAGEN, Afspraak, Persoon, Plan, Sessie
from wievraag.model.namen import lees_namen
from wievraag.model.plan import MAX_ZORGEN
from wievraag.opmaak import DATUMVORM, datum_kort, datum_lang, lees_datum
from wievraag.tui.context import sessie, wv
from wievraag.tui.dialogs import Bevestig
from wievraag.tui.masker import toon_label, toon_naam, verberg_tekst, weergave
from wievraag.tui.screens.basis import InSessieScreen
from wievraag.tui.widgets.bellen import NIEUW, BellenLijst, bellen_tekst
from wievraag.tui.widgets.genoemd import GenoemdLijst, namen_suggester
from wievraag.tui.widgets.keuzes import Vinkje
from wievraag.tui.widgets.velden import Invoer, Tekstvak

DATUM = "dd-mm-jjjj"


def regel(naam: str, veld: Widget) -> Horizontal:
    return Horizontal(Label(naam, classes="veldnaam"), veld, classes="veldregel")


def toon_datum(dag: date | None) -> str:
    return datum_kort(dag) if dag else ""


async def mag_in_plan(scherm: InSessieScreen, persoon: Persoon) -> bool:
    """True when the person has consent, or the parent's yes is recorded now (002: never
    approach the network without the parent's knowledge and consent)."""
    reden = sessie(scherm).mag_afspraak(persoon.id)
    if reden is None:
        return True
    ja = await scherm.app.push_screen_wait(
        Bevestig(
            f"{escape(verberg_tekst(scherm, reden))}\n\nHeeft de ouder nu toestemming gegeven om "
            f"[b]{escape(toon_naam(scherm, persoon))}[/b] te benaderen?",
            ja="Ja, toestemming vastleggen",
            nee="Nee",
            gevaarlijk=True,  # "Nee" has the focus: consent is never given by a stray Enter
        )
    )
    if not ja:
        scherm.notify(
            f"{toon_naam(scherm, persoon)} staat niet in het plan: de ouder heeft (nog) geen "
            "toestemming "
            "gegeven.",
            timeout=6,
        )
        return False
    wv(scherm).editor_open.doe(persoon.geef_toestemming, "ja")
    scherm.notify(f"Toestemming voor {toon_naam(scherm, persoon)} vastgelegd.", timeout=4)
    return True


async def noem_in_plan(scherm: InSessieScreen, tekst: str) -> list[Persoon]:
    """The people typed ("Wil, Bas") who may be in the plan, consent asked where missing."""
    uit: list[Persoon] = []
    for naam, _ in lees_namen(tekst):
        persoon = sessie(scherm).zoek_persoon(naam)
        if persoon is None:
            # Someone new has no consent yet: the register is where they are added.
            scherm.notify(
                f"{verberg_tekst(scherm, naam)} staat nog niet in het netwerk. Voeg deze "
                "persoon toe (tab "
                "Personen, a) en vraag de ouder om toestemming.",
                severity="warning",
                timeout=8,
            )
        elif await mag_in_plan(scherm, persoon):
            uit.append(persoon)
            if persoon.niet_als.strip() or persoon.kan_wel.strip():
                # 000: look at what someone can do, not only at what they cannot.
                delen = [
                    f"niet als: {persoon.niet_als.strip()}" if persoon.niet_als.strip() else "",
                    f"wél: {persoon.kan_wel.strip()}" if persoon.kan_wel.strip() else "",
                ]
                scherm.notify(
                    f"{toon_naam(scherm, persoon)}: "
                    + verberg_tekst(scherm, " · ".join(d for d in delen if d)),
                    title="Let op",
                    timeout=8,
                )
    return uit


def contact_keuzes(s: Sessie, label: Callable[[Persoon], str]) -> list[tuple[Text, str]]:
    return [
        (Text(label(p) + ("" if p.toestemming == "ja" else " (geen toestemming)")), p.id)
        for p in sorted(s.personen, key=lambda p: p.naam.casefold())
    ]


class PlanGegevensScreen(InSessieScreen):
    """Goal, TOP 3 worries, contact person, dates, plan B, responsibilities, the minimum."""

    HELP_ONDERWERP = "plangegevens"
    BINDINGS = [Binding("escape", "terug", "Terug", id="terug")]

    def compose(self) -> ComposeResult:
        s = sessie(self)
        plan = s.plan or Plan()
        yield Header()
        # Not a focus stop of its own (it showed no highlight): it scrolls to the focused field.
        with VerticalScroll(id="plan-vak", can_focus=False):
            yield Static("Het plan: doel, zorgen en afspraken over het plan", classes="titel")
            yield regel(
                "Doel",
                Invoer(plan.doel, id="doel", compact=True, placeholder="wat willen jullie samen?"),
            )
            for i in range(MAX_ZORGEN):
                waarde = plan.zorgen[i] if i < len(plan.zorgen) else ""
                yield regel(f"Zorg {i + 1}", Invoer(waarde, id=f"zorg-{i}", compact=True))
            # §4: the TOP 3 are about the danger for the future, not every worry there is.
            yield Static(
                "TOP 3: de drie grootste zorgen over wat er in de toekomst mis kan gaan, de "
                "ernstigste eerst.",
                classes="hint",
            )
            yield regel(
                "Aanspreekpunt",
                Select(
                    contact_keuzes(s, lambda p: toon_label(self, p)),
                    value=plan.aanspreekpunt or Select.NULL,
                    prompt="(kies één persoon)",
                    id="aanspreekpunt",
                    compact=True,
                ),
            )
            yield regel(
                "Start",
                Invoer(toon_datum(plan.start), placeholder=DATUM, id="start", compact=True),
            )
            yield regel(
                "Weken",
                Invoer(
                    str(plan.duur_weken or ""),
                    type="integer",
                    id="duur_weken",
                    compact=True,
                    placeholder="hoe lang volgen jullie het plan?",
                ),
            )
            yield regel(
                "Evaluatie",
                Invoer(toon_datum(plan.evaluatie), placeholder=DATUM, id="evaluatie", compact=True),
            )
            yield Static("", id="data-uitleg", classes="hint")
            yield regel(
                "Minimaal",
                Invoer(str(plan.minimum_weten), type="integer", id="minimum_weten", compact=True),
            )
            yield Static(
                "mensen die precies weten wat er speelt (de bodemeis; vaak 3)", classes="hint"
            )
            # §3.2.5: the family's own plan, also when it was made without a recorded
            # netwerkberaad (F6 in the beraad sets it too).
            yield regel(
                "Van het gezin",
                Vinkje(
                    "familiegroepsplan: het gezin maakte het zelf met hun netwerk",
                    plan.familiegroepsplan,
                    id="familiegroepsplan",
                    compact=True,
                ),
            )
            yield Label("Plan B: als het plan niet lukt", classes="veldkop")
            yield Tekstvak(plan.plan_b, id="plan_b", soft_wrap=True, tab_behavior="focus")
            yield Label("Wie bel je als… (Enter bewerkt)", classes="veldkop")
            yield BellenLijst(id="bellen")
            yield Label("Verantwoordelijkheden (samen vastgelegd)", classes="veldkop")
            yield Tekstvak(
                plan.verantwoordelijkheden,
                id="verantwoordelijkheden",
                soft_wrap=True,
                tab_behavior="focus",
            )
        yield self.footer()

    def on_mount(self) -> None:
        self._toon_data()
        self.query_one(BellenLijst).toon(sessie(self))
        self.query_one("#doel", Input).focus()

    def on_screen_resume(self) -> None:
        super().on_screen_resume()
        self.query_one(BellenLijst).toon(sessie(self))  # back from editing one of them

    @on(OptionList.OptionSelected, "#bellen")
    def _open_bellen(self, event: OptionList.OptionSelected) -> None:
        from wievraag.tui.screens.bellen import BellenScreen

        self.app.push_screen(BellenScreen(None if event.option.id == NIEUW else event.option.id))

    @on(BellenLijst.Verwijder)
    @work(exclusive=True, group="bellen")
    async def _verwijder_bellen(self, event: BellenLijst.Verwijder) -> None:
        plan = sessie(self).plan
        bellen = next((b for b in plan.bellen if b.id == event.bellen_id), None) if plan else None
        if plan is None or bellen is None:
            return
        ok = await self.app.push_screen_wait(
            Bevestig(
                f"[b]{escape(bellen_tekst(weergave(self), bellen))}[/b] uit het plan halen? "
                "Ctrl+Z maakt het ongedaan.",
                ja="Verwijder",
                gevaarlijk=True,
            )
        )
        if ok:
            wv(self).editor_open.doe(plan.haal_bellen_weg, bellen.id)
            self.query_one(BellenLijst).toon(sessie(self))

    def _zet(self, veld: str, waarde: object) -> bool:
        huidig = getattr(sessie(self).plan or Plan(), veld)
        if huidig == waarde:
            return False  # the form being filled in, not a change: no plan is made for it
        editor = wv(self).editor_open
        with editor.stap():
            editor.zet(editor.doe(sessie(self).zorg_voor_plan), **{veld: waarde})
        return True

    def _toon_data(self) -> None:
        plan = sessie(self).plan or Plan()
        delen = []
        for veld, naam in (("start", "start"), ("evaluatie", "evaluatie")):
            tekst = self.query_one(f"#{veld}", Input).value
            dag = lees_datum(tekst)
            if tekst.strip() and dag is None:
                delen.append(f"⚠ {naam}: {DATUMVORM}")
            elif dag is not None:
                delen.append(f"{naam} {datum_lang(dag)}")
        if plan.evaluatie is not None and plan.evaluatie <= date.today():
            delen.append("⚑ de evaluatiedatum is voorbij")
        self.query_one("#data-uitleg", Static).update(" · ".join(delen))

    @on(Input.Changed)
    def _invoer(self, event: Input.Changed) -> None:
        veld = event.input.id or ""
        waarde = event.value
        if veld == "doel":
            self._zet("doel", waarde)
        elif veld.startswith("zorg-"):
            zorgen = [self.query_one(f"#zorg-{i}", Input).value for i in range(MAX_ZORGEN)]
            self._zet("zorgen", [z for z in zorgen if z.strip()])
        elif veld in ("start", "evaluatie"):
            dag = lees_datum(waarde)
            # Half a date is not saved; start + weeks suggest the evaluation date.
            if (dag is not None or not waarde.strip()) and self._zet(veld, dag):
                self._vul_evaluatie_in()
            self._toon_data()
        elif veld in ("duur_weken", "minimum_weten"):
            try:
                getal = int(waarde) if waarde.strip() else None
                if veld == "minimum_weten":
                    if getal is not None:
                        self._zet(veld, getal)
                elif self._zet(veld, getal):
                    self._vul_evaluatie_in()
            except ValueError:
                return  # out of range: the old value stays until it makes sense

    def _vul_evaluatie_in(self) -> None:
        """Start + weeks gives the evaluation date, if none was chosen yet (000: a fixed
        period, then evaluate)."""
        plan = sessie(self).plan
        if plan is None or plan.evaluatie is not None or not (plan.start and plan.duur_weken):
            return
        veld = self.query_one("#evaluatie", Input)
        voorstel = plan.start + timedelta(weeks=plan.duur_weken)
        if veld.value.strip() or voorstel < date.today():
            return  # a date in the past would be overdue at once: that one is chosen by hand
        veld.value = toon_datum(voorstel)

    @on(TextArea.Changed)
    def _tekst(self, event: TextArea.Changed) -> None:
        self._zet(event.text_area.id or "", event.text_area.text)

    @on(Vinkje.Changed, "#familiegroepsplan")
    def _familiegroepsplan(self, event: Vinkje.Changed) -> None:
        self._zet("familiegroepsplan", event.value)

    @on(Select.Changed, "#aanspreekpunt")
    @work(exclusive=True, group="contact")
    async def _contact(self, event: Select.Changed) -> None:
        s = sessie(self)
        huidig = s.plan.aanspreekpunt if s.plan else None
        gekozen = None if event.value is Select.NULL else str(event.value)
        if gekozen == huidig:
            return
        persoon = s.persoon(gekozen) if gekozen else None
        keuze = self.query_one("#aanspreekpunt", Select)
        if persoon is not None and not await mag_in_plan(self, persoon):
            with keuze.prevent(Select.Changed):
                keuze.value = huidig or Select.NULL
            return
        self._zet("aanspreekpunt", gekozen)
        with keuze.prevent(Select.Changed):  # "(geen toestemming)" may be gone now
            keuze.set_options(contact_keuzes(sessie(self), lambda p: toon_label(self, p)))
            keuze.value = gekozen or Select.NULL

    def action_terug(self) -> None:
        self.app.pop_screen()


class AfspraakScreen(InSessieScreen):
    """One agreement: what, who (with consent), which days or date, when, call off with."""

    HELP_ONDERWERP = "afspraak"
    BINDINGS = [Binding("escape", "terug", "Terug", id="terug")]

    def __init__(self, afspraak_id: str | None) -> None:
        super().__init__()
        self.afspraak_id = afspraak_id

    def _afspraak(self) -> Afspraak | None:
        plan = sessie(self).plan
        if plan is None or self.afspraak_id is None:
            return None
        return plan.afspraak(self.afspraak_id)

    def _maak(self) -> Afspraak:
        """The agreement, made on the first thing typed: opening and leaving adds nothing."""
        bestaand = self._afspraak()
        if bestaand is not None:
            return bestaand
        editor = wv(self).editor_open
        with editor.stap():
            plan = editor.doe(sessie(self).zorg_voor_plan)
            afspraak = editor.doe(plan.nieuwe_afspraak)
        self.afspraak_id = afspraak.id
        return afspraak

    def compose(self) -> ComposeResult:
        a = self._afspraak() or Afspraak()
        yield Header()
        # Not a focus stop of its own (it showed no highlight): it scrolls to the focused field.
        with VerticalScroll(id="plan-vak", can_focus=False):
            yield Static(
                "Nieuwe afspraak" if self._afspraak() is None else "Afspraak", classes="titel"
            )
            yield regel(
                "Wat",
                Invoer(
                    a.wat,
                    placeholder="bijv. brengt de kinderen naar school",
                    id="wat",
                    compact=True,
                ),
            )
            yield regel(
                "Wie",
                Invoer(placeholder="naam + Enter (met toestemming)", id="noem-wie", compact=True),
            )
            yield GenoemdLijst(id="lijst-wie", classes="genoemd")
            yield Label("Op welke dagen? (elke week)", classes="veldkop")
            with Horizontal(id="dagen"):
                for dag in DAGEN:
                    yield Vinkje(dag[:2], dag in a.dagen, id=f"dag-{dag}", compact=True)
            yield regel(
                "Hoe laat",
                Invoer(a.wanneer, placeholder="bijv. om 8 uur", id="wanneer", compact=True),
            )
            yield regel(
                "Of op datum",
                Invoer(toon_datum(a.datum), placeholder=f"{DATUM} (één keer)", id="datum",
                      compact=True),
            )  # fmt: skip
            yield regel(
                "Afbellen bij",
                Invoer(
                    placeholder="naam + Enter: bij wie meld je je af?",
                    id="noem-afbellen",
                    compact=True,
                ),
            )
            yield GenoemdLijst(id="lijst-afbellen", classes="genoemd")
            yield Static(
                "Alleen mensen uit het netwerk met toestemming van de ouder. Delete haalt "
                "iemand weg uit de afspraak (niet uit het netwerk).",
                classes="hint",
            )
        yield self.footer()

    def on_mount(self) -> None:
        self._toon_genoemd()
        self.query_one("#wat", Input).focus()

    def _toon_genoemd(self) -> None:
        s = sessie(self)
        a = self._afspraak() or Afspraak()
        for rol in ("wie", "afbellen"):
            self.query_one(f"#lijst-{rol}", GenoemdLijst).toon(s, getattr(a, rol))
            self.query_one(f"#noem-{rol}", Input).suggester = namen_suggester(s)

    @on(Input.Changed, "#wat, #wanneer, #datum")
    def _invoer(self, event: Input.Changed) -> None:
        veld = event.input.id or ""
        huidig = getattr(self._afspraak() or Afspraak(), veld)
        waarde: object = event.value
        if veld == "datum":
            waarde = lees_datum(event.value)
            if event.value.strip() and waarde is None:
                return  # half a date is not saved
        if waarde == huidig:
            return
        editor = wv(self).editor_open
        with editor.stap():
            editor.zet(self._maak(), **{veld: waarde})

    @on(Vinkje.Changed)
    def _dag(self, event: Vinkje.Changed) -> None:
        dag = (event.checkbox.id or "").removeprefix("dag-")
        if (dag in (self._afspraak() or Afspraak()).dagen) == event.value:
            return
        editor = wv(self).editor_open
        with editor.stap():
            a = self._maak()
            editor.doe(a.zet_dag, dag, event.value)  # type: ignore[arg-type]

    @on(Input.Submitted, "#noem-wie, #noem-afbellen")
    @work(exclusive=True, group="noem")
    async def _noem(self, event: Input.Submitted) -> None:
        rol = (event.input.id or "").removeprefix("noem-")
        editor = wv(self).editor_open
        for persoon in await noem_in_plan(self, event.value):
            with editor.stap():
                a = self._maak()
                if persoon.id not in getattr(a, rol):
                    editor.zet(a, **{rol: [*getattr(a, rol), persoon.id]})
        event.input.value = ""
        self._toon_genoemd()

    @on(GenoemdLijst.HaalWeg)
    def _haal_weg(self, event: GenoemdLijst.HaalWeg) -> None:
        a = self._afspraak()
        if a is None:
            return
        rol = (event.lijst.id or "").removeprefix("lijst-")
        wv(self).editor_open.zet(a, **{rol: [p for p in getattr(a, rol) if p != event.persoon_id]})
        self._toon_genoemd()

    def action_terug(self) -> None:
        self.app.pop_screen()
