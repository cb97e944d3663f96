"""The Kaart tab: the network drawn (circles, ecogram, olievlek, genogram), one view at a time.

Read from the model each time it is shown (no copy of the data), drawn by the pure layout
code in `wievraag.tekening`, the same drawing "save as SVG" writes. Names go through the
privacy mask (F8). ←/→ switch the view, w saves it as SVG in the exports folder.

Drawn only while the tab is shown, once per state of the session (widgets/inbeeld.py): the
session opens on another tab, and a big family's drawing is made when someone looks at it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from wievraag.opmaak import aantal
from wievraag.tekening.genogram import leg_uit
from wievraag.tekening.genogram_weergave import SVG_MIN_BREEDTE, als_svg
from wievraag.tekening.kaarten import GENOGRAM as GENOGRAM_ID
from wievraag.tekening.kaarten import Kaart, kaarten, teken, telling
from wievraag.tekening.svg import naar_svg
from wievraag.tekening.tekst import naar_tekst
from wievraag.tui.context import sessie, wv
from wievraag.tui.masker import naam_functie, namen_verborgen, verberg_tekst
from wievraag.tui.widgets.genogram import GenogramTekening
from wievraag.tui.widgets.inbeeld import Getekend
from wievraag.tui.widgets.uitleg import UitlegVak

if TYPE_CHECKING:
    from wievraag.tui.screens.cirkel import CirkelPlekken

SVG_MAAT = (120, 40)  # cells; a saved drawing is for reading and printing, not this screen
KOP_REGELS = 3
# The genogram has its own layout (generations as rows, tekening/genogram.py) and its own
# widget, which scrolls a family wider than the screen; it is the last view of the tab.
GENOGRAM = Kaart(GENOGRAM_ID, "Genogram", GENOGRAM_ID)


class KaartPaneel(VerticalScroll, can_focus=True):
    BINDINGS = [
        Binding("right", "wissel(1)", "Kaart", key_display="←→", id="kaart-volgende"),
        Binding("left", "wissel(-1)", "Vorige kaart", show=False, id="kaart-vorige"),
        Binding("w", "bewaar_svg", "SVG", id="kaart-svg", tooltip="Bewaar deze kaart als SVG"),
        # Named in the heading (the footer keeps its 80 columns): a new sociogram with one of
        # the questions of blog 003 or an own one, and placing people in the circle shown.
        Binding("n", "nieuw_sociogram", "Nieuw sociogram", show=False, id="kaart-nieuw"),
        Binding("enter", "plaats", "Plaats mensen", show=False, id="kaart-plaats"),
    ]

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sleutel: str | None = None  # the view shown; None = the first
        self.plekken: CirkelPlekken = {}  # where the circle screen was, while the session is open
        self._getekend = Getekend()

    def compose(self) -> ComposeResult:
        yield Static("", id="kaart-kop")
        yield UitlegVak("ecogram", id="kaart-uitleg")  # F3: the view's explanation
        yield Static("", id="kaart-tekening")
        genogram = GenogramTekening(naam_functie(self), id="kaart-genogram")
        # Hidden until it is the view chosen: shown, it would lay out the family on its own.
        genogram.display = False
        yield genogram

    def on_mount(self) -> None:
        # F3 shows or hides the explanation above the drawing: draw it to the room left.
        self.watch(self.app, "uitleg", lambda _: self.ververs(), init=False)
        self.ververs()

    def on_resize(self, _: events.Resize) -> None:
        self.ververs()  # also sent when the tab comes into view

    def on_show(self, _: events.Show) -> None:
        self.ververs()

    def _kaart(self) -> tuple[int, list[Kaart]]:
        lijst = [*kaarten(sessie(self)), GENOGRAM]
        sleutels = [k.sleutel for k in lijst]
        index = sleutels.index(self.sleutel) if self.sleutel in sleutels else 0
        return index, lijst

    def ververs(self) -> None:
        """Draw the view chosen, if the tab is shown and it is not drawn so already."""
        if not self.size.width:
            return  # not laid out yet (a hidden tab): Resize and Show come when it is shown
        index, lijst = self._kaart()
        self.sleutel = lijst[index].sleutel  # a removed circle: the first view
        uitleg = wv(self).uitleg
        if self._getekend.nodig(self, self.sleutel, namen_verborgen(self), self.size, uitleg):
            self._teken()
        elif self.sleutel == GENOGRAM.sleutel:
            self.query_one(GenogramTekening).ververs()  # it keeps its own drawing too

    def _teken(self) -> None:
        s = sessie(self)
        index, lijst = self._kaart()
        kaart = lijst[index]
        self.sleutel = kaart.sleutel
        kop = Text(no_wrap=True, overflow="ellipsis")
        kop.append(f"◀ {index + 1}/{len(lijst)} ▶ ", style="bold")
        # Kaart.kop: the kind in brackets only after a circle's own question, never
        # "Genogram (genogram)".
        kop.append(verberg_tekst(self, kaart.kop), style="bold")
        genogram = kaart is GENOGRAM
        if genogram:
            # With the names the drawing below uses: the same layout, made once (kept by
            # tekening/genogram.py), not a second one with the real names under the mask.
            stand = leg_uit(s, naam_functie(self))  # the counts: the same at every width
            personen = aantal(len(stand.labels), "persoon", "personen")
            kop.append(f"\n{personen} in {aantal(stand.generaties, 'generatie', 'generaties')}")
        else:
            kop.append(f"\n{telling(s, kaart.sleutel)}")
        hint = "n nieuw sociogram"
        if s.cirkel(kaart.sleutel) is not None:
            hint = "⏎ mensen in de ringen plaatsen · " + hint
        kop.append(f"\n{hint}")  # muted already (#kaart-kop): dimmed further it fell to 3:1
        self.query_one("#kaart-kop", Static).update(kop)
        uitleg = self.query_one(UitlegVak)
        uitleg.toon(kaart.soort)
        self.query_one("#kaart-tekening", Static).display = not genogram
        self.query_one(GenogramTekening).display = genogram
        if genogram:
            self.query_one(GenogramTekening).ververs()
            return
        breedte = max(40, self.scrollable_content_region.width)
        hoogte = max(9, self.size.height - KOP_REGELS - uitleg.hoogte)
        plaat = teken(s, kaart.sleutel, naam_functie(self), breedte, hoogte)
        self.query_one("#kaart-tekening", Static).update(naar_tekst(plaat))

    @on(events.Click, "#kaart-kop")
    def _klik_op_pijl(self, event: events.Click) -> None:
        """A click on ◀ or ▶ in the heading switches the view, as ←/→ do."""
        if event.y != 0:
            return
        index, lijst = self._kaart()
        rechts = len(f"◀ {index + 1}/{len(lijst)} ")
        if event.x <= 1:
            self.action_wissel(-1)
        elif rechts <= event.x <= rechts + 1:
            self.action_wissel(1)

    def action_wissel(self, stap: int) -> None:
        index, lijst = self._kaart()
        self.sleutel = lijst[(index + stap) % len(lijst)].sleutel
        self.scroll_home(animate=False)
        self.ververs()

    def action_bewaar_svg(self) -> None:
        from wievraag.uitvoer import ExportFout, schrijf_tekening

        s = sessie(self)
        index, lijst = self._kaart()
        kaart = lijst[index]
        if kaart is GENOGRAM:
            svg = als_svg(leg_uit(s, naam_functie(self), breedte=SVG_MIN_BREEDTE))
        else:
            plaat = teken(s, kaart.sleutel, naam_functie(self), *SVG_MAAT)
            # The circle's own title is free text: under the mask a name in it is hidden too.
            plaat = replace(plaat, titel=verberg_tekst(self, plaat.titel))
            titel = verberg_tekst(self, kaart.kop)
            svg = naar_svg(plaat, (titel, telling(s, kaart.sleutel)))
        naam = kaart.sleutel if kaart.vast else f"cirkel-{index + 1}"
        try:
            pad = schrijf_tekening(s, svg, naam, data=wv(self).opslag.data)
        except ExportFout as fout:
            self.notify(fout.melding, title="Opslaan mislukt", severity="error", timeout=10)
            return
        self.notify(f"Opgeslagen in:\n{pad}", title="✓ Kaart als SVG", timeout=20)

    def action_plaats(self) -> None:
        """Place people in the rings of the circle shown (the same screen as the interviews)."""
        from wievraag.tui.screens.cirkel import CirkelScreen

        index, lijst = self._kaart()
        kaart = lijst[index]
        if sessie(self).cirkel(kaart.sleutel) is None:
            self.notify("Kies met ←/→ een cirkel om mensen in te plaatsen.", timeout=4)
            return
        self.app.push_screen(CirkelScreen([kaart.sleutel], kaart.sleutel, self.plekken))

    @work(exclusive=True)
    async def action_nieuw_sociogram(self) -> None:
        """A sociogram for one of the questions of blog 003, or the professional's own."""
        from wievraag.model import Cirkel
        from wievraag.tui.dialogs import KiesUitLijst, VraagTekst

        sjablonen = [c for c in wv(self).vragen.bank.cirkel_sjablonen if c.soort == "sociogram"]
        uitleg = "Welke vraag stel je bij dit sociogram? Het gezin plaatst mensen in drie ringen."
        keuzes = {c.id: c.vraag for c in sjablonen} | {"eigen": "Een eigen vraag…"}
        keuze = await self.app.push_screen_wait(KiesUitLijst(uitleg, keuzes))
        if keuze is None:
            return
        s = sessie(self)
        if keuze == "eigen":
            vraag = await self.app.push_screen_wait(
                VraagTekst("Je eigen vraag voor dit sociogram:", "Bij wie kun je terecht als…")
            )
            if vraag is None:
                return
            ringen_tekst = await self.app.push_screen_wait(
                VraagTekst(
                    "De drie ringen, van binnen naar buiten, met komma's ertussen:",
                    waarde="altijd, meestal, soms",
                )
            )
            ringen = [r.strip() for r in (ringen_tekst or "").split(",") if r.strip()]
            if len(ringen) != 3:
                self.notify("Een sociogram heeft precies drie ringen.", severity="warning")
                return
            cirkel = Cirkel(soort="sociogram", titel=vraag, vraag=vraag, ringen=ringen)
        else:
            sjabloon = next(c for c in sjablonen if c.id == keuze)
            bestaand = s.cirkel_van(sjabloon.id)
            if bestaand is not None:  # one sociogram per question: go on with it
                self.sleutel = bestaand.id
                self.ververs()
                self.action_plaats()
                return
            cirkel = sjabloon.maak()
        wv(self).editor_open.voeg_toe(s, "cirkels", cirkel)
        self.sleutel = cirkel.id
        self.ververs()
        self.action_plaats()
