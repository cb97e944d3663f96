"""Looking back and closing: evaluate the plan, read an earlier version, the closing talk.

An evaluation never overwrites: Sessie.evalueer keeps the plan as it was in `planversies` and
goes on with a new version, so what was agreed before stays readable here (000: a fixed period,
then evaluate and adjust). The closing conversation (002, thema 4) asks the bank's questions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Button, Header, Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from wievraag.export.planweergave import SessieNamen
from wievraag.model import Evaluatie, Plan, Sessie
from wievraag.opmaak import datum_kort, datum_lang, datum_uitleg, lees_datum
from wievraag.tui.context import sessie, wv
from wievraag.tui.dialogs import Bevestig
from wievraag.tui.masker import (
    Weergave,
    namen_verborgen,
    toon_label,
    toon_naam,
    verberg_tekst,
    weergave,
)
from wievraag.tui.screens.basis import InSessieScreen
from wievraag.tui.widgets.plan import weergave_in, weergave_van
from wievraag.tui.widgets.uitleg import UitlegVak
from wievraag.tui.widgets.velden import Invoer, Tekstvak

VELDEN = {
    "werkte": "Wat werkte?",
    "werkte_niet": "Wat werkte niet?",
    "verandert": "Wat verandert er?",
}


def plan_tekst(
    s: Sessie,
    plan: Plan,
    regelteksten: Mapping[str, str],
    namen: SessieNamen | None = None,
    tekst: Callable[[str], str] | None = None,
) -> Text:
    """One version of the plan, whole and read-only, worded as the exports word it."""
    w = weergave_van(s, plan, regelteksten, namen, tekst)
    t = Text()

    def veld(naam: str, waarde: str) -> None:
        t.append(f"{naam}: ", style="bold")
        t.append(f"{waarde.strip() or '—'}\n")

    t.append(f"Plan versie {w.versie}, vastgesteld {w.vastgesteld}\n\n", style="bold")
    veld("Doel", w.doel)
    t.append("TOP 3 zorgen:\n", style="bold")
    for n, zorg in enumerate(w.zorgen, 1):
        t.append(f"  {n}. {zorg}\n")
    veld("Aanspreekpunt", w.aanspreekpunt)
    t.append("Afspraken:\n", style="bold")
    for a in w.afspraken:
        t.append(f"  • {a.wie_tekst}: {a.wat or '—'}")
        t.append(f" ({a.wanneer})" if a.wanneer else "")
        t.append(f"; {a.afbellen_tekst}\n" if a.afbellen else "\n")
    if not w.afspraken:
        t.append("  —\n")
    t.append("Wie bel je als:\n", style="bold")
    for b in w.bellen:
        t.append(f"  • {b.tekst}\n")
    if not w.bellen:
        t.append("  —\n")
    veld("Start", w.start)
    veld("Duur", w.duur)
    veld("Evaluatie", w.evaluatie_kort)
    veld("Plan B", w.plan_b)
    veld("Verantwoordelijkheden", w.verantwoordelijkheden)
    veld("Minimaal", w.minimum)
    t.append("Bodemeisen:\n", style="bold")
    for r in w.regels:
        t.append(f"  {r.regel}\n")
    return t


def evaluatie_tekst(w: Weergave, e: Evaluatie) -> Text:
    t = Text()
    t.append(f"Evaluatie van {datum_lang(e.datum)}\n", style="bold")
    for veld, kop in VELDEN.items():
        t.append(f"{kop} ", style="bold")
        t.append(f"{w.tekst(getattr(e, veld).strip()) or '—'}\n")
    return t


class EvaluatieScreen(InSessieScreen):
    """What worked, what didn't, what changes; then on with a new version of the plan."""

    HELP_ONDERWERP = "evaluatie"
    BINDINGS = [
        Binding("escape", "terug", "Terug", id="terug"),
        Binding("ctrl+s", "vastleggen", "Vastleggen", id="evaluatie-vast"),
    ]

    def compose(self) -> ComposeResult:
        s = sessie(self)
        plan = s.plan or Plan()
        lopend = s.lopende_evaluatie() or Evaluatie()
        w = weergave_in(self)
        wanneer = (
            (
                f", was gepland op {w.evaluatie}"
                if w.evaluatie_voorbij
                else f", gepland op {w.evaluatie}"
            )
            if w.evaluatie
            else ""
        )
        yield Header()
        # Not a focus stop of its own (it showed no highlight): it scrolls to the focused field.
        with VerticalScroll(id="plan-vak", can_focus=False):
            yield Static(f"Evaluatie van plan versie {plan.versie}{wanneer}", classes="titel")
            for veld, kop in VELDEN.items():
                yield Label(kop, classes="veldkop")
                yield Tekstvak(
                    getattr(lopend, veld),
                    id=veld,
                    soft_wrap=True,
                    tab_behavior="focus",
                    classes="klein",
                )
            yield Button("Vastleggen (Ctrl+S): het plan nu blijft bewaard", id="evalueer")
            yield Label("Eerdere versies (Enter om te lezen)", classes="veldkop")
            yield OptionList(id="versies")
        yield self.footer()

    def on_mount(self) -> None:
        self._toon_versies()
        self.query_one("#werkte", TextArea).focus()

    def _toon_versies(self) -> None:
        s = sessie(self)
        lijst = self.query_one("#versies", OptionList)
        lijst.clear_options()
        for oud in reversed(s.planversies):
            evaluatie = next((e for e in s.evaluaties if e.plan_versie == oud.versie), None)
            over = f", geëvalueerd {datum_kort(evaluatie.datum)}" if evaluatie else ""
            lijst.add_option(
                Option(
                    Text(f"Versie {oud.versie}{over}: ")
                    + Text(verberg_tekst(self, oud.doel) or "zonder doel"),
                    id=str(oud.versie),
                )
            )
        if not s.planversies:
            lijst.add_option(Option("Nog geen eerdere versies.", disabled=True))
        else:
            lijst.highlighted = 0  # Enter reads the newest at once

    @on(TextArea.Changed)
    def _tekst(self, event: TextArea.Changed) -> None:
        """Saved as it is typed, in the evaluation being written: nothing lost on Esc."""
        s = sessie(self)
        veld = event.text_area.id or ""
        if event.text_area.text == getattr(s.lopende_evaluatie() or Evaluatie(), veld):
            return
        wv(self).editor_open.doe(s.schrijf_evaluatie, veld, event.text_area.text)

    @on(OptionList.OptionSelected, "#versies")
    def _lees(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.app.push_screen(PlanVersieScreen(int(event.option.id)))

    @on(Button.Pressed, "#evalueer")
    def _knop(self) -> None:
        self.action_vastleggen()

    @work(exclusive=True, group="evalueer")
    async def action_vastleggen(self) -> None:
        teksten = {v: self.query_one(f"#{v}", TextArea).text.strip() for v in VELDEN}
        if not any(teksten.values()):
            self.notify(
                "Schrijf eerst op wat werkte, wat niet, of wat er verandert.", severity="warning"
            )
            return
        versie = (sessie(self).plan or Plan()).versie
        ok = await self.app.push_screen_wait(
            Bevestig(
                f"Evaluatie vastleggen? Plan versie {versie} blijft zoals het is bewaard en "
                "leesbaar. Je gaat verder met versie "
                f"{versie + 1}: pas daar de afspraken aan en kies een nieuwe evaluatiedatum.",
                ja="Vastleggen",
            )
        )
        if not ok:
            return
        wv(self).editor_open.doe(sessie(self).evalueer, **teksten)
        self.notify(
            f"Evaluatie vastgelegd; versie {versie} is bewaard. Kies een nieuwe evaluatiedatum "
            "(g in het tabblad Plan).",
            timeout=8,
        )
        self.app.pop_screen()

    def action_terug(self) -> None:
        self.app.pop_screen()


class PlanVersieScreen(InSessieScreen):
    """An earlier version of the plan with its evaluation: to read, not to change."""

    HELP_ONDERWERP = "evaluatie"
    BINDINGS = [Binding("escape", "app.pop_screen", "Terug", id="terug")]

    def __init__(self, versie: int) -> None:
        super().__init__()
        self.versie = versie

    def compose(self) -> ComposeResult:
        s = sessie(self)
        plan = next((p for p in s.planversies if p.versie == self.versie), None)
        yield Header()
        # Not a focus stop of its own (it showed no highlight): it scrolls to the focused field.
        with VerticalScroll(id="plan-vak", can_focus=False):
            if plan is None:
                yield Static(f"Versie {self.versie} is er niet (meer).", classes="titel")
            else:
                teksten = {r.id: r.tekst for r in wv(self).vragen.bank.plan_regels}
                # Under the F8 mask: initials, and no phone numbers.
                namen = SessieNamen(
                    s,
                    lambda p: toon_naam(self, p),
                    lambda p: toon_label(self, p),
                    telefoon=not namen_verborgen(self),
                )
                yield Static(
                    plan_tekst(s, plan, teksten, namen, lambda t: verberg_tekst(self, t)),
                    id="versie-tekst",
                )
                for e in s.evaluaties:
                    if e.plan_versie == self.versie:
                        yield Static(evaluatie_tekst(weergave(self), e), classes="evaluatie")
        yield self.footer()


class AfsluitingScreen(InSessieScreen):
    """The closing conversation of factsheet 002 (thema 4), question by question."""

    HELP_ONDERWERP = "afsluiting"
    HEEFT_UITLEG = True
    BINDINGS = [Binding("escape", "terug", "Terug", id="terug")]

    def compose(self) -> ComposeResult:
        s = sessie(self)
        antwoorden = s.afsluiting.antwoorden if s.afsluiting else {}
        datum = s.afsluiting.nazorg_datum if s.afsluiting else None
        yield Header()
        # Not a focus stop of its own (it showed no highlight): it scrolls to the focused field.
        with VerticalScroll(id="plan-vak", can_focus=False):
            yield Static("Afsluiting: het open gesprek als de hulp stopt", classes="titel")
            yield Static("", id="afsluiting-stand", classes="hint")
            for n, vraag in enumerate(wv(self).vragen.bank.afsluiting, 1):
                yield Label(Text(f"{n}. {vraag.tekst}"), classes="veldkop")
                yield Tekstvak(
                    antwoorden.get(vraag.id, ""),
                    id=f"af-{vraag.id}",
                    soft_wrap=True,
                    tab_behavior="focus",
                    classes="klein",
                )
            # 002: never leave parents and network to their fate: a date to ask how it goes.
            yield Label("Vinger aan de pols: wanneer vraag je nog eens hoe het gaat?",
                        classes="veldkop")  # fmt: skip
            yield Invoer(
                datum_kort(datum) if datum else "",
                placeholder="dd-mm-jjjj",
                id="nazorg_datum",
                compact=True,
            )
            yield Static("", id="nazorg-uitleg", classes="hint")
            yield Label("Wat spraken jullie af voor daarna?", classes="veldkop")
            yield Tekstvak(
                s.afsluiting.nazorg if s.afsluiting else "",
                id="nazorg",
                soft_wrap=True,
                tab_behavior="focus",
                classes="klein",
            )
            yield UitlegVak("nazorg", id="nazorg-paneel")
        yield self.footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._toon_datum()
        self._toon_stand()
        for veld in self.query(TextArea).results():
            veld.focus()
            break

    def _toon_stand(self) -> None:
        s = sessie(self)
        vragen = wv(self).vragen.bank.afsluiting
        antwoorden = s.afsluiting.antwoorden if s.afsluiting else {}
        klaar = sum(1 for v in vragen if antwoorden.get(v.id, "").strip())
        bron = vragen[0].bron if vragen else "002, thema 4"
        self.query_one("#afsluiting-stand", Static).update(
            f"{klaar} van {len(vragen)} vragen beantwoord · Tab naar de volgende vraag · "
            f"bron: factsheet {bron}"
        )

    def _toon_datum(self) -> None:
        uitleg = datum_uitleg(self.query_one("#nazorg_datum", Input).value)
        self.query_one("#nazorg-uitleg", Static).update(uitleg)

    @on(Input.Changed, "#nazorg_datum")
    def _nazorg_datum(self, event: Input.Changed) -> None:
        self._toon_datum()
        dag = lees_datum(event.value)
        if event.value.strip() and dag is None:
            return  # half a date is not saved
        s = sessie(self)
        if dag == (s.afsluiting.nazorg_datum if s.afsluiting else None):
            return
        editor = wv(self).editor_open
        with editor.stap():
            editor.zet(editor.doe(s.zorg_voor_afsluiting), nazorg_datum=dag)

    @on(TextArea.Changed, "#nazorg")
    def _nazorg(self, event: TextArea.Changed) -> None:
        event.stop()
        s = sessie(self)
        if event.text_area.text == (s.afsluiting.nazorg if s.afsluiting else ""):
            return
        editor = wv(self).editor_open
        with editor.stap():
            editor.zet(editor.doe(s.zorg_voor_afsluiting), nazorg=event.text_area.text)

    @on(TextArea.Changed)
    def _tekst(self, event: TextArea.Changed) -> None:
        if event.text_area.id == "nazorg":
            return
        s = sessie(self)
        vraag = (event.text_area.id or "").removeprefix("af-")
        huidig = s.afsluiting.antwoorden.get(vraag, "") if s.afsluiting else ""
        if event.text_area.text == huidig:
            return
        wv(self).editor_open.doe(s.schrijf_afsluiting, vraag, event.text_area.text)
        self._toon_stand()

    def action_terug(self) -> None:
        self.app.pop_screen()
