"""One appèl, step by step (§2.5): herken, overweeg, bespreek, verleg.

One step at a time, in any order: F4/F5 move back and forward (free keys in every text field),
and the appèl remembers its step, so leaving half-way and coming back goes on where it was.
Like an answer, a new appèl only enters the session once something is filled in.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.markup import escape
from textual.widgets import (
    Header,
    Input,
    RadioButton,
    RadioSet,
    Select,
    Static,
    TextArea,
)

from wievraag.model import SOORTEN, STAPPEN, VAN, Appel, AppelStap, nu
from wievraag.opmaak import moment
from wievraag.tui.context import sessie, wv
from wievraag.tui.masker import toon_naam, verberg_tekst
from wievraag.tui.screens.basis import InSessieScreen
from wievraag.tui.toetsnamen import APPEL, NIEUW, VOLGENDE, VORIGE
from wievraag.tui.widgets import appelstappen
from wievraag.tui.widgets.appelstappen import veld_pad
from wievraag.tui.widgets.genoemd import NoemVeld
from wievraag.tui.widgets.status import SYMBOOL, appel_staat
from wievraag.tui.widgets.uitleg import panelen_bij

_LEEG = Appel()  # what an appèl that does not exist yet "contains": every field's default


class AppelScreen(InSessieScreen):
    HELP_ONDERWERP = "appel"
    HEEFT_UITLEG = True
    BINDINGS = [
        # F2 works here too (a new appèl replaces this one on screen); it is left out of the
        # footer, which needs its 80 columns for the steps.
        Binding(APPEL, "nieuw_appel", "Nieuw appèl", show=False, priority=True),
        Binding("escape", "terug", "Terug", id="terug"),
        Binding(VORIGE, "stap(-1)", "Vorige", id="vorige-stap", priority=True),
        Binding(VOLGENDE, "stap(1)", "Volgende", id="volgende-stap"),
        Binding(NIEUW, "wievragen", "Wie-vragen", id="appel-wievragen"),
    ]

    def __init__(self, appel_id: str | None = None) -> None:
        super().__init__()
        self.appel_id = appel_id
        self._start = nu()  # an appèl comes unannounced: its time is when F2 was pressed
        self._stap = 1

    # -- building ----------------------------------------------------------------------------

    def _stappen(self) -> list[AppelStap]:
        return wv(self).vragen.bank.appel_stappen

    def compose(self) -> ComposeResult:
        herken, overweeg, bespreek, verleg = self._stappen()
        yield Header()
        yield Static("", id="appel-voortgang")
        yield Static("", id="appel-kop")
        uitleg = Static("", id="appel-uitleg")
        # With F3 a panel of the method follows the explanation (panelen_bij); what does
        # not fit the panel's height scrolls instead of being cut off.
        uitleg.styles.overflow_y = "auto"
        yield uitleg
        # Not a focus stop of its own (it showed no highlight): it scrolls to the focused field.
        with VerticalScroll(id="appel-vak", can_focus=False):
            yield from appelstappen.herken(herken)
            yield from appelstappen.overweeg(overweeg)
            yield from appelstappen.bespreek(bespreek)
            yield from appelstappen.verleg(verleg)
        yield self.footer()

    def on_mount(self) -> None:
        appel = self._appel()
        self._stap = appel.stap if appel is not None else 1
        self._vul(appel or _LEEG)
        self._toon_stap()

    def toon_namen(self) -> None:
        self._toon_kop()
        self._toon_genoemd()
        self._toon_bij_appel()

    def _vul(self, appel: Appel) -> None:
        for veld in self.query(".veld"):
            waarde = _waarde(appel, veld.id or "")
            if isinstance(veld, Input):
                veld.value = waarde or ""
            elif isinstance(veld, TextArea):
                veld.text = waarde or ""
                veld.move_cursor(veld.document.end)  # go on where the text ended
            elif isinstance(veld, Select):
                veld.value = waarde if waarde is not None else Select.NULL
            elif isinstance(veld, RadioSet):
                for knop in veld.query(RadioButton):
                    knop.value = knop.id == f"{veld.id}--{waarde}"
        self._toon_genoemd()
        self._toon_bij_appel()

    # -- the appèl in the model --------------------------------------------------------------

    def _appel(self, maak: bool = False) -> Appel | None:
        s = sessie(self)
        if self.appel_id is not None:
            appel = s.appel(self.appel_id)
            if appel is not None:
                return appel
        if not maak:
            return None
        appel = Appel(tijd=self._start, stap=self._stap)
        wv(self).editor_open.voeg_toe(s, "appels", appel)
        self.appel_id = appel.id
        return appel

    def _zet(self, veld_id: str | None, waarde: Any) -> None:
        if not veld_id:
            return
        if _waarde(self._appel() or _LEEG, veld_id) == waarde:
            return  # the form being filled in, not the user's typing
        editor = wv(self).editor_open
        with editor.stap():
            appel = self._appel(maak=True)
            assert appel is not None
            stap, veld = veld_pad(veld_id)
            editor.doe(appel.vul_in, stap, veld, waarde)  # type: ignore[arg-type]
        self._toon_kop()
        if veld == "soort":
            self._toon_bespreek_vragen()

    @on(Input.Changed, ".veld")
    def _invoer(self, event: Input.Changed) -> None:
        self._zet(event.input.id, event.value)

    @on(TextArea.Changed, ".veld")
    def _tekst(self, event: TextArea.Changed) -> None:
        self._zet(event.text_area.id, event.text_area.text)

    @on(Select.Changed, ".veld")
    def _keuze(self, event: Select.Changed) -> None:
        self._zet(event.select.id, None if event.value is Select.NULL else event.value)

    @on(RadioSet.Changed, ".veld")
    def _rondje(self, event: RadioSet.Changed) -> None:
        self._zet(event.radio_set.id, (event.pressed.id or "").partition("--")[2])

    @on(NoemVeld.Genoemd)
    def _noem(self, event: NoemVeld.Genoemd) -> None:
        editor = wv(self).editor_open
        with editor.stap():
            appel = self._appel(maak=True)
            assert appel is not None
            rol = (event.veld.id or "").removeprefix("veld-")
            eerder: list[str] = getattr(appel.verleg, rol)
            editor.doe(appel.verleg_naar, rol, [*eerder, *(p.id for p in event.personen)])
        self._toon_genoemd()
        self._toon_kop()

    @on(NoemVeld.Weg)
    def _haal_weg(self, event: NoemVeld.Weg) -> None:
        appel = self._appel()
        if appel is None:
            return
        rol = (event.veld.id or "").removeprefix("veld-")
        eerder: list[str] = getattr(appel.verleg, rol)
        wv(self).editor_open.zet(
            appel.verleg, **{rol: [p for p in eerder if p != event.persoon_id]}
        )
        self._toon_genoemd()
        persoon = sessie(self).persoon(event.persoon_id)
        if persoon is not None:
            self.notify(
                f"{toon_naam(self, persoon)} is van deze lijst gehaald (wel nog in het netwerk)."
            )

    # -- showing -----------------------------------------------------------------------------

    def _toon_stap(self) -> None:
        for nummer, stap in enumerate(STAPPEN, 1):
            self.query_one(f"#stap-{stap}").display = nummer == self._stap
        self._toon_kop()
        self._toon_uitleg()
        self._toon_bespreek_vragen()
        self.query_one("#appel-vak", VerticalScroll).scroll_home(animate=False)
        self.refresh_bindings()
        huidig = self.query_one(f"#stap-{STAPPEN[self._stap - 1]}")
        eerste = huidig.query("Input, TextArea, RadioSet, Select").first()
        self.call_after_refresh(eerste.focus)

    def _toon_kop(self) -> None:
        appel = self._appel()
        delen = []
        for nummer, stap in enumerate(STAPPEN, 1):
            # Symbol and reverse video, not colour, say where you are; a click goes there.
            if nummer == self._stap:
                merk, stijl = "▶", "reverse b "
            else:
                merk, stijl = ("✓" if appel and appel.gedaan(stap) else "○"), ""
            delen.append(
                f"[{stijl}@click=screen.naar({nummer})]{merk}{nummer} {stap.capitalize()}[/]"
            )
        # Short enough for 60 columns (big letters on a projector), all four steps in view.
        self.query_one("#appel-voortgang", Static).update(
            f"[b]Stap {self._stap}/{len(STAPPEN)}[/b] · " + "  ".join(delen)
        )
        if appel is None:
            kop = Text(f"Nieuw appèl · {moment(self._start)}")
        else:
            kop = Text(f"{moment(appel.tijd)} · {appel_staat(appel)}")
            if appel.van:
                kop.append(f" · van {VAN[appel.van]}")
            if appel.soort:
                kop.append(f" · {SOORTEN[appel.soort]}")
            kop.append(f" · {verberg_tekst(self, appel.kort)}", style="italic")
        self.query_one("#appel-kop", Static).update(kop)

    def toon_uitleg(self, zichtbaar: bool) -> None:
        self._toon_uitleg()

    def _toon_uitleg(self) -> None:
        vak = self.query_one("#appel-uitleg", Static)
        vak.display = wv(self).uitleg
        stap = self._stappen()[self._stap - 1]
        tekst = Text.from_markup(
            f"[b]Waarom deze stap?[/b] {escape(stap.uitleg)}\n"
            f"[dim]Vragen woordelijk uit de handreiking, {escape(stap.bron)}.[/dim]"
        )
        panelen_bij(tekst, wv(self).vragen.bank, f"appel:{stap.id}")
        vak.update(tekst)

    def _toon_bespreek_vragen(self) -> None:
        gekregen, gevoeld, waarom_jij, waarom_ik = self._stappen()[2].vragen
        appel = self._appel()
        soort = appel.soort if appel is not None else None
        if soort == "gekregen":
            gezegd, antwoord = gekregen, waarom_jij
        elif soort == "gevoeld":
            gezegd, antwoord = gevoeld, waarom_ik
        else:
            gezegd, antwoord = f"{gekregen} / {gevoeld}", f"{waarom_jij} / {waarom_ik}"
        self.query_one("#vraag-gezegd", Static).update(Text(gezegd))
        self.query_one("#vraag-antwoord", Static).update(Text(antwoord))

    def _toon_genoemd(self) -> None:
        s = sessie(self)
        appel = self._appel()
        for rol in ("doen", "meedenken"):
            ids: list[str] = getattr(appel.verleg, rol) if appel is not None else []
            self.query_one(f"#veld-{rol}", NoemVeld).toon(s, ids)

    def _toon_bij_appel(self) -> None:
        s = sessie(self)
        antwoorden = s.antwoorden_bij(self.appel_id) if self.appel_id else []
        regels = Text.assemble(("Ctrl+F", "bold"), " (F6) stelt een wie-vraag bij dit appèl.")
        for antwoord in antwoorden:
            namen = [
                toon_naam(self, p) for pid in antwoord.personen if (p := s.persoon(pid)) is not None
            ]
            regels.append(f"\n{SYMBOOL[antwoord.status]} {antwoord.vraag_tekst}")
            if namen:
                regels.append(f" → {', '.join(namen)}", style="bold")
        self.query_one("#bij-appel", Static).update(regels)

    # -- actions -----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Keys that do nothing here are hidden: the footer must fit 80 columns.
        if action == "stap" and parameters and isinstance(parameters[0], int):
            return 1 <= self._stap + parameters[0] <= len(STAPPEN)
        if action == "wievragen":
            return self._stap == len(STAPPEN)
        return super().check_action(action, parameters)

    def action_stap(self, richting: int) -> None:
        self.action_naar(self._stap + richting)

    def action_naar(self, stap: int) -> None:
        if not 1 <= stap <= len(STAPPEN) or stap == self._stap:
            return
        self._stap = stap
        appel = self._appel()
        if appel is not None:
            wv(self).editor_open.zet(appel, stap=stap)
        self._toon_stap()

    def action_wievragen(self) -> None:
        from wievraag.tui.screens.wievragen import WieVragenScreen

        appel = self._appel(maak=True)  # answers can only link to an appèl that exists
        assert appel is not None
        self.app.push_screen(WieVragenScreen(appel.id))

    def action_nieuw_appel(self) -> None:
        # Already in an appèl: this one is kept as it is, the new one takes its place.
        self.app.switch_screen(AppelScreen())

    def on_screen_resume(self) -> None:
        self._toon_bij_appel()
        self._toon_genoemd()
        self._toon_kop()

    def action_terug(self) -> None:
        self.app.pop_screen()


def _waarde(appel: Appel, veld_id: str) -> Any:
    stap, veld = veld_pad(veld_id)
    return getattr(appel.blok(stap) if stap else appel, veld)  # type: ignore[arg-type]
