"""Edit one person of the register; every field is saved as you go."""

from __future__ import annotations

from datetime import date
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Checkbox, Header, Input, Label, Select, Static, TextArea

from wievraag.model import (
    CONTACTEN,
    GENERATIES,
    GESLACHTEN,
    PARTNERRELATIES,
    SECTOREN,
    STEUNSOORTEN,
    TOESTEMMINGEN,
    Persoon,
    Sessie,
)
from wievraag.model.persoon import MAX_TELEFOON, telefoon_geldig
from wievraag.opmaak import datum_lang
from wievraag.tui.context import sessie, wv
from wievraag.tui.masker import namen_verborgen, toon_naam, verberg_tekst
from wievraag.tui.screens.basis import InSessieScreen
from wievraag.tui.widgets.genoemd import GenoemdLijst, namen_suggester, noem
from wievraag.tui.widgets.keuzes import Vinkje
from wievraag.tui.widgets.velden import Invoer, Tekstvak

KEUZES: dict[str, dict[str, str]] = {
    "geslacht": GESLACHTEN,  # the genogram's □ ○ ◇ (optional)
    "sector": SECTOREN,
    "generatie": GENERATIES,
    "contact": CONTACTEN,
}


class PersoonScreen(InSessieScreen):
    HELP_ONDERWERP = "persoon"
    BINDINGS = [Binding("escape", "terug", "Terug", id="terug")]

    def __init__(self, persoon_id: str | None) -> None:
        super().__init__()
        self.persoon_id = persoon_id

    @property
    def persoon(self) -> Persoon | None:
        return sessie(self).persoon(self.persoon_id) if self.persoon_id else None

    def compose(self) -> ComposeResult:
        p = self.persoon
        yield Header()
        # Not a focus stop of its own (it showed no highlight): it scrolls to the focused field.
        with VerticalScroll(id="persoon-vak", can_focus=False):
            yield Static("Nieuwe persoon" if p is None else "Persoon bewerken", classes="titel")
            yield from self._regel("Naam", Invoer(p.naam if p else "", id="naam", compact=True))
            yield from self._regel(
                "Relatie",
                Invoer(
                    p.relatie if p else "",
                    id="relatie",
                    compact=True,
                    placeholder="bijv. tante, buurman, juf van groep 5",
                ),
            )
            yield from self._regel(
                "Telefoon",
                Input(
                    p.telefoon if p else "",
                    id="telefoon",
                    compact=True,
                    restrict=r"[0-9 ()+\-]*",
                    max_length=MAX_TELEFOON,
                    placeholder="in het gedeelde plan alleen bij toestemming 'ja'",
                ),
            )
            for veld, opties in KEUZES.items():
                waarde = getattr(p, veld) if p else None
                yield from self._regel(
                    veld.capitalize(),
                    Select(
                        [(v, k) for k, v in opties.items()],
                        value=waarde or Select.NULL,
                        prompt="(onbekend)",
                        id=veld,
                        compact=True,
                    ),
                )
            yield from self._regel(
                "Leeftijd",
                Invoer(
                    str(p.leeftijd) if p and p.leeftijd is not None else "",
                    id="leeftijd",
                    type="integer",
                    compact=True,
                ),
            )
            yield from self._regel(
                "Geboortejaar",
                Invoer(
                    str(p.geboortejaar) if p and p.geboortejaar is not None else "",
                    id="geboortejaar",
                    type="integer",
                    compact=True,
                    placeholder="als de leeftijd niet precies bekend is",
                ),
            )
            yield from self._regel(
                "", Vinkje("leeft nog", p.in_leven if p else True, id="in_leven", compact=True)
            )
            # The genogram's household line: who lives in the family's home.
            yield from self._regel(
                "",
                Vinkje(
                    "woont in het huishouden van het gezin",
                    bool(p and p.huishouden),
                    id="huishouden",
                    compact=True,
                ),
            )
            # The genogram's links (blog 003): picked from the register by name.
            for soort in ("ouders", "partners"):
                yield from self._regel(
                    soort.capitalize(),
                    Invoer(
                        id=f"{soort}-invoer",
                        compact=True,
                        placeholder="naam + Enter (→ vult aan uit het netwerk)",
                    ),
                )
                yield GenoemdLijst(id=f"{soort}-lijst", classes="genogram-links")
            # What the partners are to each other: the genogram's partner line (McGoldrick).
            yield from self._regel(
                "Met partner",
                Select(
                    [(v, k) for k, v in PARTNERRELATIES.items()],
                    value=_relatie(p) or Select.NULL,
                    prompt="(niet gezegd)",
                    id="partner_relatie",
                    compact=True,
                ),
            )
            # §3.1.4: what this person gives the family (more than one may apply).
            for soort, woord in STEUNSOORTEN.items():
                yield from self._regel(
                    "Steun" if soort == next(iter(STEUNSOORTEN)) else "",
                    Vinkje(
                        woord,
                        bool(p and soort in p.steun),
                        id=f"steun-{soort}",
                        classes="steun",
                        compact=True,
                    ),
                )
            # §3.1.5: a worry is marked to talk about with the family, never to exclude.
            yield from self._regel(
                "Zorg",
                Vinkje(
                    "zorg over verstorende invloed",
                    bool(p and p.zorg),
                    id="zorg",
                    compact=True,
                ),
            )
            yield from self._regel(
                "",
                Invoer(
                    p.zorg_notitie if p else "",
                    id="zorg_notitie",
                    compact=True,
                    placeholder="wat is de zorg? (bespreek het met het gezin)",
                ),
            )
            # 000: "wat kunnen ze wél?": unsafe in one role is not unsafe in every role.
            yield from self._regel(
                "Kan wél",
                Invoer(
                    p.kan_wel if p else "",
                    id="kan_wel",
                    compact=True,
                    placeholder="wat kan deze persoon wél? bijv. boodschappen doen",
                ),
            )
            yield from self._regel(
                "Niet als",
                Invoer(
                    p.niet_als if p else "",
                    id="niet_als",
                    compact=True,
                    placeholder="in welke rol niet? bijv. alleen oppassen",
                ),
            )
            # §3.1.6: the pros and cons of contact with this person, side by side.
            yield from self._regel(
                "Voordelen",
                Invoer(
                    p.voordelen if p else "",
                    id="voordelen",
                    compact=True,
                    placeholder="wat levert contact met deze persoon op? (§3.1.6)",
                ),
            )
            yield from self._regel(
                "Nadelen",
                Invoer(
                    p.nadelen if p else "",
                    id="nadelen",
                    compact=True,
                    placeholder="wat maakt contact met deze persoon moeilijk?",
                ),
            )
            yield from self._regel(
                "Toestemming",
                Select(
                    [(v, k) for k, v in TOESTEMMINGEN.items()],
                    value=p.toestemming if p else "niet-gevraagd",
                    allow_blank=False,
                    id="toestemming",
                    compact=True,
                ),
            )
            yield Static("", id="toestemming-uitleg")
            yield Label("Notities", classes="veldkop")
            yield Tekstvak(
                p.notities if p else "", id="notities", soft_wrap=True, tab_behavior="focus"
            )
        yield self.footer()

    @staticmethod
    def _regel(naam: str, veld: Any) -> ComposeResult:
        with Horizontal(classes="veldregel"):
            yield Label(naam, classes="veldnaam")
            yield veld

    def toon_namen(self) -> None:
        # Under the privacy mask the name field shows dots; typing in it still works.
        self.query_one("#naam", Input).password = namen_verborgen(self)
        self.query_one("#telefoon", Input).password = namen_verborgen(self)

    def on_mount(self) -> None:
        self.toon_namen()
        notities = self.query_one("#notities", TextArea)
        notities.move_cursor(notities.document.end)
        self.query_one("#naam", Input).focus()
        self._toon_toestemming()
        self._toon_links()

    def _toon_toestemming(self) -> None:
        p = self.persoon
        tekst = (
            "De ouder beslist wie benaderd mag worden. Zonder 'ja' komt iemand niet in "
            "het plan of in een export voor het netwerk."
        )
        if p is not None and p.toestemming_datum is not None and p.toestemming != "niet-gevraagd":
            tekst = (
                f"Toestemming '{TOESTEMMINGEN[p.toestemming]}' vastgelegd op "
                f"{datum_lang(p.toestemming_datum)}. " + tekst
            )
        self.query_one("#toestemming-uitleg", Static).update(tekst)

    def _zet(self, veld: str, waarde: Any) -> None:
        p = self.persoon
        if p is None:
            return
        wv(self).editor_open.zet(p, **{veld: waarde})  # the form being filled in is no change

    @on(Input.Changed, "#naam")
    def _naam(self, event: Input.Changed) -> None:
        naam = " ".join(event.value.split())
        if not naam:
            if self.persoon is not None:
                self.notify("Een persoon heeft een naam nodig.", severity="warning", timeout=2)
            return
        s = sessie(self)
        ander = s.zoek_persoon(naam)
        if ander is not None and ander.id != self.persoon_id:
            self.notify(
                f"Er staat al iemand in het netwerk met de naam {toon_naam(self, ander)}.",
                severity="warning",
                timeout=3,
            )
            return
        if self.persoon is None:
            editor = wv(self).editor_open
            nieuw, _ = editor.doe(s.persoon_voor, naam, self.query_one("#relatie", Input).value)
            self.persoon_id = nieuw.id
            return
        self._zet("naam", naam)

    @on(Input.Changed, "#relatie")
    def _relatie(self, event: Input.Changed) -> None:
        self._zet("relatie", event.value.strip())

    @on(Input.Changed, "#telefoon")
    def _telefoon(self, event: Input.Changed) -> None:
        if telefoon_geldig(event.value):  # "(" alone is half typed: kept when it is a number
            self._zet("telefoon", " ".join(event.value.split()))

    @on(Input.Changed, "#leeftijd")
    def _leeftijd(self, event: Input.Changed) -> None:
        tekst = event.value.strip()
        if not tekst:
            self._zet("leeftijd", None)
        elif tekst.isdigit() and int(tekst) <= 130:
            self._zet("leeftijd", int(tekst))

    @on(Input.Changed, "#geboortejaar")
    def _geboortejaar(self, event: Input.Changed) -> None:
        tekst = event.value.strip()
        if not tekst:
            self._zet("geboortejaar", None)
        elif tekst.isdigit() and 1850 <= int(tekst) <= date.today().year:
            self._zet("geboortejaar", int(tekst))

    @on(Checkbox.Changed, ".steun")
    def _steun(self, event: Checkbox.Changed) -> None:
        p = self.persoon
        if p is None:
            return
        soort = (event.checkbox.id or "").removeprefix("steun-")
        gekozen = [s for s in p.steun if s != soort] + ([soort] if event.value else [])
        self._zet("steun", [s for s in STEUNSOORTEN if s in gekozen])

    @on(Checkbox.Changed, "#zorg")
    def _zorg(self, event: Checkbox.Changed) -> None:
        self._zet("zorg", event.value)

    @on(Input.Changed, "#zorg_notitie, #kan_wel, #niet_als, #voordelen, #nadelen")
    def _zorg_notitie(self, event: Input.Changed) -> None:
        self._zet(event.input.id or "", event.value)

    @on(Select.Changed)
    def _keuze(self, event: Select.Changed) -> None:
        veld = event.select.id or ""
        waarde = None if event.value is Select.NULL else event.value
        if veld == "toestemming":
            p = self.persoon
            if p is not None and waarde is not None and p.toestemming != waarde:
                wv(self).editor_open.doe(p.geef_toestemming, waarde)  # type: ignore[arg-type]
            self._toon_toestemming()
        elif veld in KEUZES:
            self._zet(veld, waarde)
        elif veld == "partner_relatie":
            self._zet_relatie(waarde)

    def _zet_relatie(self, soort: object) -> None:
        """The kind of relationship with every partner of this person (one step)."""
        p = self.persoon
        if p is None or _relatie(p) == soort:
            return
        if not p.partners:
            if soort is not None:
                self.notify("Vul eerst een partner in.", severity="warning", timeout=3)
            return
        editor = wv(self).editor_open
        with editor.stap():
            for partner in p.partners:
                # The Select offers only PARTNERRELATIES' keys (or nothing).
                editor.doe(sessie(self).zet_partnerrelatie, p.id, partner, soort)  # type: ignore[arg-type]

    @on(Checkbox.Changed, "#in_leven")
    def _in_leven(self, event: Checkbox.Changed) -> None:
        self._zet("in_leven", event.value)

    @on(Checkbox.Changed, "#huishouden")
    def _huishouden(self, event: Checkbox.Changed) -> None:
        self._zet("huishouden", True if event.value else None)  # no "false" in the file

    @on(TextArea.Changed, "#notities")
    def _notities(self, event: TextArea.Changed) -> None:
        self._zet("notities", event.text_area.text)

    # -- parents and partners (the genogram) -------------------------------------------------

    def _toon_links(self) -> None:
        s = sessie(self)
        p = self.persoon
        for soort in ("ouders", "partners"):
            lijst = self.query_one(f"#{soort}-lijst", GenoemdLijst)
            lijst.toon(s, getattr(p, soort) if p else [])
            # Tab into the list and Delete works at once, without first choosing a line.
            lijst.highlighted = 0 if lijst.option_count else None
            self.query_one(f"#{soort}-invoer", Input).suggester = namen_suggester(s)

    @on(Input.Submitted, "#ouders-invoer, #partners-invoer")
    def _koppel(self, event: Input.Submitted) -> None:
        p = self.persoon
        if p is None:
            self.notify("Vul eerst de naam van deze persoon in.", severity="warning", timeout=3)
            return
        if not event.value.strip():
            return
        s = sessie(self)
        editor = wv(self).editor_open
        soort = (event.input.id or "").removesuffix("-invoer")
        bekend = {q.id for q in s.personen}
        rol = "ouder" if soort == "ouders" else "partner"
        meldingen = []
        with editor.stap():  # one step: the new people and their links
            gekozen, _ = noem(self, event.value)  # someone new joins the register, as everywhere
            for ander in gekozen:
                bezwaar = _bezwaar(s, p, ander, soort)
                if bezwaar:
                    meldingen.append(verberg_tekst(self, bezwaar))
                    continue
                if soort == "ouders" and ander.id not in p.ouders:
                    editor.zet(p, ouders=[*p.ouders, ander.id])
                elif soort == "partners":
                    editor.doe(s.zet_partner, p.id, ander.id)
                nieuw = "" if ander.id in bekend else " (nieuw in het netwerk)"
                meldingen.append(
                    f"{toon_naam(self, ander)} staat als {rol} van {toon_naam(self, p)}{nieuw}"
                )
        event.input.value = ""
        self._toon_links()
        self.notify(". ".join(meldingen), timeout=4)

    @on(GenoemdLijst.HaalWeg)
    def _ontkoppel(self, event: GenoemdLijst.HaalWeg) -> None:
        p = self.persoon
        ander = sessie(self).persoon(event.persoon_id)
        if p is None or ander is None:
            return
        editor = wv(self).editor_open
        if event.lijst.id == "ouders-lijst":
            editor.zet(p, ouders=[o for o in p.ouders if o != ander.id])
            rol = "ouder"
        else:
            editor.doe(sessie(self).zet_partner, p.id, ander.id, samen=False)
            rol = "partner"
        self._toon_links()
        self.notify(
            f"{toon_naam(self, ander)} staat niet meer als {rol} (wel nog in het netwerk).",
            timeout=3,
        )

    async def toon_hersteld(self) -> None:
        if self.persoon_id is not None and self.persoon is None:
            self.notify("Deze persoon staat na het ongedaan maken niet meer in het netwerk.")
            self.app.pop_screen()
            return
        await super().toon_hersteld()

    def action_terug(self) -> None:
        self.app.pop_screen()


def _relatie(p: Persoon | None) -> str | None:
    """The kind shared by all of this person's partners; None when not said or mixed."""
    if p is None or not p.partners:
        return None
    soorten = {(p.partner_relatie or {}).get(q) for q in p.partners}
    return soorten.pop() if len(soorten) == 1 else None


def _bezwaar(s: Sessie, p: Persoon, ander: Persoon, soort: str) -> str | None:
    """Why `ander` cannot be this person's parent or partner (a family tree has no loops)."""
    if ander.id == p.id:
        return f"{ander.naam} is deze persoon zelf"
    if soort == "ouders" and ander.id in s.nakomelingen(p.id):
        return f"{ander.naam} is een kind of kleinkind van {p.naam}, dus geen ouder"
    if soort == "ouders" and ander.id in p.partners:
        return f"{ander.naam} staat al als partner van {p.naam}"
    if soort == "partners" and (ander.id in p.ouders or p.id in ander.ouders):
        return f"{ander.naam} is ouder of kind van {p.naam}, dus geen partner"
    return None
