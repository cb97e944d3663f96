"""Olievlek (Bijlage I): per person of the network, the people around that person.

Pick someone on the left; the names typed on the right are their own network. Someone new
enters the register with `via` that person (second degree); someone already known is only
noted as named here, they keep their own place in the network.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from wievraag.model.familyfinding import Olievlek
from wievraag.model.interviews import TOOL_NAMEN
from wievraag.tui.context import sessie, wv
from wievraag.tui.masker import toon_label, toon_naam
from wievraag.tui.screens.basis import PlekScreen
from wievraag.tui.screens.interview import Plekken
from wievraag.tui.toetsnamen import KLAAR
from wievraag.tui.widgets.genoemd import NoemVeld

TOOL = "olievlek"


class OlievlekScreen(PlekScreen):
    HELP_ONDERWERP = "olievlek"
    HEEFT_UITLEG = True
    BINDINGS = [
        Binding("escape", "terug", "Terug", id="terug"),
        Binding(KLAAR, "klaar", "Klaar", id="interview-klaar", tooltip="Zet op klaar of terug"),
    ]

    def __init__(self, plekken: Plekken | None = None) -> None:
        super().__init__()
        self.plekken = plekken if plekken is not None else {}
        self._gekozen: str | None = None
        self._start = self.plekken.get(TOOL, (0, None))[1]

    def compose(self) -> ComposeResult:
        tekst = wv(self).vragen.bank.interview(TOOL)
        yield Header()
        yield Static("", id="interview-kop")
        yield Static("", id="interview-uitleg")
        yield Static(Text(tekst.inleiding if tekst else ""), classes="interview-inleiding")
        with Horizontal(id="olievlek-vak"):
            yield OptionList(id="olievlek-personen")
            with Vertical(id="olievlek-rechts"):
                yield Static("", id="olievlek-wie")
                yield NoemVeld(id="n-genoemd")
        yield self.footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._toon_lijst(self._start)
        self.query_one("#olievlek-personen", OptionList).focus()
        self._toon_uitleg()

    def olievlek(self, maak: bool = False) -> Olievlek | None:
        s = sessie(self)
        ff = s.family_finding
        if (ff is None or ff.olievlek is None) and maak:
            wv(self).editor_open.doe(s.zorg_voor_olievlek)
            ff = s.family_finding
        return ff.olievlek if ff is not None else None

    def _toon_lijst(self, kies: str | None = None) -> None:
        s = sessie(self)
        lijst = self.query_one("#olievlek-personen", OptionList)
        kies = kies or self._gekozen
        lijst.clear_options()
        # The family's own network first, then the second degree (their network can be asked too).
        personen = sorted(s.personen, key=lambda p: p.via is not None)
        olievlek = self.olievlek()
        for p in personen:
            ronde = olievlek.ronde(p.id) if olievlek is not None else None
            tweede = {q.id for q in s.personen if q.via == p.id}
            genoemd = len(tweede | set(ronde.genoemd if ronde is not None else []))
            merk = f" · {genoemd} genoemd" if genoemd else ""
            via = " (2e graad)" if p.via else ""
            lijst.add_option(Option(Text(f"{toon_label(self, p)}{via}{merk}"), id=p.id))
        if kies is not None and kies in {p.id for p in personen}:
            lijst.highlighted = lijst.get_option_index(kies)
        elif lijst.option_count:
            lijst.highlighted = 0
        self._toon_kop()

    @on(OptionList.OptionHighlighted, "#olievlek-personen")
    def _gekozen_persoon(self, event: OptionList.OptionHighlighted) -> None:
        self._gekozen = event.option.id
        self._toon_rechts()

    @on(OptionList.OptionSelected, "#olievlek-personen")
    def _naar_invoer(self) -> None:
        self.query_one("#n-genoemd Input").focus()

    def _toon_rechts(self) -> None:
        s = sessie(self)
        persoon = s.persoon(self._gekozen) if self._gekozen else None
        veld = self.query_one(NoemVeld)
        if persoon is None:
            self.query_one("#olievlek-wie", Static).update("Nog niemand in het netwerk.")
            veld.display = False
            return
        veld.display = True
        olievlek = self.olievlek()
        ronde = olievlek.ronde(persoon.id) if olievlek is not None else None
        ids = list(ronde.genoemd) if ronde is not None else []
        ids += [q.id for q in s.personen if q.via == persoon.id and q.id not in ids]
        self.query_one("#olievlek-wie", Static).update(
            f"Wie staan er om [b]{escape(toon_naam(self, persoon))}[/b] heen? "
            "(partner, familie, collega's, vrienden)"
        )
        veld.toon(s, ids)

    @on(NoemVeld.Genoemd)
    def _genoemd(self, event: NoemVeld.Genoemd) -> None:
        if self._gekozen is None:
            return
        s = sessie(self)
        ids = [p.id for p in event.personen]
        wv(self).editor_open.doe(s.noem_via, self._gekozen, ids, event.nieuw)
        self._toon_lijst()
        self._toon_rechts()
        self.query_one("#n-genoemd Input").focus()

    @on(NoemVeld.Weg)
    def _weg(self, event: NoemVeld.Weg) -> None:
        olievlek = self.olievlek()
        ronde = olievlek.ronde(self._gekozen) if olievlek and self._gekozen else None
        if ronde is None or event.persoon_id not in ronde.genoemd:
            self.notify("Deze persoon staat via 'via' in het netwerk; pas dat aan bij Personen.")
            return
        over = [p for p in ronde.genoemd if p != event.persoon_id]
        wv(self).editor_open.zet(ronde, genoemd=over)
        self._toon_lijst()
        self._toon_rechts()

    def _toon_kop(self) -> None:
        olievlek = self.olievlek()
        aantal = len({p for r in olievlek.rondes for p in r.genoemd}) if olievlek else 0
        staat = "✓ klaar" if olievlek and olievlek.klaar else "begonnen" if olievlek else "leeg"
        self.query_one("#interview-kop", Static).update(
            f"[b]{TOOL_NAMEN['olievlek']}[/b] · {staat} · {aantal} personen genoemd · "
            "Enter: noem hun mensen"
        )

    def toon_uitleg(self, zichtbaar: bool) -> None:
        self._toon_uitleg()

    def _toon_uitleg(self) -> None:
        tekst = wv(self).vragen.bank.interview(TOOL)
        vak = self.query_one("#interview-uitleg", Static)
        vak.display = wv(self).uitleg and tekst is not None
        if tekst is not None:
            vak.update(
                f"[b]Waarom en hoe?[/b] {escape(tekst.uitleg)}\n"
                f"[dim]Uitleg in eigen woorden; zie {escape(tekst.bron)}.[/dim]"
            )

    def action_klaar(self) -> None:
        editor = wv(self).editor_open
        with editor.stap():
            olievlek = self.olievlek(maak=True)
            assert olievlek is not None
            editor.zet(olievlek, klaar=not olievlek.klaar)
        self._toon_kop()

    async def toon_hersteld(self) -> None:
        self._toon_lijst()
        self._toon_rechts()

    def _onthoud(self) -> None:
        self.plekken[TOOL] = (0, self._gekozen)
