"""The referral (001 §2.3): who referred, whom the referrer named as support, and whom the
family invited to the first meeting.

The people the referrer names go into the register as named (nobody is approached by
recording it); inviting someone to the first meeting is approaching them, so that asks for
the parent's consent (`mag_in_plan`), as everywhere.
"""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header, Input, Label, Static, TextArea

from wievraag.model import Aanmelding
from wievraag.opmaak import datum_uitleg, lees_datum
from wievraag.tui.context import sessie, wv
from wievraag.tui.masker import toon_label
from wievraag.tui.screens.basis import InSessieScreen
from wievraag.tui.screens.plan import DATUM, noem_in_plan, regel, toon_datum
from wievraag.tui.widgets.genoemd import GenoemdLijst, namen_suggester, noem
from wievraag.tui.widgets.uitleg import UitlegVak
from wievraag.tui.widgets.velden import Invoer, Tekstvak


class AanmeldingScreen(InSessieScreen):
    HELP_ONDERWERP = "aanmelding"
    HEEFT_UITLEG = True
    BINDINGS = [Binding("escape", "terug", "Terug", id="terug")]

    def compose(self) -> ComposeResult:
        a = sessie(self).aanmelding or Aanmelding()
        yield Header()
        # Not a focus stop of its own (it showed no highlight): it scrolls to the focused field.
        with VerticalScroll(id="plan-vak", can_focus=False):
            yield Static("Aanmelding: het netwerk vanaf de eerste dag", classes="titel")
            yield regel(
                "Datum", Invoer(toon_datum(a.datum), placeholder=DATUM, id="datum", compact=True)
            )
            yield Static("", id="datum-uitleg", classes="hint")
            yield regel(
                "Verwijzer",
                Invoer(a.verwijzer, placeholder="bijv. huisarts, wijkteam", id="verwijzer",
                       compact=True),
            )  # fmt: skip
            yield regel(
                "Steun genoemd",
                Invoer(placeholder="wie noemde de verwijzer? naam (relatie) + Enter",
                       id="noem-steun", compact=True),
            )  # fmt: skip
            yield GenoemdLijst(id="lijst-steun", classes="genoemd")
            yield regel(
                "Uitgenodigd",
                Invoer(placeholder="voor het eerste gesprek: naam + Enter (met toestemming)",
                       id="noem-start", compact=True),
            )  # fmt: skip
            yield GenoemdLijst(id="lijst-start", classes="genoemd")
            yield Static(
                "Delete haalt iemand van een lijst (niet uit het netwerk).", classes="hint"
            )
            yield Label("Notitie", classes="veldkop")
            yield Tekstvak(a.notitie, id="notitie", soft_wrap=True, tab_behavior="focus")
            yield UitlegVak("aanmelding", id="aanmelding-uitleg")
        yield self.footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._toon()
        self._toon_datum()
        self.query_one("#datum", Input).focus()

    def _toon(self) -> None:
        s = sessie(self)
        a = s.aanmelding or Aanmelding()
        for rol, ids in (("steun", a.steun_genoemd), ("start", a.uitgenodigd)):
            self.query_one(f"#lijst-{rol}", GenoemdLijst).toon(s, ids)
            self.query_one(f"#noem-{rol}", Input).suggester = namen_suggester(s)

    def _toon_datum(self) -> None:
        uitleg = datum_uitleg(self.query_one("#datum", Input).value)
        self.query_one("#datum-uitleg", Static).update(uitleg)

    def _zet(self, **velden: object) -> None:
        s = sessie(self)
        huidig = s.aanmelding or Aanmelding()
        if all(getattr(huidig, k) == v for k, v in velden.items()):
            return  # filling in the form, not a change: no referral is made for it
        editor = wv(self).editor_open
        with editor.stap():
            editor.zet(editor.doe(s.zorg_voor_aanmelding), **velden)

    @on(Input.Changed, "#datum, #verwijzer")
    def _invoer(self, event: Input.Changed) -> None:
        if event.input.id == "datum":
            self._toon_datum()
            dag = lees_datum(event.value)
            if dag is not None or not event.value.strip():
                self._zet(datum=dag)
        else:
            self._zet(verwijzer=event.value)

    @on(TextArea.Changed, "#notitie")
    def _notitie(self, event: TextArea.Changed) -> None:
        self._zet(notitie=event.text_area.text)

    @on(Input.Submitted, "#noem-steun")
    def _steun(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            return
        editor = wv(self).editor_open
        s = sessie(self)
        with editor.stap():
            personen, melding = noem(self, event.value, lambda p: toon_label(self, p))
            aanmelding = editor.doe(s.zorg_voor_aanmelding)
            editor.doe(aanmelding.noem_steun, [p.id for p in personen])
        event.input.value = ""
        if melding:
            self.notify(melding, timeout=3)
        self._toon()

    @on(Input.Submitted, "#noem-start")
    @work(exclusive=True, group="start")
    async def _start(self, event: Input.Submitted) -> None:
        editor = wv(self).editor_open
        for persoon in await noem_in_plan(self, event.value):
            editor.doe(sessie(self).nodig_uit_voor_start, persoon.id)
        event.input.value = ""
        self._toon()

    @on(GenoemdLijst.HaalWeg)
    def _haal_weg(self, event: GenoemdLijst.HaalWeg) -> None:
        a = sessie(self).aanmelding
        if a is None:
            return
        editor = wv(self).editor_open
        if event.lijst.id == "lijst-steun":
            editor.doe(a.haal_weg, "steun_genoemd", event.persoon_id)
        else:
            editor.doe(a.haal_weg, "uitgenodigd", event.persoon_id)
        self._toon()

    def action_terug(self) -> None:
        self.app.pop_screen()
