"""Asking one wie-vraag: who it was asked to, the answer, and the people it brought up."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import (
    Header,
    Input,
    Label,
    RadioButton,
    RadioSet,
    Select,
    Static,
    TextArea,
)

from wievraag.model import STATUSSEN, Antwoord, Status, Vraag
from wievraag.opmaak import moment
from wievraag.tui.context import sessie, wv
from wievraag.tui.masker import toon_naam, verberg_tekst
from wievraag.tui.screens.basis import InSessieScreen
from wievraag.tui.widgets.genoemd import NoemVeld
from wievraag.tui.widgets.keuzes import Rondje
from wievraag.tui.widgets.status import SYMBOOL
from wievraag.tui.widgets.velden import Invoer, Tekstvak


class AntwoordScreen(InSessieScreen):
    HELP_ONDERWERP = "antwoord"
    BINDINGS = [
        Binding("escape", "terug", "Terug", id="terug"),
        Binding("ctrl+r", "opnieuw", "Opnieuw", id="opnieuw", tooltip="Stel de vraag opnieuw"),
    ]

    def __init__(self, vraag_id: str, appel: str | None = None) -> None:
        super().__init__()
        self.vraag_id = vraag_id
        # Asked from an appèl's last step: new answers link back to that appèl.
        self.appel = appel
        self._antwoord_id: str | None = None

    # -- building ----------------------------------------------------------------------------

    @property
    def vraag(self) -> Vraag:
        vraag = wv(self).vragen.vraag(self.vraag_id)
        if vraag is not None:
            return vraag
        # An answer to an own question that was removed since: the session still knows the text.
        eerder = sessie(self).antwoorden_op(self.vraag_id)
        tekst = eerder[-1].vraag_tekst if eerder else self.vraag_id
        return Vraag(id=self.vraag_id, thema="eigen", tekst=tekst)

    def compose(self) -> ComposeResult:
        vraag = self.vraag
        thema = wv(self).vragen.thema(vraag.thema)
        yield Header()
        with VerticalScroll(id="antwoord-vak"):
            bron = f" · bron: {vraag.bron}" if vraag.bron else ""
            yield Static(f"{thema.naam if thema else 'Vraag'}{bron}", id="antwoord-bron")
            yield Static("", id="antwoord-context")
            # The source's lead-in or the question this one follows ("En zo ja, ..."): without
            # it some questions mean nothing.
            if aanloop := wv(self).vragen.bank.aanloop(vraag):
                yield Static(Text(aanloop, style="italic"), id="antwoord-aanloop")
            yield Static(Text(vraag.tekst), id="antwoord-vraag")
            yield Static("", id="eerder")
            # Asked again: in other words, as Family Finding advises after a "no".
            with Horizontal(classes="veldregel", id="anders-regel"):
                yield Label("Nu gevraagd", classes="veldnaam")
                yield Invoer(
                    placeholder="zo vroeg je het deze keer, als je het anders zei",
                    id="anders-gevraagd",
                    compact=True,
                )
            with Horizontal(classes="veldregel"):
                yield Label("Gesteld aan", classes="veldnaam")
                yield Invoer(
                    placeholder="bijv. moeder, vader, oudste dochter",
                    id="gesteld-aan",
                    compact=True,
                )
            yield Label("Antwoord", classes="veldkop")
            yield Tekstvak(
                id="antwoord-tekst", soft_wrap=True, show_line_numbers=False, tab_behavior="focus"
            )
            yield NoemVeld(label="Genoemd", invoer_id="persoon-invoer", lijst_id="genoemd")
            with Horizontal(classes="veldregel"):
                yield Label("Hoe ging het?", classes="veldnaam")
                with RadioSet(id="status", compact=True):
                    for sleutel, woord in STATUSSEN.items():
                        yield Rondje(
                            f"{SYMBOOL[sleutel]} {woord}", id=f"st-{sleutel}", compact=True
                        )
            # §3.1.6: which "nee" it was says which conversation comes next.
            with Horizontal(classes="veldregel"):
                yield Label("Soort nee", classes="veldnaam")
                yield Select(
                    [(t.tekst, t.id) for t in wv(self).vragen.bank.nee_soorten],
                    prompt="(geen nee)",
                    id="nee",
                    compact=True,
                )
            yield Static("", id="nee-uitleg", classes="hint")
        yield self.footer()

    def on_mount(self) -> None:
        eerder = sessie(self).antwoorden_op(self.vraag_id)
        if self.appel is not None:
            # Asked again for this appèl: an answer given outside it is not this one.
            eerder = [a for a in eerder if a.appel == self.appel]
        self._antwoord_id = eerder[-1].id if eerder else None
        self._vul()
        self.query_one(TextArea).focus()

    def toon_namen(self) -> None:
        self._toon_eerder()
        self._toon_genoemd()
        self._toon_context()

    def _vul(self) -> None:
        """Show the current answer (or empty fields for a new one)."""
        antwoord = self._huidig(maak=False)
        self.query_one("#gesteld-aan", Input).value = antwoord.gesteld_aan if antwoord else ""
        anders = self.query_one("#anders-gevraagd", Input)
        anders.value = antwoord.anders_gevraagd if antwoord else ""
        nee = self.query_one("#nee", Select)
        with nee.prevent(Select.Changed):
            nee.value = antwoord.nee if antwoord and antwoord.nee else Select.NULL
        self._toon_nee()
        tekstvak = self.query_one(TextArea)
        tekstvak.text = antwoord.antwoord if antwoord else ""
        tekstvak.move_cursor(tekstvak.document.end)  # go on where the answer ended
        for knop in self.query(RadioButton):
            knop.value = antwoord is not None and knop.id == f"st-{antwoord.status}"
        self._toon_eerder()
        self._toon_genoemd()
        self._toon_context()

    def _toon_context(self) -> None:
        """Say so when this answer belongs to an appèl: it is part of passing that appèl on."""
        antwoord = self._huidig(maak=False)
        appel_id = antwoord.appel if antwoord is not None else self.appel
        appel = sessie(self).appel(appel_id) if appel_id else None
        vak = self.query_one("#antwoord-context", Static)
        vak.display = appel is not None
        if appel is not None:
            vak.update(Text(f"↪ Bij appèl: {verberg_tekst(self, appel.kort)}"))

    def _toon_eerder(self) -> None:
        eerder = [a for a in sessie(self).antwoorden_op(self.vraag_id) if a.id != self._antwoord_id]
        vak = self.query_one("#eerder", Static)
        vak.display = bool(eerder)
        self.query_one("#anders-regel").display = bool(eerder)
        regels = Text("Eerder gesteld:\n", style="bold")
        for a in eerder:
            regels.append(f"{SYMBOOL[a.status]} {moment(a.tijd)} · {STATUSSEN[a.status]}")
            if a.gesteld_aan:
                regels.append(f" · aan {verberg_tekst(self, a.gesteld_aan)}")
            if a.anders_gevraagd:
                regels.append(f" · gevraagd als “{verberg_tekst(self, a.anders_gevraagd)}”")
            if a.antwoord:
                kort = verberg_tekst(self, a.antwoord).replace("\n", " ")
                regels.append(f" · “{kort[:60]}{'…' if len(kort) > 60 else ''}”", style="italic")
            regels.append("\n")
        vak.update(regels)

    def _toon_genoemd(self) -> None:
        antwoord = self._huidig(maak=False)
        s = sessie(self)
        self.query_one(NoemVeld).toon(s, antwoord.personen if antwoord else [])

    # -- the answer in the model -------------------------------------------------------------

    def _huidig(self, maak: bool = True) -> Antwoord | None:
        s = sessie(self)
        if self._antwoord_id is not None:
            antwoord = s.antwoord(self._antwoord_id)
            if antwoord is not None:
                return antwoord
        if not maak:
            return None
        antwoord = Antwoord(vraag=self.vraag_id, vraag_tekst=self.vraag.tekst, appel=self.appel)
        wv(self).editor_open.voeg_toe(s, "antwoorden", antwoord)
        self._antwoord_id = antwoord.id
        # After this handler: by then a status chosen by the user is in the model too.
        self.call_after_refresh(self._markeer_status)
        return antwoord

    def _markeer_status(self) -> None:
        antwoord = self._huidig(maak=False)
        if antwoord is not None:
            self.query_one(f"#st-{antwoord.status}", RadioButton).value = True

    @on(Input.Changed, "#gesteld-aan")
    def _gesteld_aan(self, event: Input.Changed) -> None:
        huidig = self._huidig(maak=False)
        if event.value == (huidig.gesteld_aan if huidig else ""):
            return  # our own filling-in, not the user's typing
        antwoord = self._huidig()
        assert antwoord is not None
        wv(self).editor_open.zet(antwoord, gesteld_aan=event.value)

    @on(Input.Changed, "#anders-gevraagd")
    def _anders(self, event: Input.Changed) -> None:
        huidig = self._huidig(maak=False)
        if event.value == (huidig.anders_gevraagd if huidig else ""):
            return
        antwoord = self._huidig()
        assert antwoord is not None
        wv(self).editor_open.zet(antwoord, anders_gevraagd=event.value)

    @on(Select.Changed, "#nee")
    def _nee(self, event: Select.Changed) -> None:
        gekozen = None if event.value is Select.NULL else str(event.value)
        huidig = self._huidig(maak=False)
        if gekozen != (huidig.nee if huidig else None):
            antwoord = self._huidig()
            assert antwoord is not None
            wv(self).editor_open.zet(antwoord, nee=gekozen)
        self._toon_nee()

    def _toon_nee(self) -> None:
        """What this kind of "nee" asks of the conversation (the bank's own words)."""
        antwoord = self._huidig(maak=False)
        soort = next(
            (t for t in wv(self).vragen.bank.nee_soorten if antwoord and t.id == antwoord.nee),
            None,
        )
        self.query_one("#nee-uitleg", Static).update(Text(soort.uitleg if soort else ""))

    @on(TextArea.Changed)
    def _antwoord(self, event: TextArea.Changed) -> None:
        huidig = self._huidig(maak=False)
        tekst = event.text_area.text
        if tekst == (huidig.antwoord if huidig else ""):
            return
        antwoord = self._huidig()
        assert antwoord is not None
        wv(self).editor_open.zet(antwoord, antwoord=tekst)

    @on(RadioSet.Changed)
    def _status(self, event: RadioSet.Changed) -> None:
        status: Status = event.pressed.id.removeprefix("st-")  # type: ignore[union-attr,assignment]
        huidig = self._huidig(maak=False)
        if huidig is not None and huidig.status == status:
            return
        antwoord = self._huidig()
        assert antwoord is not None
        wv(self).editor_open.zet(antwoord, status=status)

    @on(NoemVeld.Genoemd)
    def _noem(self, event: NoemVeld.Genoemd) -> None:
        editor = wv(self).editor_open
        with editor.stap():
            antwoord = self._huidig()
            assert antwoord is not None
            nieuw = [p.id for p in event.personen if p.id not in antwoord.personen]
            editor.zet(antwoord, personen=[*antwoord.personen, *nieuw])
        self._toon_genoemd()

    @on(NoemVeld.Weg)
    def _haal_weg(self, event: NoemVeld.Weg) -> None:
        antwoord = self._huidig(maak=False)
        if antwoord is None:
            return
        wv(self).editor_open.zet(
            antwoord, personen=[p for p in antwoord.personen if p != event.persoon_id]
        )
        persoon = sessie(self).persoon(event.persoon_id)
        self._toon_genoemd()
        if persoon is not None:
            self.notify(
                f"{toon_naam(self, persoon)} hoort niet meer bij dit antwoord "
                "(wel nog in het netwerk).",
                timeout=3,
            )

    # -- actions -----------------------------------------------------------------------------

    def action_opnieuw(self) -> None:
        """Ask the question again (rephrased, another visit): a new answer, the old ones kept."""
        if self._huidig(maak=False) is None:
            self.notify("Deze vraag heeft nog geen antwoord; vul het gewoon in.", timeout=3)
            return
        self._antwoord_id = None
        self._vul()
        self.query_one(TextArea).focus()
        self.notify("Nieuw antwoord; het vorige blijft bewaard.", timeout=3)

    def action_terug(self) -> None:
        self.app.pop_screen()
