"""The plan tab: goal and TOP 3, the minimum requirements, and the week as a rooster.

Every line is read from the model (Sessie.plan, Sessie.plan_regels) each time: nothing here
is a copy. The rooster has one row per agreement and a column per weekday; a day nobody covers
gets a ✗ in the row "— niemand —", so the gap is seen without colour.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.markup import escape
from textual.widgets import DataTable, Static

from wievraag.export.planweergave import PlanWeergave, SessieNamen, weergave
from wievraag.model import DAGEN, Afspraak, Plan, Sessie
from wievraag.tui.context import sessie, wv
from wievraag.tui.dialogs import Bevestig
from wievraag.tui.masker import (
    Weergave,
    namen_verborgen,
    toon_label,
    toon_naam,
    verberg_tekst,
)
from wievraag.tui.masker import weergave as naamweergave
from wievraag.tui.toetsnamen import UITLEG
from wievraag.tui.widgets.uitleg import UitlegVak

BREED = 120  # from this many columns on, the texts are not cut and the columns are wider
OPEN = "__open__"  # row key of the line that shows the uncovered days
HINT = "g gegevens · n beraad · j jongere · b logboek · t evaluatie · s afsluiting"
HINT_SMAL = "g gegevens · n beraad · j jongere · b logboek · t evaluatie"  # 60 columns; F1 has s


class RoosterTabel(DataTable[object]):
    BINDINGS = [Binding("enter", "select_cursor", "Bewerk", id="bewerk")]


def namen(w: Weergave, ids: list[str]) -> str:
    return w.namen(ids)


def weergave_van(
    s: Sessie,
    plan: Plan | None = None,
    regelteksten: Mapping[str, str] | None = None,
    namen: SessieNamen | None = None,
    tekst: Callable[[str], str] | None = None,
) -> PlanWeergave:
    """The plan worded as every export words it (export/planweergave.py); real names unless
    `namen` and `tekst` mask them."""
    return weergave(
        s,
        plan or s.plan or Plan(),
        namen or SessieNamen(s),
        vandaag=date.today(),
        regelteksten=regelteksten,
        tekst=tekst,
    )


def weergave_in(
    node: DOMNode, plan: Plan | None = None, regelteksten: Mapping[str, str] | None = None
) -> PlanWeergave:
    """The plan as this screen may show it: under the F8 mask every name a role, free text
    through the same pseudonyms, and no phone numbers."""
    s = sessie(node)
    namen = SessieNamen(
        s,
        lambda p: toon_naam(node, p),
        lambda p: toon_label(node, p),
        telefoon=not namen_verborgen(node),
    )
    return weergave_van(s, plan, regelteksten, namen, lambda t: verberg_tekst(node, t))


def kop_tekst(node: DOMNode, breedte: int, vandaag: date | None = None) -> Text:
    """The goal and the three worries, whole: they are what the family reads first (the
    block above the rooster scrolls on a low screen, it never cuts them)."""
    s = sessie(node)
    plan = s.plan
    tekst = Text()
    if plan is None:
        tekst.append("Nog geen plan. ", style="bold")
        tekst.append("a legt een eerste afspraak vast, g het doel, de zorgen en de data.")
        return tekst
    w = weergave_in(node)
    soort = "Familiegroepsplan" if w.familiegroepsplan else "Plan"
    tekst.append(f"{soort} versie {w.versie} · ", style="bold")
    tekst.append("Doel: ", style="bold")
    tekst.append(" ".join((w.doel or "nog niet ingevuld (g)").split()))
    tekst.append("\nTOP 3 zorgen:", style="bold")
    if w.zorgen:
        for n, zorg in enumerate(w.zorgen, 1):
            # The first on the heading's line: a row more for the rooster at 60×20.
            tekst.append(("" if n == 1 else "\n") + f" {n}. " + " ".join(zorg.split()))
    else:
        tekst.append(" nog niet ingevuld (g)")
    for stem in w.stemmen:
        if stem.mentor:  # the young person's own choice, next to the parent's consent
            tekst.append(
                f"\n{stem.jongere} koos zelf {stem.mentor} als mentor (JIM) · toestemming "
                f"ouder: {stem.mentor_toestemming}"
            )
    if s.evaluatie_verlopen(vandaag) and plan.evaluatie is not None:
        tekst.append(
            f"\n⚑ Evaluatie was gepland op {w.evaluatie}: evalueer met t.",
            style="bold",
        )
    return tekst


def regels_tekst(
    s: Sessie, teksten: dict[str, str], breedte: int, verberg: Callable[[str], str] = str
) -> Text:
    """One requirement per line (wrapped, never cut): ✓ or ✗, its text from the bank, and
    why (names in it through `verberg`: the mask)."""
    uit = Text()
    for n, regel in enumerate(weergave_van(s, regelteksten=teksten, tekst=verberg).regels):
        volledig = regel.tekst
        # "elke dag is er iemand" under "Elke dag van de week is er iemand." says nothing new.
        herhaling = set(regel.uitleg.casefold().split()) <= set(volledig.casefold().split())
        bron = f"; {regel.bron}" if regel.bron else ""
        # A dash, not brackets: the state may hold a label "Sanne (zus van moeder)".
        uitleg = "" if herhaling else f" — {verberg(regel.uitleg)}{bron}"
        if n:
            uit.append("\n")
        uit.append("✓ " if regel.ok else "✗ ", style="bold")
        uit.append(volledig)
        if uitleg:
            uit.append(uitleg, style="bold" if not regel.ok else "")
    return uit


class PlanBoven(VerticalScroll):
    """The block above the rooster. A focus stop only when it has more than it shows, and
    then visibly (wievraag.tcss): no invisible stop on the way to the rooster."""

    can_focus = False

    def watch_show_vertical_scrollbar(self, getoond: bool) -> None:
        self.can_focus = getoond


class PlanPaneel(Vertical):
    BINDINGS = [
        Binding("a", "nieuw", "Nieuw", id="plan-afspraak", tooltip="Nieuwe afspraak"),
        Binding("delete", "verwijder", "Verwijder", id="plan-weg"),
        # Named in the hint line above the rooster: the footer keeps its 80 columns.
        Binding("g", "gegevens", "Gegevens", id="plan-gegevens", show=False),
        Binding("b", "logboek", "Logboek", id="plan-logboek", show=False),
        Binding("t", "evaluatie", "Evaluatie", id="plan-evaluatie", show=False),
        Binding("s", "afsluiting", "Afsluiting", id="plan-afsluiting", show=False),
        Binding("n", "beraad", "Netwerkberaad", id="plan-beraad", show=False),
        Binding("j", "jongere", "Jongere", id="plan-jongere", show=False),
        Binding(UITLEG, "screen.uitleg", "Uitleg", id="plan-uitleg", show=False, priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._breed: bool | None = None
        self._smal = False
        self._breedte = 0

    def compose(self) -> ComposeResult:
        # Goal, worries and requirements whole; on a low screen this block keeps to its share
        # of the height and scrolls (wheel, or Tab to it and the arrows), so the rooster
        # stays in view with all seven days.
        with PlanBoven(id="plan-boven"):
            yield Static("", id="plan-kop")
            yield Static("", id="plan-regels")
        yield Static(HINT, id="plan-hint")
        yield RoosterTabel(id="rooster", cursor_type="row", zebra_stripes=True)
        yield Static("", id="afspraak-detail")
        yield UitlegVak("plan", id="plan-uitleg")  # F3

    def on_mount(self) -> None:
        self.ververs()

    def on_show(self, _: events.Show) -> None:
        # Coming from another tab: a person may have been removed, merged or given consent.
        self.ververs()

    def on_resize(self, _: events.Resize) -> None:
        # The texts on top are cut to the width: redraw when it changes (also the first time).
        if self.size.width != self._breedte:
            self.ververs()

    def ververs(self) -> None:
        s = sessie(self)
        self._breedte = self.size.width
        breedte = max(self.size.width, 40) - 2
        teksten = {r.id: r.tekst for r in wv(self).vragen.bank.plan_regels}
        self.query_one("#plan-kop", Static).update(kop_tekst(self, breedte))
        verberg = naamweergave(self).tekst
        self.query_one("#plan-regels", Static).update(regels_tekst(s, teksten, breedte, verberg))
        smal = self.size.width < wv(self).SMAL
        self.query_one("#plan-hint", Static).update(HINT_SMAL if smal else HINT)
        self._vul_rooster(s)

    def _kolommen(self, breed: bool) -> None:
        tabel = self.query_one(RoosterTabel)
        tabel.clear(columns=True)
        # All seven days at every width: on a narrow screen "Wanneer" goes (the line under the
        # rooster says it) and "Wat" takes what is left.
        smal = self.size.width < wv(self).SMAL
        wie = 22 if breed else 13 if not smal else 11  # "— niemand —" whole
        vast = wie + len(DAGEN) * (2 + 2) + 2 + (0 if smal else 10 + 2) + 2 + 2
        wat = max(36, self.size.width - 84) if breed else max(8, self.size.width - vast - 2)
        tabel.add_column("Wie", key="wie", width=wie)
        tabel.add_column("Wat", key="wat", width=wat)
        for dag in DAGEN:
            tabel.add_column(dag[:2], key=dag, width=2)
        if not smal:
            tabel.add_column("Wanneer", key="wanneer", width=None if breed else 10)
        self._smal = smal

    def _vul_rooster(self, s: Sessie) -> None:
        tabel = self.query_one(RoosterTabel)
        breed = self.size.width >= BREED
        smal = self.size.width < wv(self).SMAL
        rij = tabel.cursor_row
        if breed != self._breed or smal != self._smal or not tabel.columns:
            self._breed = breed
            self._kolommen(breed)
        else:
            tabel.clear()
        w = weergave_in(self)
        open_ = w.open_dagen()
        for afspraak in w.afspraken:
            tabel.add_row(
                Text(
                    ", ".join(afspraak.wie_namen) or "(nog niemand)",
                    no_wrap=True,
                    overflow="ellipsis",
                ),
                Text(afspraak.wat or "(nog geen omschrijving)", no_wrap=True, overflow="ellipsis"),
                *(afspraak.teken(dag) for dag in DAGEN),
                *([] if self._smal else [Text(afspraak.moment, no_wrap=True, overflow="ellipsis")]),
                key=afspraak.id,
            )
        if open_:
            tabel.add_row(
                Text("— niemand —", style="bold"),
                Text("a: maak een afspraak", style="italic", no_wrap=True, overflow="ellipsis"),
                *(Text("✗", style="bold") if dag in open_ else "" for dag in DAGEN),
                *([] if self._smal else [""]),
                key=OPEN,
            )
        if tabel.row_count:
            tabel.move_cursor(row=min(rij, tabel.row_count - 1))
        self._toon_detail()

    @on(DataTable.RowHighlighted)
    def _toon_detail(self) -> None:
        """The chosen agreement in full: at 80 columns the rooster cuts its texts."""
        s = sessie(self)
        gekozen = self.gekozen()
        vak = self.query_one("#afspraak-detail", Static)
        if gekozen is None:
            open_ = (s.plan or Plan()).open_dagen()
            vak.update(
                Text("Niemand op " + ", ".join(open_) + ". Wie uit het netwerk kan dan?")
                if open_ and s.plan and s.plan.afspraken
                else ""
            )
            return
        afspraak = next(a for a in weergave_in(self).afspraken if a.id == gekozen.id)
        tekst = Text()
        tekst.append(afspraak.wie_tekst, style="bold")
        tekst.append(f": {afspraak.wat or '(nog geen omschrijving)'}")
        if afspraak.wanneer:
            tekst.append(f" — {afspraak.wanneer}")
        if afspraak.afbellen:
            tekst.append(f" · {afspraak.afbellen_tekst}")
        vak.update(tekst)

    def gekozen(self) -> Afspraak | None:
        tabel = self.query_one(RoosterTabel)
        plan = sessie(self).plan
        if tabel.row_count == 0 or plan is None:
            return None
        sleutel = tabel.coordinate_to_cell_key(tabel.cursor_coordinate).row_key.value
        return plan.afspraak(sleutel) if sleutel else None

    @on(DataTable.RowSelected)
    def _kies(self, event: DataTable.RowSelected) -> None:
        event.stop()
        afspraak = self.gekozen()
        if afspraak is None:  # the line of uncovered days: make an agreement for them
            self.action_nieuw()
            return
        from wievraag.tui.screens.plan import AfspraakScreen

        self.app.push_screen(AfspraakScreen(afspraak.id))

    def action_nieuw(self) -> None:
        from wievraag.tui.screens.plan import AfspraakScreen

        self.app.push_screen(AfspraakScreen(None))

    def action_gegevens(self) -> None:
        from wievraag.tui.screens.plan import PlanGegevensScreen

        self.app.push_screen(PlanGegevensScreen())

    def action_logboek(self) -> None:
        from wievraag.tui.screens.logboek import LogboekScreen

        self.app.push_screen(LogboekScreen())

    def action_evaluatie(self) -> None:
        from wievraag.tui.screens.evaluatie import EvaluatieScreen

        self.app.push_screen(EvaluatieScreen())

    def action_beraad(self) -> None:
        from wievraag.tui.screens.beraad import BeraadScreen

        self.app.push_screen(BeraadScreen())

    def action_jongere(self) -> None:
        from wievraag.tui.screens.stem import StemScreen

        self.app.push_screen(StemScreen())

    def action_afsluiting(self) -> None:
        from wievraag.tui.screens.evaluatie import AfsluitingScreen

        self.app.push_screen(AfsluitingScreen())

    @work
    async def action_verwijder(self) -> None:
        afspraak = self.gekozen()
        plan = sessie(self).plan
        if afspraak is None or plan is None:
            return
        w = naamweergave(self)
        wie = namen(w, afspraak.wie) or "nog niemand"
        ok = await self.app.push_screen_wait(
            Bevestig(
                f"De afspraak [b]{escape(w.tekst(afspraak.wat) or '(zonder omschrijving)')}[/b] "
                f"({escape(wie)}) verwijderen? Ze verdwijnt voor alle dagen. "
                "Ctrl+Z maakt het ongedaan.",
                ja="Verwijder",
                gevaarlijk=True,
            )
        )
        if ok and plan.afspraak(afspraak.id) is not None:
            wv(self).editor_open.doe(plan.haal_afspraak_weg, afspraak.id)
            self.ververs()
