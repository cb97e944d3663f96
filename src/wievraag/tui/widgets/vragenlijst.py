"""The wie-vragen of the bank (and the user's own), by theme, filtered as you type."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.widgets import Input, OptionList, Select, Static
from textual.widgets.option_list import Option

from wievraag.model import Vraag, vragen_van
from wievraag.tui.context import sessie, wv
from wievraag.tui.dialogs import Bevestig, VraagTekst
from wievraag.tui.widgets.status import LEGENDA, SYMBOOL, status_woord
from wievraag.tui.widgets.uitleg import panelen_bij, voorlezen_regel
from wievraag.tui.widgets.velden import Invoer

ALLE = "alle"
FAVORIETEN = "favorieten"


class Bewaard:
    """A row's drawing kept per width: the list measures every row's height again whenever
    any row changes, and drawing a row (a two-column grid) is what costs (~1 ms a row).
    What Textual adds on top (the highlighted row's style) is applied to the kept drawing,
    so only the row's own content is kept here."""

    def __init__(self, inhoud: RenderableType) -> None:
        self.inhoud = inhoud
        self._getekend: dict[tuple[object, ...], list[Segment]] = {}

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        sleutel = (options.max_width, options.height, options.no_wrap, options.overflow)
        getekend = self._getekend.get(sleutel)
        if getekend is None:
            getekend = self._getekend[sleutel] = list(console.render(self.inhoud, options))
        yield from getekend

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.inhoud)


class VragenPaneel(Vertical):
    BINDINGS = [
        Binding("f", "favoriet", "Favoriet", id="favoriet"),
        Binding("slash", "zoek", "Zoek", id="zoek"),
        Binding("t", "thema", "Thema", id="thema"),
        Binding("a", "eigen", "Eigen", id="eigen", tooltip="Voeg je eigen vraag toe"),
        Binding("delete", "verwijder_eigen", "Verwijder eigen vraag", show=False),
        Binding("escape", "wis_zoek", "Wis zoektekst", show=False),
        # From the search box Tab goes to the questions it filtered, not to the theme choice
        # beside it (that is t, or Shift+Tab from the list).
        Binding("tab", "naar_lijst", "Naar de vragen", show=False),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "naar_lijst":
            focus = self.screen.focused
            return focus is not None and focus.id == "zoekveld"
        return True

    def action_naar_lijst(self) -> None:
        self.query_one("#vragenlijst").focus()

    def __init__(self, appel: str | None = None) -> None:
        super().__init__()
        # Opened from an appèl's last step: answers given from here link back to it.
        self.appel = appel
        self._getoond: tuple[object, ...] = ()  # what the list's rows show (ververs)
        self._rijen: dict[tuple[object, ...], Bewaard] = {}  # their drawings, by what they show

    def compose(self) -> ComposeResult:
        vragen = wv(self).vragen
        keuzes = [("Alle thema's", ALLE), ("★ Mijn favorieten", FAVORIETEN)]
        keuzes += [(t.naam, t.id) for t in vragen.themas]
        with Horizontal(id="vragen-balk"):
            yield Invoer(placeholder="Zoek in de vragen…", id="zoekveld", compact=True)
            yield Select(keuzes, value=ALLE, allow_blank=False, id="themakeuze", compact=True)
        yield OptionList(id="vragenlijst")
        uitleg = Static("", id="vraag-uitleg")
        # With F3 a panel of the method follows the explanation (panelen_bij); what does
        # not fit the panel's height scrolls instead of being cut off.
        uitleg.styles.overflow_y = "auto"
        yield uitleg
        yield Static(LEGENDA, id="legenda")

    def on_mount(self) -> None:
        self.watch(self.app, "uitleg", lambda _: self._toon_uitleg(), init=False)
        self.ververs()

    def ververs(self) -> None:
        lijst = self.query_one(OptionList)
        gekozen = lijst.highlighted_option.id if lijst.highlighted_option else None
        app = wv(self)
        zoek = self.query_one("#zoekveld", Input).value.casefold().split()
        thema = self.query_one("#themakeuze", Select).value
        groepen = []
        for t in app.vragen.themas:
            if thema not in (ALLE, FAVORIETEN) and thema != t.id:
                continue
            passend = [
                v
                for v in vragen_van(t, app.vragen.alle)
                if (thema != FAVORIETEN or app.vragen.is_favoriet(v.id))
                and all(woord in v.tekst.casefold() for woord in zoek)
            ]
            if passend:
                groepen.append((t, passend))
        # What the rows show: when it is what they show already (back from an answer that
        # did not change a question's state), the list is left alone. Rebuilt, the list
        # measures every row again: ~0.1 s for the 140 questions of the bank.
        s = sessie(self)
        getoond = tuple(
            (t.id, v.id, v.tekst, s.status_van(v.id), app.vragen.is_favoriet(v.id))
            for t, passend in groepen
            for v in passend
        )
        if getoond and getoond == self._getoond:
            self._toon_uitleg()
            return
        self._getoond = getoond
        # A row that shows what it showed keeps its drawing (Bewaard): one answer changed,
        # one row is drawn and measured again, not all of them.
        rijen: dict[tuple[object, ...], Bewaard] = {}
        regels = iter(getoond)
        opties: list[Option | None] = []
        for t, passend in groepen:
            opties.append(Option(Text(t.naam.upper(), style="bold"), disabled=True))
            for v in passend:
                sleutel = next(regels)
                rij = rijen[sleutel] = self._rijen.get(sleutel) or Bewaard(self._regel(v))
                # Option ids carry the theme: a borrowed question appears under two themes.
                opties.append(Option(rij, id=f"{t.id}/{v.id}"))
        self._rijen = rijen
        lijst.clear_options()
        if not opties:
            leeg = "Geen vragen gevonden." + (" Wis de zoektekst (Esc)." if zoek else "")
            lijst.add_option(Option(leeg, disabled=True))
        else:
            lijst.add_options(opties)
        if gekozen is not None:
            try:
                lijst.highlighted = lijst.get_option_index(gekozen)
            except Exception:  # the option was filtered away
                lijst.action_first()
        else:
            lijst.action_first()
        self._toon_uitleg()

    def _regel(self, vraag: Vraag) -> Table:
        status = sessie(self).status_van(vraag.id)
        merk = f"{SYMBOOL[status]} {'★' if wv(self).vragen.is_favoriet(vraag.id) else ' '}"
        regel = Text(vraag.tekst)
        if "reflectie" in vraag.tags:  # the handreiking asks these of the professional
            regel.append("  · om zelf over na te denken", style="dim")
        if status is not None:
            regel.append(f"  · {status_woord(status)}", style="italic")
        # Two columns: a long question wraps under its own text, not under the symbols.
        rooster = Table.grid(padding=(0, 1), expand=True)
        rooster.add_column(width=3, no_wrap=True)
        rooster.add_column(ratio=1)
        rooster.add_row(merk, regel)
        return rooster

    def gekozen_vraag(self) -> Vraag | None:
        optie = self.query_one(OptionList).highlighted_option
        if optie is None or not optie.id:
            return None
        return wv(self).vragen.vraag(optie.id.partition("/")[2])

    def _toon_uitleg(self) -> None:
        vraag = self.gekozen_vraag()
        uitleg = self.query_one("#vraag-uitleg", Static)
        if vraag is None:
            uitleg.update("")
            return
        thema = wv(self).vragen.thema(vraag.thema)
        bron = f"Bron: {vraag.bron}" if vraag.bron else "Eigen vraag"
        regels = Text.from_markup(f"[b]{escape(thema.naam) if thema else ''}[/b] · {escape(bron)}")
        uitleg.set_class(bool(self.app.uitleg), "-uitgebreid")  # type: ignore[attr-defined]
        if wv(self).uitleg and thema is not None:
            # For trainers: why and how, the pitfall, the parents' do / don't (F3).
            for kop, tekst in (
                ("Waarom en hoe", thema.uitleg),
                ("Valkuil", thema.valkuil),
                ("Tip", thema.tip),
            ):
                if tekst:
                    regels.append(f"\n{kop}: ", style="bold")
                    regels.append(tekst)
            if thema.bron:
                regels.append(f"\n(uitleg in eigen woorden; zie {thema.bron})", style="dim")
            if thema.voorlezen is not None:
                voorlezen_regel(regels, thema.voorlezen)
            panelen_bij(regels, wv(self).vragen.bank, f"thema:{thema.id}")
        uitleg.update(regels)

    @on(OptionList.OptionHighlighted)
    def _gemarkeerd(self) -> None:
        self._toon_uitleg()

    @on(OptionList.OptionSelected)
    def _gekozen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            from wievraag.tui.screens.antwoord import AntwoordScreen

            vraag_id = event.option.id.partition("/")[2]
            self.app.push_screen(AntwoordScreen(vraag_id, appel=self.appel))

    @on(Input.Changed, "#zoekveld")
    @on(Select.Changed, "#themakeuze")
    def _filter(self) -> None:
        self.ververs()

    @on(Input.Submitted, "#zoekveld")
    def _naar_lijst(self) -> None:
        self.query_one(OptionList).focus()

    def action_zoek(self) -> None:
        self.query_one("#zoekveld", Input).focus()

    def action_wis_zoek(self) -> None:
        zoekveld = self.query_one("#zoekveld", Input)
        if not zoekveld.value:
            raise SkipAction()  # nothing to clear: Esc means "back" to the screen
        zoekveld.value = ""
        self.query_one(OptionList).focus()

    def action_thema(self) -> None:
        keuze = self.query_one("#themakeuze", Select)
        keuze.focus()
        keuze.expanded = True

    def action_favoriet(self) -> None:
        vraag = self.gekozen_vraag()
        if vraag is None:
            return
        try:
            aan = wv(self).vragen.wissel_favoriet(vraag.id)
        except OSError as fout:
            self.notify(f"Favoriet niet opgeslagen: {fout}", severity="error")
            return
        self.notify("Bewaard als favoriet." if aan else "Niet meer favoriet.", timeout=2)
        self.ververs()

    @work
    async def action_eigen(self) -> None:
        tekst = await self.app.push_screen_wait(
            VraagTekst("Je eigen wie-vraag:", placeholder="Wie zou …?")
        )
        if tekst is None:
            return
        try:
            vraag = wv(self).vragen.voeg_toe(tekst)
        except OSError as fout:
            self.notify(f"Vraag niet opgeslagen: {fout}", severity="error")
            return
        self.notify("Je vraag staat onder 'Mijn eigen vragen'.", timeout=3)
        self.ververs()
        lijst = self.query_one(OptionList)
        lijst.highlighted = lijst.get_option_index(f"{vraag.thema}/{vraag.id}")

    @work
    async def action_verwijder_eigen(self) -> None:
        vraag = self.gekozen_vraag()
        if vraag is None or vraag.thema != "eigen":
            self.notify("Alleen je eigen vragen kun je verwijderen.", timeout=3)
            return
        ok = await self.app.push_screen_wait(
            Bevestig(
                f"Je eigen vraag verwijderen?\n\n{vraag.tekst}\n\n"
                "Antwoorden die al in sessies staan blijven bewaard.",
                ja="Verwijder",
                gevaarlijk=True,
            )
        )
        if ok:
            wv(self).vragen.verwijder_eigen(vraag.id)
            self.ververs()
