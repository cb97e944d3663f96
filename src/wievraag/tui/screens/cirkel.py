"""Placing people in the three rings of a circle: any circle (safety circles, sociograms).

The screen gets one or more circle templates (the five safety circles of Bijlage I, a
sociogram question of blog 003) or ids of circles that exist; F4/F5 go from circle to circle.
A circle from a template enters the session with its first placement. People come from the
register; a name typed below is added to it (the same gesture as everywhere) and is then
placed with 1, 2 or 3.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from wievraag.model import Cirkel, CirkelSjabloon, Ring
from wievraag.tui.context import sessie, wv
from wievraag.tui.masker import toon_label, toon_naam
from wievraag.tui.screens.basis import PlekScreen
from wievraag.tui.toetsnamen import APPEL, VOLGENDE, VORIGE
from wievraag.tui.widgets.genoemd import PLAATSHOUDER, namen_suggester, noem
from wievraag.tui.widgets.velden import Invoer

# While the session is open: per group of circles, (circle, highlighted person).
CirkelPlekken = dict[str, tuple[int, str | None]]
# A page of the screen: a bank template (the circle is made on the first placement), or the
# id of a circle that exists (a sociogram with the professional's own question).
Blad = CirkelSjabloon | str


def _blad_id(blad: Blad) -> str:
    return blad if isinstance(blad, str) else blad.id


class RingLijst(OptionList):
    """The register, each person with their ring in this circle; 1/2/3 place, 0 takes out."""

    BINDINGS = [
        # One footer entry for the three rings: the footer must fit 80 columns.
        Binding("1", "plaats(1)", "Ring", id="ring-1", key_display="1/2/3"),
        Binding("2", "plaats(2)", "Ring 2", id="ring-2", show=False),
        Binding("3", "plaats(3)", "Ring 3", id="ring-3", show=False),
        Binding("0,delete", "plaats(0)", "Eruit", id="ring-0", key_display="0"),
    ]

    def action_plaats(self, ring: int) -> None:
        screen = self.screen
        if isinstance(screen, CirkelScreen) and self.highlighted_option is not None:
            screen.zet_in_ring(self.highlighted_option.id or "", ring)


class CirkelScreen(PlekScreen):
    HELP_ONDERWERP = "cirkel"
    HEEFT_UITLEG = True
    BINDINGS = [
        # F2 works here too, left out of the footer for its 80 columns (as in the appèl).
        Binding(APPEL, "nieuw_appel", "Appèl", show=False, priority=True),
        Binding("escape", "terug", "Terug", id="terug"),
        Binding(VORIGE, "blad(-1)", "Vorige", id="vorige-cirkel", priority=True),
        Binding(VOLGENDE, "blad(1)", "Volgende", id="volgende-cirkel"),
    ]

    def __init__(
        self,
        bladen: Sequence[Blad],
        groep: str = "",
        plekken: CirkelPlekken | None = None,
        uitleg: tuple[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.bladen = list(bladen)
        self.uitleg = uitleg  # (why and how, source) for F3, when the tool has one
        self.groep = groep or _blad_id(self.bladen[0])
        self.plekken = plekken if plekken is not None else {}
        self._blad, self._persoon = self.plekken.get(self.groep, (0, None))

    @property
    def blad(self) -> Blad:
        return self.bladen[min(self._blad, len(self.bladen) - 1)]

    def cirkel(self, maak: bool = False) -> Cirkel | None:
        s = sessie(self)
        blad = self.blad
        if isinstance(blad, str):
            return s.cirkel(blad)
        cirkel = s.cirkel_van(blad.id)
        if cirkel is None and maak:
            cirkel = blad.maak()
            wv(self).editor_open.voeg_toe(s, "cirkels", cirkel)
        return cirkel

    def _teksten(self) -> tuple[str, str, list[str], str]:
        """Title, question, ring labels and source: the circle's own once it exists (they
        are stored with it), else the template's."""
        blad, cirkel = self.blad, self.cirkel()
        bron = blad.bron if isinstance(blad, CirkelSjabloon) else ""
        if cirkel is not None:
            return cirkel.titel, cirkel.vraag, cirkel.ringen, bron
        if isinstance(blad, CirkelSjabloon):
            return blad.titel, blad.vraag, blad.ringen, bron
        return "Deze cirkel bestaat niet meer", "", ["", "", ""], ""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="cirkel-kop")
        yield Static("", id="cirkel-vraag")
        yield Static("", id="interview-uitleg")
        with Horizontal(id="cirkel-vak"):
            with Vertical(id="cirkel-links"):
                yield RingLijst(id="cirkel-personen")
                yield Invoer(placeholder=PLAATSHOUDER, id="cirkel-noem", compact=True)
            yield Static("", id="cirkel-ringen")
        yield self.footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._toon(self._persoon)
        self.toon_uitleg(wv(self).uitleg)
        self.query_one(RingLijst).focus()

    def toon_uitleg(self, zichtbaar: bool) -> None:
        vak = self.query_one("#interview-uitleg", Static)
        vak.display = zichtbaar and self.uitleg is not None
        if self.uitleg is not None:
            tekst, bron = self.uitleg
            vak.update(
                Text.assemble(
                    ("Waarom en hoe? ", "bold"),
                    tekst,
                    (f"\n(uitleg in eigen woorden; {bron})", "dim"),
                )
            )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "uitleg":
            return self.uitleg is not None
        if action == "blad" and parameters and isinstance(parameters[0], int):
            return 0 <= self._blad + parameters[0] < len(self.bladen)
        return super().check_action(action, parameters)

    def _toon(self, persoon_id: str | None = None) -> None:
        s = sessie(self)
        cirkel = self.cirkel()
        lijst = self.query_one(RingLijst)
        if persoon_id is None and lijst.highlighted_option is not None:
            persoon_id = lijst.highlighted_option.id
        lijst.clear_options()
        for p in s.personen:
            ring = cirkel.ring_van(p.id) if cirkel is not None else None
            merk = f"[{ring}]" if ring else "[ ]"
            lijst.add_option(Option(Text(f"{merk} {toon_label(self, p)}"), id=p.id))
        if persoon_id is not None and persoon_id in {p.id for p in s.personen}:
            lijst.highlighted = lijst.get_option_index(persoon_id)
        elif lijst.option_count:
            lijst.highlighted = 0
        self.query_one("#cirkel-noem", Input).suggester = namen_suggester(s)
        titel, vraag, labels, bron = self._teksten()
        kop = Text(titel, style="bold")
        if len(self.bladen) > 1:
            kop.append(f" · cirkel {self._blad + 1}/{len(self.bladen)}", style="not bold")
        self.query_one("#cirkel-kop", Static).update(kop)
        self.query_one("#cirkel-vraag", Static).update(
            Text.assemble((vraag, "italic"), (f"  ({bron})" if bron else "", "dim"))
        )
        ringen = Text()
        for nummer, label in enumerate(labels, 1):
            ids = cirkel.in_ring(nummer) if cirkel is not None else []  # type: ignore[arg-type]
            namen = [toon_naam(self, q) for pid in ids if (q := s.persoon(pid)) is not None]
            ringen.append(f"Ring {nummer}: {label}\n", style="bold")
            ringen.append(f"  {', '.join(namen) or '(niemand)'}\n\n")
        self.query_one("#cirkel-ringen", Static).update(ringen)
        self.refresh_bindings()

    def zet_in_ring(self, persoon_id: str, ring: int) -> None:
        persoon = sessie(self).persoon(persoon_id)
        if persoon is None:
            return
        if self.cirkel() is None and isinstance(self.blad, str):
            self.notify("Deze cirkel bestaat niet meer (ongedaan gemaakt?).", timeout=3)
            return
        editor = wv(self).editor_open
        if ring == 0:
            cirkel = self.cirkel()
            if cirkel is None or cirkel.ring_van(persoon_id) is None:
                return
            editor.doe(cirkel.plaats, persoon_id, None)
        else:
            with editor.stap():
                cirkel = self.cirkel(maak=True)
                assert cirkel is not None
                nummer: Ring = ring  # type: ignore[assignment]
                editor.doe(cirkel.plaats, persoon_id, nummer)
        self._toon(persoon_id)

    @on(Input.Submitted, "#cirkel-noem")
    def _noem(self, event: Input.Submitted) -> None:
        personen, melding = noem(self, event.value, lambda p: toon_label(self, p))
        if not personen:
            return
        event.input.value = ""
        self._toon(personen[0].id)
        self.query_one(RingLijst).focus()
        self.notify(f"{melding}. Kies nu de ring: 1, 2 of 3.", timeout=4)

    def action_blad(self, richting: int) -> None:
        if 0 <= self._blad + richting < len(self.bladen):
            self._blad += richting
            self._toon()

    def _onthoud(self) -> None:
        optie = self.query_one(RingLijst).highlighted_option
        self.plekken[self.groep] = (self._blad, optie.id if optie is not None else None)

    async def toon_hersteld(self) -> None:
        self._toon()
