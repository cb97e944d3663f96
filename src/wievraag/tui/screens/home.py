"""Home: the sessions on this laptop, newest first; resume the last one with one key."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

from rich.markup import escape
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Static
from textual.worker import get_current_worker

from wievraag.opmaak import aantal, datum_lang, moment
from wievraag.store import Lijst, Overzicht, SessieInGebruik, kopieen
from wievraag.store.lijst import Lezing
from wievraag.tui.context import wv
from wievraag.tui.masker import VERBORGEN, namen_verborgen
from wievraag.tui.widgets.tabellen import SessieTabel
from wievraag.tui.widgets.velden import Invoer
from wievraag.tui.widgets.voettekst import Voettekst
from wievraag.versleuteling import WachtwoordNodig

# Seconds of reading unindexed files before the screen shows (the newest first): enough for
# the few files a sync brings in; a first start with thousands goes on in the background.
LEESBUDGET = 0.1
# More files than that to read (a first start, an index lost): none before the first paint.
# The first file read loads the model (pydantic, ~0.2 s); the list then fills in the
# background, the newest sessions first.
VOOR_EERSTE = 100
TUSSENSTAND = 1.0  # seconds between two updates of the list while it is read in the background
# A table of thousands of rows takes seconds to lay out; nobody scrolls that far. The newest
# sessions are shown, unreadable files always (never hide a problem), the rest by searching.
MAX_RIJEN = 200
BEWAAR_MARKERING = "⚑ exporteer naar het dossier en wis"
BEWAAR_KORT = "⚑ exporteer en wis"  # in the table row: the Personen column must stay visible
EVALUATIE_KORT = "⚑ evalueer"
# The first start (no sessions yet): what to do first, in three lines.
EERSTE_START = (
    "[b]Welkom bij wievraag.[/b] Nog geen sessies. Wat wil je eerst?\n"
    "• [b]n[/b] begin een sessie voor een gezin (een label of schuilnaam is genoeg).\n"
    "• Eerst oefenen? Stop ([b]Ctrl+Q[/b]) en start [b]wievraag demo[/b]: een verzonnen gezin, "
    "los van je eigen sessies.\n"
    "• Versleutel je sessies met een wachtwoord: [b]wievraag versleutel[/b]. Hulp: [b]F1[/b]."
)  # the plan's evaluation date has passed (issue 6)


class HomeScreen(Screen[None]):
    HELP_ONDERWERP = "start"
    # The table has the focus from the start (keys h, n, d work at once): not first the
    # search field and then the table, which styles the footer's keys twice more at start-up.
    AUTO_FOCUS = "#sessies"
    BINDINGS = [
        Binding("h", "hervat", "Hervat", id="hervat", tooltip="Hervat de laatste sessie"),
        Binding("n", "nieuw", "Nieuw", id="nieuw", tooltip="Nieuwe sessie"),
        Binding("delete,d", "verwijder", "Verwijder", id="verwijder"),
        Binding("slash", "zoek", "Zoek", id="zoek-gezin", tooltip="Zoek een gezin"),
        Binding("q", "app.quit", "Afsluiten", show=False, id="stop"),
        Binding("escape", "wis_zoek", "Wis zoektekst", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._alle: list[Overzicht] = []
        self._lijst = Lijst([])
        self._nog = 0
        self._rijen: list[Overzicht] = []
        self._kopieen: dict[str, int] = {}  # sync copies per session (stem)
        # What the table and the two lines show now: typing in the search field redraws only
        # what changes (issue 19: 30 attendees type on one 2-core laptop, every key counts).
        self._getoond: list[tuple[object, ...]] | None = None
        self._teksten: dict[str, str | Text] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="home-kop")
        yield Invoer(placeholder="Zoek een gezin… ( / )", id="zoek-gezin", compact=True)
        yield SessieTabel(id="sessies", cursor_type="row", zebra_stripes=True)
        yield Static("", id="home-detail")
        yield Voettekst(show_command_palette=True)

    def on_mount(self) -> None:
        tabel = self.query_one(DataTable)
        # The name column takes what the screen leaves, so marks never push "Personen" out of
        # view; a cut name ends in "…" and the line below the table says it in full.
        tabel.add_column("Gezin", key="gezin", width=max(20, self.app.size.width - 37))
        tabel.add_column("Laatst gewijzigd", key="gewijzigd", width=16)
        tabel.add_column("Personen", key="personen", width=8)
        tabel.focus()  # keys h, n, d work at once; typing to search starts with /
        self.watch(self.app, "namen_verborgen", lambda _: self._filter(), init=False)

    def on_screen_resume(self) -> None:
        self.ververs()

    def ververs(self, kies: Path | None = None) -> None:
        # Files not in the index yet (first start, index lost) are read in the background
        # after a short budget, so the screen is there at once even with thousands of sessions.
        app = wv(self)
        if app.op_slot:
            return  # nothing to show before the passphrase; resumed after unlocking
        if app.opslag.kluis is None and app.opslag.versleuteld:
            app.vergrendel(bij_start=True)  # encrypted while the app was running
            return
        with _zonder_opruimer():
            lezing = app.opslag.lezing()
            lijst = lezing.lees(LEESBUDGET if lezing.te_lezen <= VOOR_EERSTE else 0)
        self._toon(lijst, kies)
        if lijst.nog_te_lezen:
            # After the first paint: a reader started now would share the interpreter with
            # the screen being drawn and delay it.
            self.call_after_refresh(self._lees_rest, lezing)

    @work(thread=True, exclusive=True, group="sessielijst")
    def _lees_rest(self, lezing: Lezing) -> None:
        worker = get_current_worker()
        stap = TUSSENSTAND
        while not lezing.klaar and not worker.is_cancelled:
            # The index is written at the end, or when the app quits half way.
            lijst = lezing.lees(stap, stop=lambda: worker.is_cancelled, tussendoor=False)
            if worker.is_cancelled:
                return  # the app quits, or a newer reading took over
            self.app.call_from_thread(self._toon, lijst, None)
            stap *= 4  # each update sorts and groups the whole list again: few of them

    def _toon(self, lijst: Lijst, kies: Path | None) -> None:
        # The store lists each session's copies right after its original (store/kopieen.py).
        self._lijst, self._alle, self._nog = lijst, lijst.items, lijst.nog_te_lezen
        self._filter(kies)

    def _filter(self, kies: Path | None = None) -> None:
        tabel = self.query_one(DataTable)
        oude_cursor = tabel.cursor_row
        zoek = self.query_one("#zoek-gezin", Input).value.casefold().strip()
        goed = [
            r for r in self._alle if not r.fout and (not zoek or zoek in (r.gezin or "").casefold())
        ]
        verborgen = max(0, len(goed) - MAX_RIJEN)
        self._rijen = goed[:MAX_RIJEN] + [r for r in self._alle if r.fout]
        grens = self._bewaargrens()
        # Sync copies per session: the original shows "2 versies", Enter merges (issue 22).
        self._kopieen = self._lijst.versies
        verborgen = namen_verborgen(self)  # once, not for each of 200 rows
        regels = [self._regel(rij, grens, verborgen) for rij in self._rijen]
        if regels != self._getoond:
            # Only when the rows differ: clearing a table redraws all of it, twice.
            self._getoond = regels
            tabel.clear()
            for rij, regel in zip(self._rijen, regels, strict=True):
                tabel.add_row(*regel, key=rij.naam)
        totaal = len(self._alle)
        kop: str | Text
        if self._nog:
            kop = f"{aantal(totaal, 'sessie', 'sessies')}; nog {self._nog} worden ingelezen…"
        elif not self._alle:
            kop = EERSTE_START
        elif verborgen:
            kop = (
                f"{totaal} sessies; de {MAX_RIJEN} laatst gewijzigde staan hieronder. "
                f"Zoek met [b]/[/b] om een van de {verborgen} andere te vinden."
            )
        elif zoek:
            # Text, not markup: what is typed ("[/b", half a tag) is shown as it is.
            kop = Text(f"{len(goed)} van de {totaal} sessies passen bij “{zoek}”.")
        else:
            kop = (
                f"{aantal(totaal, 'sessie', 'sessies')}. "
                "[b]h[/b] hervat de laatste · [b]Enter[/b] opent · "
                "[b]n[/b] nieuw"
            )
        self._zet("#home-kop", kop)
        if kies is not None:
            index = next((i for i, r in enumerate(self._rijen) if r.naam == kies.name), 0)
        else:
            index = min(oude_cursor, max(len(self._rijen) - 1, 0))
        if self._rijen and index != tabel.cursor_row:
            tabel.move_cursor(row=index)
        self._toon_detail()

    def _regel(self, rij: Overzicht, grens: datetime | None, verborgen: bool) -> tuple[object, ...]:
        """One row of the table: its cells, comparable with the row shown before."""
        if rij.fout:
            return (Text(f"⚠ onleesbaar: {rij.naam}"), "—", "—")
        # Under the privacy mask (F8) no family label either (tui/masker.py).
        label = VERBORGEN if verborgen else rij.gezin or ""
        gezin = Text("↳ " + label if rij.is_kopie else label, no_wrap=True, overflow="ellipsis")
        if rij.is_kopie:
            verschil = kopieen.verschil(rij, self._lijst.origineel(rij))
            gezin.append(f"  ⚠ kopie: {verschil}", style="bold")
        elif self._kopieen.get(rij.stam):
            gezin.append(f"  ⚠ {self._kopieen[rij.stam] + 1} versies — samenvoegen", style="bold")
        if _te_oud(rij, grens):
            gezin.append(f"  {BEWAAR_KORT}", style="italic")
        elif _evalueren(rij):
            gezin.append(f"  {EVALUATIE_KORT}", style="bold")
        wanneer = moment(rij.gewijzigd) if rij.gewijzigd else ""
        return (gezin, wanneer, str(rij.personen))

    def _zet(self, selector: str, tekst: str | Text) -> None:
        """Show `tekst` in the Static `selector`, unless it already does: an update lays out
        the whole screen again."""
        if self._teksten.get(selector) != tekst:
            self._teksten[selector] = tekst
            self.query_one(selector, Static).update(tekst)

    def _bewaargrens(self) -> datetime | None:
        """Sessions unchanged since before this moment are past the retention period."""
        maanden = wv(self).instellingen.bewaar_maanden
        if not maanden:
            return None
        return datetime.now() - timedelta(days=maanden * 365.25 / 12)

    @on(Input.Changed, "#zoek-gezin")
    def _zoek_veranderd(self) -> None:
        self._filter()

    @on(Input.Submitted, "#zoek-gezin")
    def _naar_tabel(self) -> None:
        self.query_one(DataTable).focus()

    def action_zoek(self) -> None:
        self.query_one("#zoek-gezin", Input).focus()

    def action_wis_zoek(self) -> None:
        zoekveld = self.query_one("#zoek-gezin", Input)
        zoekveld.value = ""
        self.query_one(DataTable).focus()

    def _gekozen(self) -> Overzicht | None:
        tabel = self.query_one(DataTable)
        if not self._rijen or tabel.cursor_row >= len(self._rijen):
            return None
        return self._rijen[tabel.cursor_row]

    def on_data_table_row_highlighted(self, _: DataTable.RowHighlighted) -> None:
        self._toon_detail()

    def on_data_table_row_selected(self, _: DataTable.RowSelected) -> None:
        self.action_open()

    def _toon_detail(self) -> None:
        rij = self._gekozen()
        if rij is None:
            self._zet("#home-detail", "")
        elif rij.fout:
            self._zet(
                "#home-detail",
                f"[b]Dit bestand kan niet worden geopend.[/b]\n{rij.fout}\n"
                "wievraag laat het bestand ongemoeid. Herstel het met een teksteditor, of "
                "verwijder het met [b]d[/b].",
            )
        elif rij.is_kopie:
            verschil = kopieen.verschil(rij, self._lijst.origineel(rij))
            self._zet(
                "#home-detail",
                f"Dit is {kopieen.omschrijf(rij)} van de sessie erboven: "
                f"{verschil}. Openen verandert er niets aan; verwijderen (d) wist alleen deze "
                f"kopie. Bestand: {escape(rij.pad.name)}",
            )
        elif self._kopieen.get(rij.stam):
            self._zet(
                "#home-detail",
                f"[b]{self._kopieen[rij.stam] + 1} versies[/b]: op twee laptops is deze sessie "
                "gewijzigd. [b]Enter[/b] voegt de kopieën samen en opent de sessie; wat op "
                "beide anders is ingevuld, vraagt wievraag je daarna. "
                f"Bestand: {escape(rij.pad.name)}",
            )
        elif _te_oud(rij, self._bewaargrens()):
            maanden = wv(self).instellingen.bewaar_maanden
            self._zet(
                "#home-detail",
                f"[b]{BEWAAR_MARKERING}[/b]: al meer dan {maanden:g} "
                f"{'maand' if maanden == 1 else 'maanden'} niet gewijzigd. "
                "Het officiële dossier van je organisatie is de plek om dit te bewaren; deze "
                "laptop heeft alleen een werkkopie. Zet wat nodig is in het dossier en wis de "
                f"sessie met [b]d[/b]. Bestand: {rij.pad.name}",
            )
        elif _evalueren(rij) and rij.evaluatie is not None:
            self._zet(
                "#home-detail",
                f"[b]{EVALUATIE_KORT}[/b]: de evaluatie van het plan stond op "
                f"{datum_lang(rij.evaluatie)}. Open de sessie, tab Plan (l), en evalueer (t). "
                f"Bestand: {rij.pad.name}",
            )
        else:
            self._zet("#home-detail", f"Bestand: {rij.pad.name}")

    def action_open(self) -> None:
        rij = self._gekozen()
        if rij is None:
            return
        if rij.fout:
            self.notify(rij.fout, title="Kan niet openen", severity="error", timeout=10)
            return
        wv(self).open_sessie(rij.pad)

    def action_hervat(self) -> None:
        laatste = next((r for r in self._alle if not r.fout), None)
        if laatste is None and self._alle:
            # There are sessions, but none can be read: say so, not "there is none".
            self.notify(
                "Geen sessie om te hervatten: geen enkel bestand is te lezen. "
                "Kies er een voor de reden."
            )
            return
        if laatste is None:
            self.notify("Er is nog geen sessie om te hervatten. Begin er een met n.")
            return
        wv(self).open_sessie(laatste.pad)

    @work
    async def action_nieuw(self) -> None:
        from wievraag.tui.dialogs import VraagTekst  # on use: not at start-up

        gezin = await self.app.push_screen_wait(
            VraagTekst(
                "Voor welk gezin is deze sessie?",
                placeholder="bijvoorbeeld: Gezin J. of een schuilnaam",
            )
        )
        if gezin is None:
            return
        app = wv(self)
        try:
            sessie = app.opslag.nieuw(gezin)
        except OSError as fout:
            self.notify(f"De sessie kon niet worden gemaakt: {fout.strerror}", severity="error")
            return
        except WachtwoordNodig:  # the folder was encrypted while the app was running
            app.vergrendel(bij_start=True)
            return
        pad = app.opslag.pad_voor(sessie)
        self.ververs(kies=pad)
        app.open_sessie(pad)

    @work
    async def action_verwijder(self) -> None:
        from wievraag.tui.dialogs import Bevestig

        rij = self._gekozen()
        if rij is None:
            return
        opslag = wv(self).opslag
        # Exactly what goes, decided once and shown: a copy alone, or the session with every
        # copy of it (readable or not).
        plan = opslag.wat_weg_gaat(rij.pad)
        naam = rij.gezin or rij.pad.name
        sporen = "\n".join(f"• {escape(spoor)}" for spoor in opslag.sporen(plan))
        if plan.hele_sessie:
            vraag = (
                f"Sessie [b]{escape(naam)}[/b] definitief verwijderen?\n\n"
                "Alle antwoorden en personen worden gewist"
                + (", ook in de kopieën" if len(plan.bestanden) > 1 else "")
                + f". Weg gaan:\n{sporen}"
            )
        else:
            vraag = (
                f"Alleen deze kopie van [b]{escape(naam)}[/b] verwijderen? Het origineel "
                f"blijft zoals het is. Weg gaan:\n{sporen}"
            )
        ok = await self.app.push_screen_wait(
            Bevestig(
                f"{vraag}\n\nDit kan niet ongedaan worden gemaakt.",
                ja="Verwijder",
                gevaarlijk=True,
            )
        )
        if not ok:
            return
        try:
            resten = opslag.verwijder(plan)
        except SessieInGebruik:
            self.notify(
                "Deze sessie is open in een ander venster; sluit hem daar eerst.", severity="error"
            )
            return
        except OSError as fout:
            self.notify(f"Verwijderen lukte niet: {escape(str(fout.strerror))}", severity="error")
            return
        if resten:
            self.notify(
                "Niet alles is weg; nog aanwezig: " + escape(", ".join(resten)),
                severity="error",
                timeout=15,
            )
        elif plan.hele_sessie:
            self.notify(f"Sessie {escape(naam)} is verwijderd.")
        else:
            self.notify(f"De kopie {escape(rij.naam)} is verwijderd; het origineel is er nog.")
        self.ververs()


@contextmanager
def _zonder_opruimer() -> Iterator[None]:
    """The garbage collector paused while the list is read: 10,000 sessions are some 40,000
    new objects that live on (a line each, the index's entries), and each 700 of them set off
    a collection that walks the young ones again, ~20 ms of CPU at start-up. Making them
    leaves no reference cycles to collect. After the first reading of the process they are
    moved out of the collector's walks (`gc.freeze`, as the modules are, tui/app.py): else
    so many new long-lived objects soon set off a full collection (~15 ms) that finds
    nothing (issue 18). A list read later is freed as usual when it is replaced: a line
    holds no cycle, so no collector is needed for it."""
    global _BEVROREN
    aan = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if aan:
            gc.enable()
        if not _BEVROREN:
            gc.freeze()
            _BEVROREN = True


_BEVROREN = False


def _vergelijkbaar(moment: datetime) -> datetime:
    """As naive local time, so stored times with or without offset compare."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _evalueren(rij: Overzicht) -> bool:
    """The plan's evaluation date has come: time to look back with the family and network."""
    return rij.evaluatie is not None and rij.evaluatie <= date.today()


def _te_oud(rij: Overzicht, grens: datetime | None) -> bool:
    """Past the retention period: to be exported to the official file and deleted."""
    return grens is not None and rij.gewijzigd is not None and _vergelijkbaar(rij.gewijzigd) < grens
