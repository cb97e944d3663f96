"""The young person's own voice: the mentor they choose themselves (JIM) and who they want
involved or not (001 §3.1.6, §3.2.4).

A young person may have someone in mind whom the parents would not choose. Their choice is
recorded as theirs, and the parent's consent for each person is shown right next to it, never
replaced by it: where the two differ, that is the conversation to have. People named here who
are new join the register (without consent, as everyone new).
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header, Input, Label, Select, Static, TextArea
from textual.widgets.option_list import Option

from wievraag.export.beraadweergave import StemWeergave, stem_weergave
from wievraag.export.planweergave import SessieNamen, kinderen_van_gezin
from wievraag.model import TOESTEMMINGEN, Persoon, StemJongere
from wievraag.tui.context import sessie, wv
from wievraag.tui.masker import toon_label, toon_naam, verberg_tekst
from wievraag.tui.screens.basis import InSessieScreen
from wievraag.tui.screens.plan import regel
from wievraag.tui.widgets.genoemd import GenoemdLijst, namen_suggester, noem
from wievraag.tui.widgets.uitleg import UitlegVak
from wievraag.tui.widgets.velden import Invoer, Tekstvak


class StemScreen(InSessieScreen):
    HELP_ONDERWERP = "jongere"
    HEEFT_UITLEG = True
    BINDINGS = [Binding("escape", "terug", "Terug", id="terug")]

    def __init__(self, jongere: str | None = None) -> None:
        super().__init__()
        self._jongere = jongere

    def _jongeren(self) -> list[Persoon]:
        """The household's children, and anyone who already has a voice recorded."""
        s = sessie(self)
        eigen = {st.jongere for st in s.stemmen}
        kinderen = {p.id for p in kinderen_van_gezin(s)}
        return [p for p in s.personen if p.id in kinderen or p.id in eigen]

    @property
    def jongere(self) -> str | None:
        if self._jongere is None or sessie(self).persoon(self._jongere) is None:
            s = sessie(self)
            eerst = [st.jongere for st in s.stemmen] + [p.id for p in self._jongeren()]
            self._jongere = eerst[0] if eerst else None
        return self._jongere

    def _stem(self) -> StemJongere | None:
        return sessie(self).stem_van(self.jongere) if self.jongere else None

    def _weergave(self) -> StemWeergave | None:
        stem = self._stem()
        if stem is None:
            return None
        s = sessie(self)
        namen = SessieNamen(
            s, lambda p: toon_naam(self, p), lambda p: toon_label(self, p), telefoon=False
        )
        return stem_weergave(s, stem, namen, tekst=lambda t: verberg_tekst(self, t))

    def compose(self) -> ComposeResult:
        stem = self._stem()
        keuzes = [(Text(toon_label(self, p)), p.id) for p in self._jongeren()]
        yield Header()
        # Not a focus stop of its own (it showed no highlight): it scrolls to the focused field.
        with VerticalScroll(id="plan-vak", can_focus=False):
            yield Static("De stem van de jongere: een eigen mentor (JIM)", classes="titel")
            yield Static(
                "Wat de jongere wil, staat naast de toestemming van de ouder, niet in de "
                "plaats daarvan. Verschillen ze, bespreek dat dan samen.",
                classes="hint",
            )
            if not keuzes:
                yield Static(
                    "Er staat nog geen kind van het gezin in het netwerk. Voeg het kind toe "
                    "(tab Personen, a) met als relatie zoon of dochter.",
                    id="geen-jongere",
                )
            else:
                yield regel(
                    "Jongere",
                    Select(
                        keuzes,
                        value=self.jongere or Select.NULL,
                        allow_blank=False,
                        id="jongere",
                        compact=True,
                    ),
                )
                yield regel(
                    "Mentor",
                    Invoer(
                        placeholder="naam + Enter: wie kiest de jongere zelf?",
                        id="noem-mentor",
                        compact=True,
                    ),
                )
                yield GenoemdLijst(id="lijst-mentor", classes="genoemd")
                yield Static("", id="mentor-stand", classes="hint")
                yield Label("In eigen woorden: waarom deze persoon?", classes="veldkop")
                yield Tekstvak(
                    stem.waarom if stem else "", id="waarom", soft_wrap=True, tab_behavior="focus"
                )
                yield regel(
                    "Wil erbij",
                    Invoer(placeholder="namen + Enter", id="noem-erbij", compact=True),
                )
                yield GenoemdLijst(id="lijst-erbij", classes="genoemd")
                yield regel(
                    "Niet erbij",
                    Invoer(placeholder="namen + Enter", id="noem-niet", compact=True),
                )
                yield GenoemdLijst(id="lijst-niet", classes="genoemd")
                yield Static(
                    "Delete haalt iemand van een lijst (niet uit het netwerk).", classes="hint"
                )
                yield Static("", id="verschil")
            yield UitlegVak("jim", id="jim-uitleg")
        yield self.footer()

    def on_mount(self) -> None:
        super().on_mount()
        if self.query("#jongere"):
            self._toon()
            # The first field, as on every form: which young person (chosen already when
            # there is one; Tab goes on to the mentor).
            self.query_one("#jongere", Select).focus()

    def _toon(self) -> None:
        s = sessie(self)
        stem = self._stem()
        w = self._weergave()
        lijsten = {
            "mentor": [stem.mentor] if stem and stem.mentor else [],
            "erbij": stem.wil_erbij if stem else [],
            "niet": stem.wil_niet_erbij if stem else [],
        }
        for rol, ids in lijsten.items():
            lijst = self.query_one(f"#lijst-{rol}", GenoemdLijst)
            lijst.clear_options()
            for pid in ids:
                persoon = s.persoon(pid)
                if persoon is None:
                    continue
                tekst = toon_label(self, persoon)
                if rol != "niet":  # the parent's consent right next to the young person's wish
                    tekst += f" · toestemming ouder: {TOESTEMMINGEN[persoon.toestemming]}"
                lijst.add_option(Option(Text(tekst), id=pid))
            lijst.display = lijst.option_count > 0
            self.query_one(f"#noem-{rol}", Input).suggester = namen_suggester(s)
        stand = ""
        if w is not None and w.mentor_sinds:
            stand = f"Zelf gekozen op {w.mentor_sinds}."
        self.query_one("#mentor-stand", Static).update(stand)
        verschil = Text()
        if w is not None and w.verschil:
            verschil.append("Om te bespreken (wens en toestemming verschillen): ", style="bold")
            verschil.append("; ".join(w.verschil))
        self.query_one("#verschil", Static).update(verschil)

    def _zorg_voor_stem(self) -> StemJongere:
        stem = self._stem()
        if stem is not None:
            return stem
        jongere = self.jongere
        if jongere is None:
            raise RuntimeError("geen jongere gekozen")
        return wv(self).editor_open.doe(sessie(self).zorg_voor_stem, jongere)

    @on(Select.Changed, "#jongere")
    def _kies_jongere(self, event: Select.Changed) -> None:
        if event.value is Select.NULL or event.value == self._jongere:
            return
        self._jongere = str(event.value)
        stem = self._stem()
        vak = self.query_one("#waarom", TextArea)
        with vak.prevent(TextArea.Changed):
            vak.text = stem.waarom if stem else ""
        self._toon()

    @on(Input.Submitted, "#noem-mentor, #noem-erbij, #noem-niet")
    def _noem(self, event: Input.Submitted) -> None:
        rol = (event.input.id or "").removeprefix("noem-")
        if not event.value.strip():
            return
        editor = wv(self).editor_open
        with editor.stap():
            personen, melding = noem(self, event.value, lambda p: toon_label(self, p))
            personen = [p for p in personen if p.id != self.jongere]
            if not personen:
                return
            stem = self._zorg_voor_stem()
            if rol == "mentor":
                # One mentor: the last one named is the young person's choice.
                editor.doe(stem.kies_mentor, personen[-1].id)
            else:
                for p in personen:
                    editor.doe(stem.zet_wens, p.id, "erbij" if rol == "erbij" else "niet")
        event.input.value = ""
        if melding:
            self.notify(melding, timeout=3)
        self._toon()

    @on(GenoemdLijst.HaalWeg)
    def _haal_weg(self, event: GenoemdLijst.HaalWeg) -> None:
        stem = self._stem()
        if stem is None:
            return
        editor = wv(self).editor_open
        if event.lijst.id == "lijst-mentor":
            editor.doe(stem.kies_mentor, None)
        else:
            editor.doe(stem.zet_wens, event.persoon_id, "geen")
        self._toon()

    @on(TextArea.Changed, "#waarom")
    def _waarom(self, event: TextArea.Changed) -> None:
        if event.text_area.text == (s.waarom if (s := self._stem()) else ""):
            return
        editor = wv(self).editor_open
        with editor.stap():
            editor.zet(self._zorg_voor_stem(), waarom=event.text_area.text)

    def action_terug(self) -> None:
        self.app.pop_screen()
