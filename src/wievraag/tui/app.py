"""WievraagApp: the shell that holds the open session and keeps it saved.

Every change to the open session goes through its editor (tui/editor.py), which makes it an undo
step and puts it on disk within a second. Leaving a screen, suspending and quitting save at once;
quitting with anything unsaved asks first, and a closed terminal leaves a rescue copy.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import signal
import sys
import time
import traceback
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from wievraag.fouten import BestandFout
from wievraag.instellingen import Instellingen
from wievraag.opmaak import aantal
from wievraag.store import Opslag, SessieInGebruik
from wievraag.tui.messages import SessieGewijzigd
from wievraag.tui.toetsnamen import HULP, NAMEN, toetsnaam

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.content import Content
    from textual.notifications import SeverityLevel

    from wievraag.store import SessieBestand
    from wievraag.tui.editor import Editor
    from wievraag.vragen import Vragen


def crashmelding(fout: BaseException | None) -> str:
    """A crash report without data: the exception type and the code path, no values."""
    regels = ["wievraag is gestopt door een fout in het programma. Je werk is opgeslagen."]
    if fout is not None:
        regels.append(f"Fout: {type(fout).__name__}")
        for stap in traceback.extract_tb(fout.__traceback__)[-8:]:
            regels.append(f"  {Path(stap.filename).name}:{stap.lineno} in {stap.name}")
    regels.append("Meld dit aan de beheerder, met deze regels (er staan geen namen in).")
    return "\n".join(regels)


def _vraag_commando() -> type[Provider]:
    """The palette's question provider, imported when the palette first opens."""
    from wievraag.tui.commands import VraagCommando

    return VraagCommando


def _scherm_commando() -> type[Provider]:
    """The palette's provider for the method's screens without a tab (tui/commands.py)."""
    from wievraag.tui.commands import SchermCommando

    return SchermCommando


def _bevries_modules() -> None:
    """Once per process: what is loaded by now (Textual, Rich, our modules; ~50,000 objects)
    lives as long as the process, so the garbage collector need not walk it again and again.
    Without this, collections while the first screen is built cost ~40 ms of CPU, a seventh
    of the start-up (issue 18; the standard library's `gc.freeze`, made for this)."""
    global _BEVROREN
    if not _BEVROREN:
        gc.freeze()
        _BEVROREN = True


_BEVROREN = False


class WievraagApp(App[None]):
    TITLE = "wievraag"
    CSS_PATH = "wievraag.tcss"
    COMMAND_PALETTE_BINDING = "ctrl+p"
    COMMANDS = App.COMMANDS | {_vraag_commando, _scherm_commando}
    BINDINGS = [
        Binding(
            "ctrl+q",
            "quit",
            "Stop",
            id="afsluiten",
            tooltip="Alles opslaan en afsluiten",
            priority=True,
        ),
        Binding(HULP, "help", "Hulp", id="hulp"),
        Binding("ctrl+p", "command_palette", "Opdrachten", show=False, priority=True, id="palet"),
        # Undo wins over a text field's own ctrl+z: one meaning everywhere in a session, and
        # typing in a field is one step anyway (tui/geschiedenis.py).
        Binding("ctrl+z", "ongedaan", "Ongedaan", show=False, priority=True, id="ongedaan"),
        Binding(
            "ctrl+y,ctrl+shift+z", "opnieuw", "Opnieuw", show=False, priority=True, id="opnieuw"
        ),
        # The privacy mask (tui/masker.py): with priority, so it works mid-typing; in every
        # footer (tui/widgets/voettekst.py keeps it in view at every width).
        Binding(NAMEN, "verberg_namen", "Namen", priority=True, id="namen"),
    ]

    # Explanation panels (why, how, pitfalls; for trainers): F3 toggles them on every screen
    # that has one; trainer mode (`--training`) starts with them shown.
    uitleg: reactive[bool] = reactive(False)
    # Privacy mask: F8 hides every name in the session (initials), F8 again shows them.
    namen_verborgen: reactive[bool] = reactive(False, init=False)

    def __init__(
        self,
        data: Path | None = None,
        config: Path | None = None,
        vergrendel_na: float | None = None,
        training: bool = False,
    ) -> None:
        super().__init__()
        _bevries_modules()
        from wievraag.tui.nederlands import vertaal_textual

        vertaal_textual()
        self.set_reactive(WievraagApp.uitleg, training)
        self.opslag = Opslag(data)
        self._config = config
        self.instellingen = Instellingen.laad(config)
        # The theme chosen last time (a light one for a projector stays light); an unknown
        # name (a typo in the file, a theme of another version) leaves the default.
        if self.instellingen.thema in self.available_themes:
            self.theme = self.instellingen.thema
        # Seconds without input before the lock screen; 0 = never. Tests pass a short time.
        self.vergrendel_na = (
            self.instellingen.vergrendel_na if vergrendel_na is None else vergrendel_na
        )
        self._laatste_invoer = time.monotonic()
        self.op_slot = False
        # The open session and every change to it (tui/editor.py); None on the home screen.
        self.editor: Editor | None = None
        self._sessie_bevroren = False  # its objects out of the collector's walks (below)
        from wievraag.tui.toetsen import Toetsrij

        self.toetsrij = Toetsrij(self)

    @cached_property
    def vragen(self) -> Vragen:
        """Loaded on first use: the home screen does not need the question bank."""
        from wievraag.vragen import Vragen

        return Vragen.laad(self._config)

    def get_default_screen(self) -> Screen[None]:
        from wievraag.tui.screens.home import HomeScreen

        return HomeScreen()

    def watch_theme(self, thema: str) -> None:
        if thema != self.instellingen.thema:
            from dataclasses import replace

            from wievraag.instellingen import bewaar_thema

            self.instellingen = replace(self.instellingen, thema=thema)
            # A read-only config folder: the theme holds for this run.
            with contextlib.suppress(OSError):
                bewaar_thema(thema, self._config)

    def get_css_variables(self) -> dict[str, str]:
        # Every theme's text colours at 4.5:1 at least (tui/contrast.py), the chosen one too.
        from wievraag.tui.contrast import leesbaar

        variabelen = leesbaar(super().get_css_variables())
        self.theme_variables = variabelen
        return variabelen

    def format_title(self, title: str, sub_title: str) -> Content:
        # The family label and "✓ opgeslagen" in the muted colour (readable, tui/contrast.py)
        # instead of Textual's dim, which fell to 4.4:1 in the light theme.
        from textual.content import Content

        if not sub_title:
            return Content(title)
        return Content.assemble(
            Content(title), (" — ", "$foreground-muted"), (sub_title, "$foreground-muted")
        )

    def get_key_display(self, binding: Binding) -> str:
        return toetsnaam(binding)  # "Ctrl+Q", "Enter": what a person reads on the keyboard

    # -- the open session ------------------------------------------------------------------

    @property
    def editor_open(self) -> Editor:
        """The open session's editor; screens that change the session exist only while one
        is open."""
        if self.editor is None:
            raise RuntimeError("geen sessie geopend")
        return self.editor

    @property
    def bestand(self) -> SessieBestand | None:
        return self.editor.bestand if self.editor is not None else None

    def open_sessie(self, pad: Path) -> None:
        # Sync copies next to the session are merged first (issue 22; opening a copy itself
        # changes nothing).
        from wievraag.tui.screens.conflicten import voeg_versies_samen

        samengevoegd = voeg_versies_samen(self, pad)
        try:
            bestand = self.opslag.open(pad)
        except SessieInGebruik:
            self.notify(
                "Deze sessie is al open in een ander wievraag-venster. Sluit hem daar eerst, "
                "zodat niemands werk wordt overschreven.",
                title="Al geopend",
                severity="error",
                timeout=8,
            )
            return
        except BestandFout as fout:
            self.notify(fout.melding, title="Kan niet openen", severity="error", timeout=10)
            return
        except OSError as fout:
            self.notify(f"{pad.name}: {fout.strerror}", title="Kan niet openen", severity="error")
            return
        from wievraag.tui.editor import Editor
        from wievraag.tui.screens.sessie import SessieScreen

        self.editor = Editor(self, bestand)
        self.editor.begin_bezoek()
        self.push_screen(SessieScreen())
        self.call_after_refresh(self._bevries_sessie, self.editor)  # once its screen is built
        dubbel = samengevoegd.dubbel if samengevoegd is not None else []
        if bestand.sync.conflicten or dubbel:
            from wievraag.tui.screens.conflicten import ConflictScherm

            self.push_screen(ConflictScherm(dubbel))
        self.opgeslagen()
        if self.vragen.fout_mijn:
            self.notify(
                "Je eigen vragen en favorieten konden niet worden gelezen: "
                f"{self.vragen.fout_mijn}",
                title="Eigen vragen",
                severity="warning",
                timeout=10,
            )

    def sluit_sessie(self) -> bool:
        """Close the open session; True when everything is on disk (else it stays open)."""
        if self.editor is None:
            return True
        if not self.editor.sluit() or self.editor.onopgeslagen:
            return False
        self._laat_sessie_los()
        return True

    def _laat_sessie_los(self) -> None:
        if self.editor is not None:
            self.editor.bestand.sluit()
        self.editor = None
        self._ontdooi_sessie()

    def _bevries_sessie(self, editor: Editor) -> None:
        """The open session (its model, document and pictures) and its screen live until it
        is closed: kept out of the garbage collector's walks like the modules. A session of
        500 people is tens of thousands of objects; without this, a full collection while
        leaving an answer screen (whose widgets are garbage then) walked them all: 120-150 ms
        of a 400 ms return (issue 18). Undone when the session closes or the app stops, so
        what the session leaves in reference cycles is collected as usual."""
        if editor is self.editor and not self._sessie_bevroren:
            gc.freeze()
            self._sessie_bevroren = True

    def _ontdooi_sessie(self) -> None:
        if self._sessie_bevroren:
            gc.unfreeze()  # (the modules too: frozen again with the next session)
            self._sessie_bevroren = False

    def on_unmount(self) -> None:
        self._ontdooi_sessie()
        self.sub_title = ""

    def bewaar_nu(self) -> bool:
        return self.editor.bewaar_nu() if self.editor is not None else True

    def on_sessie_gewijzigd(self, _: SessieGewijzigd) -> None:
        """Sent by the editor after every change: the header says whether it is saved yet."""

    # -- undo ------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Under the lock neither the palette (it searches the session), help nor undo works.
        if self.op_slot and action in ("command_palette", "help", "ongedaan", "opnieuw"):
            return False
        if action in ("ongedaan", "opnieuw"):
            # Not behind a dialog: its question may be about what the undo would change.
            from textual.screen import ModalScreen

            return self.editor is not None and not isinstance(self.screen, ModalScreen)
        return True

    async def action_ongedaan(self) -> None:
        await self._zet_terug(ongedaan=True)

    async def action_opnieuw(self) -> None:
        await self._zet_terug(ongedaan=False)

    async def _zet_terug(self, ongedaan: bool) -> None:
        editor = self.editor
        if editor is None:
            return
        if not (editor.ongedaan() if ongedaan else editor.opnieuw()):
            niets = "ongedaan te maken" if ongedaan else "opnieuw te doen"
            self.notify(f"Niets meer {niets}.", timeout=2)
            return
        await self._toon_hersteld()
        terug, vooruit = editor.geschiedenis.stappen_terug, editor.geschiedenis.stappen_vooruit
        wat = "Ongedaan gemaakt" if ongedaan else "Opnieuw gedaan"
        self.notify(
            f"{wat}. Nog {terug} stap{'pen' if terug != 1 else ''} terug (Ctrl+Z), "
            f"{vooruit} vooruit (Ctrl+Y).",
            timeout=3,
        )

    async def _toon_hersteld(self) -> None:
        """Every screen of the session shows the restored session: the one in view now,
        the ones below when they come back (InSessieScreen.on_screen_resume)."""
        from wievraag.tui.screens.basis import InSessieScreen

        for scherm in self.screen_stack[:-1]:
            if isinstance(scherm, InSessieScreen):
                scherm.verouderd = True
        if isinstance(self.screen, InSessieScreen):
            await self.screen.toon_hersteld()

    def opgeslagen(self) -> None:
        """Keep the header honest about whether everything is on disk."""
        if self.editor is None or self.op_slot:
            return  # under the lock the header shows no family label
        from wievraag.tui.masker import MERK

        staat = "⚠ NIET opgeslagen" if self.editor.autosaver.fout else "✓ opgeslagen"
        gezin = MERK if self.namen_verborgen else self.editor.sessie.gezin
        self.sub_title = f"{gezin} · {staat}"

    # Seconds without a key before the app asks about an outside change: a dialog of its own
    # must not open under someone's fingers (the next letters would go to its buttons, lost).
    RUST_VOOR_VRAAG = 1.5

    def extern_gewijzigd(self) -> None:
        from wievraag.tui.dialogs import Kies

        if self.bestand is None:
            return
        stil = time.monotonic() - self._laatste_invoer
        if stil < self.RUST_VOOR_VRAAG:
            self.set_timer(self.RUST_VOOR_VRAAG - stil, self.extern_gewijzigd)
            return
        if any(isinstance(s, Kies) for s in self.screen_stack):
            return
        uitleg = (
            f"Het bestand {self.bestand.pad.name} is buiten wievraag om veranderd "
            "(met de hand, of door een synchronisatieprogramma). "
            "wievraag overschrijft het niet.\n\n"
            "Samenvoegen: jouw wijzigingen en die in het bestand komen samen; wat op beide "
            "anders is ingevuld, vraagt wievraag je.\n"
            "Kopie: jouw versie wordt een aparte sessie en het bestand wordt opnieuw geladen.\n"
            "Herladen: het bestand op schijf geldt; wat je net hebt gedaan vervalt."
        )
        keuzes = {
            "samenvoegen": "Samenvoegen",
            "kopie": "Mijn versie als kopie",
            "herladen": "Herladen",
        }
        self.push_screen(Kies(uitleg, keuzes), self._na_externe_keuze)

    def _na_externe_keuze(self, keuze: str | None) -> None:
        bestand = self.bestand
        if bestand is None:
            return
        if keuze is None:
            return  # the dialog was left without a choice (quit asks its own question)
        if keuze == "kopie":
            kopie = bestand.bewaar_als_kopie()
            self.notify(f"Jouw versie staat nu in de lijst als kopie ({kopie.name}).")
        try:
            if keuze == "samenvoegen":  # issue 22: both versions, field by field
                bestand.voeg_samen_met_schijf()
            else:
                bestand.herlaad()
        except (BestandFout, OSError) as fout:
            melding = fout.melding if isinstance(fout, BestandFout) else str(fout)
            self.notify(melding, title="Kan niet herladen", severity="error", timeout=10)
            return
        from wievraag.tui.editor import Editor
        from wievraag.tui.screens.afsluiten import NietOpgeslagen
        from wievraag.tui.screens.sessie import SessieScreen

        self.editor = Editor(self, bestand)  # the file's history, not ours
        self.opgeslagen()  # the header names the label in the file, which may have changed

        # A Ctrl+Q that came in between (a click on the choice, then Ctrl+Q before this
        # callback ran) put its quit dialog on top; it asked about the old state and goes with
        # the old screens, but the wish to stop is kept: asked again on the reloaded session.
        # (Or Ctrl+Q landed while the choice was still closing: then the quit dialog went
        # with the choice's own pop; the wish is kept in `wil_stoppen` all the same.)
        wilde_stoppen = self.wil_stoppen or any(
            isinstance(s, NietOpgeslagen) for s in self.screen_stack
        )
        self.wil_stoppen = False
        while isinstance(self.screen, SessieScreen) or len(self.screen_stack) > 2:
            self.pop_screen()
        self.push_screen(SessieScreen())
        if bestand.sync.conflicten:
            from wievraag.tui.screens.conflicten import ConflictScherm

            self.push_screen(ConflictScherm())
        if wilde_stoppen:
            self.call_after_refresh(self.action_quit)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every toast, from every screen and widget, as plain text: toasts carry labels,
        names and file names the user typed, and a `[/bold]` in a family's label must show,
        not crash the toast (nothing of ours puts markup in a toast)."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    # -- app-wide actions ------------------------------------------------------------------

    # Below this width (a projector with big letters, 60×20) choices stack instead of wrapping
    # off the screen; wievraag.tcss has the rules under `.-smal`.
    SMAL = 72
    # Below this height (80×24, 60×20) the screens fold what is less needed (counts, details
    # under a table) to a line, so tables keep their rows (`.-laag` in wievraag.tcss); from
    # BREED columns on a side panel has room.
    LAAG = 30
    BREED = 120

    def on_resize(self, event: events.Resize) -> None:
        self._zet_maatklassen(event.size.width, event.size.height)

    def _zet_maatklassen(self, breedte: int, hoogte: int) -> None:
        self.set_class(breedte < self.SMAL, "-smal")
        # The user's choice of view (instellingen.WEERGAVEN) decides the folding; by default
        # the height does.
        weergave = self.instellingen.weergave
        laag = weergave == "compact" or (weergave == "automatisch" and hoogte < self.LAAG)
        self.set_class(laag, "-laag")
        self.set_class(breedte >= self.BREED, "-breed")

    WEERGAVE_UITLEG = {
        "automatisch": "Automatisch (past zich aan de hoogte van het venster aan)",
        "compact": "Compact (tellingen en details op één regel: de meeste rijen in beeld)",
        "ruim": "Ruim (alles voluit; de tabel schuift)",
    }

    def action_kies_weergave(self) -> None:
        from wievraag.tui.dialogs import KiesUitLijst

        uitleg = (
            "Hoeveel laat wievraag zien rond de tabellen? Compact is handig op een beamer met "
            f"grote letters. Nu: {self.instellingen.weergave}."
        )
        self.push_screen(KiesUitLijst(uitleg, self.WEERGAVE_UITLEG), self.zet_weergave)

    def zet_weergave(self, weergave: str | None) -> None:
        """Use this view from now on and remember it in the user's settings."""
        from dataclasses import replace

        from wievraag.instellingen import WEERGAVEN, bewaar_weergave

        if weergave not in WEERGAVEN:
            return  # the choice was cancelled
        self.instellingen = replace(self.instellingen, weergave=weergave)
        self._zet_maatklassen(self.size.width, self.size.height)
        with contextlib.suppress(OSError):  # a read-only config folder: for this run
            bewaar_weergave(weergave, self._config)
        self.notify(f"Weergave: {weergave}. Zo start wievraag voortaan.", timeout=3)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # Toasts away from the field being filled in: at the bottom (Textual's place) while
        # the focus is in the top half, at the top while it is in the bottom half.
        regio = event.widget.region
        self.set_class(regio.y + regio.height // 2 >= self.size.height // 2, "-toast-boven")

    # -- the lock ---------------------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent) and not isinstance(event, events.MouseMove):
            self._laatste_invoer = time.monotonic()
        if isinstance(event, events.Key) and not event.is_forwarded:
            # Type-ahead (tui/toetsen.py): one key at a time, each where the user meant it.
            if self.toetsrij.houd_vast(event):
                return
            await super().on_event(event)
            self.toetsrij.afgehandeld()
            return
        await super().on_event(event)

    def _controleer_inactief(self) -> None:
        if self.op_slot or not self.vergrendel_na:
            return
        if time.monotonic() - self._laatste_invoer >= self.vergrendel_na:
            self.vergrendel()

    def vergrendel(self, bij_start: bool = False) -> None:
        """Hide everything behind the lock screen; saving goes on underneath."""
        from wievraag.tui.screens.slot import SlotScherm

        if self.op_slot or any(isinstance(s, SlotScherm) for s in self.screen_stack):
            return
        self.op_slot = True
        self.sub_title = ""
        self.clear_notifications()  # a toast may name a family
        self.push_screen(SlotScherm(bij_start=bij_start), self._ontgrendeld)

    def _ontgrendeld(self, _: object = None) -> None:
        self.op_slot = False
        self._laatste_invoer = time.monotonic()
        self.opgeslagen()
        if self.opslag.onderbroken():
            self.notify(
                "Het versleutelen of ontsleutelen van de map is onderbroken. Sluit wievraag en "
                "voer dezelfde opdracht (wievraag versleutel / ontsleutel) opnieuw uit.",
                title="Map half omgezet",
                severity="warning",
                timeout=15,
            )

    def action_verberg_namen(self) -> None:
        self.namen_verborgen = not self.namen_verborgen

    def watch_namen_verborgen(self, verborgen: bool) -> None:
        # Screens refresh themselves (InSessieScreen, HomeScreen watch this); the header here.
        self.opgeslagen()
        self.set_class(verborgen, "-namen-verborgen")
        if not self.op_slot:
            self.clear_notifications()  # a toast may show a name
            self.notify(
                "Namen verborgen: je ziet rollen (oma, buurvrouw 2) in plaats van namen, en "
                "stippen in de velden. Ctrl+L (of F8) toont ze weer."
                if verborgen
                else "Namen weer zichtbaar.",
                timeout=3,
            )

    def on_mount(self) -> None:
        self._zet_maatklassen(self.size.width, self.size.height)
        try:
            versleuteld = self.opslag.versleuteld
        except ValueError as fout:
            # Never guess "plain" for a folder whose encryption marker is damaged.
            self.exit(message=f"De versleuteling van de datamap is niet te lezen: {fout}")
            return
        if versleuteld and self.opslag.kluis is None:
            self.vergrendel(bij_start=True)
        self._meld_reddingskopieen()
        if self.vergrendel_na:
            self.set_interval(min(5.0, max(self.vergrendel_na / 4, 0.1)), self._controleer_inactief)
        # ctrl+z (suspend) may be the last thing before the lid closes: save first.
        self.app_suspend_signal.subscribe(self, lambda _: self.bewaar_nu())
        # Leaving a screen (or a dialog opening over it) puts everything on disk at once:
        # one place, so no screen can forget it.
        self.screen_change_signal.subscribe(self, lambda _: self.bewaar_nu())
        # A closed terminal window (SIGHUP) or a shutdown (SIGTERM) ends the app the normal
        # way, which saves, instead of killing it between two autosaves.
        if sys.platform != "win32":
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGHUP):
                loop.add_signal_handler(sig, self._stop_op_signaal)

    def _meld_reddingskopieen(self) -> None:
        """A rescue copy from an earlier stop (tui/redding.py) is named at the next start:
        the file, never the family (the screen may already be turned to them)."""
        from wievraag.tui.redding import reddingskopieen

        kopieen = reddingskopieen()
        if kopieen:
            self.notify(
                f"Bij een eerdere stop kon niet alles in de sessie worden opgeslagen. Het staat "
                f"in {kopieen[0].parent} ({aantal(len(kopieen), 'bestand', 'bestanden')}, nieuwste "
                f"{kopieen[0].name}). Zet het bestand in de map {self.opslag.map} om het te "
                "openen, of vraag je beheerder.",
                title="Reddingskopie",
                severity="warning",
                timeout=30,
            )

    def _stop_op_signaal(self) -> None:
        """The terminal closed (SIGHUP) or the system stops us (SIGTERM): nobody can be
        asked. Write what can be written, else a rescue copy (tui/redding.py), and go."""
        from wievraag.tui.redding import red_en_stop

        red_en_stop(self)

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(
                CommandPalette(placeholder="Zoek een vraag of opdracht…", id="--command-palette")
            )

    def action_change_theme(self) -> None:
        from textual.command import CommandPalette
        from textual.theme import ThemeProvider

        self.push_screen(
            CommandPalette(providers=[ThemeProvider], placeholder="Zoek een kleurenschema…")
        )

    def action_help(self) -> None:
        from wievraag.tui.screens.help import HelpScreen

        onderwerpen = getattr(self.screen, "hulp_onderwerpen", None)
        if callable(onderwerpen):
            self.push_screen(HelpScreen(*onderwerpen()))
        else:
            self.push_screen(HelpScreen(getattr(self.screen, "HELP_ONDERWERP", "start")))

    # Ctrl+Q was pressed and the app could not stop yet (the quit dialog asks why); cleared
    # when the user stays ("Terug naar de app"). A reload after an outside change asks again.
    wil_stoppen = False

    async def action_quit(self) -> None:
        """Quit, but never silently lose: with anything unsaved, ask (tui/screens/afsluiten.py)."""
        if self.sluit_sessie():
            self.exit()
            return
        self.wil_stoppen = True
        from wievraag.tui.screens.afsluiten import NietOpgeslagen

        if not any(isinstance(s, NietOpgeslagen) for s in self.screen_stack):
            self.push_screen(NietOpgeslagen())

    def verlaat_zonder_opslaan(self, melding: str | None = None) -> None:
        """Quit without saving to the session's file: the user chose it in the dialog (to
        lose the change, or after a copy was saved elsewhere; `melding` says where)."""
        self._laat_sessie_los()
        self.exit(message=melding)

    def _handle_exception(self, error: Exception) -> None:
        # Whatever went wrong, the family's answers go to disk before the app stops.
        from wievraag.tui.redding import red

        with contextlib.suppress(Exception):
            red(self)
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        # Textual's own crash report prints local variables and the exception text: names of
        # a family would end up on the screen (perhaps a projector) and in the scrollback.
        # Print where it went wrong, never with what data.
        self.bell()
        self._exit_renderables.append(crashmelding(self._exception))
        self._close_messages_no_wait()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        # Textual's own "Screenshot" would write names of a family to Downloads: left out.
        yield SystemCommand(
            "Kleurenschema", "Kies een ander kleurenschema", self.action_change_theme
        )
        yield SystemCommand(
            "Weergave", "Compact, ruim of automatisch (wordt onthouden)", self.action_kies_weergave
        )
        yield SystemCommand("Hulp", "Uitleg bij dit scherm en alle toetsen", self.action_help)
        yield SystemCommand(
            "Namen tonen (Ctrl+L)" if self.namen_verborgen else "Namen verbergen (Ctrl+L)",
            "Rollen in plaats van namen, voor een gedraaid of geprojecteerd scherm",
            self.action_verberg_namen,
        )
        # Textual's key panel ("Show keys") lists its editing keys in English: F1 has them all.
        yield SystemCommand("Afsluiten", "Alles opslaan en wievraag sluiten", self.action_quit)
