"""The session's one register of people: a sortable, filterable table with counts on top.

Editing stays on the person screen (Enter); here you look, sort, filter, merge and remove.
Every state is a word or a symbol as well as a colour (a projector, NO_COLOR).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.markup import escape
from textual.widgets import DataTable, Input, Static

from wievraag.model import (
    CONTACTEN,
    GENERATIES,
    SECTOREN,
    STEUN_KORT,
    STEUNSOORTEN,
    TOESTEMMINGEN,
    Herkomst,
    Persoon,
    Sessie,
)
from wievraag.model.stand import VERANDERINGEN, Verandering
from wievraag.model.telling import GEMIDDELDE, Telling, tel
from wievraag.opmaak import MAANDEN
from wievraag.tui.context import sessie, wv
from wievraag.tui.dialogs import Bevestig
from wievraag.tui.masker import naam_functie, toon_label, verberg_tekst
from wievraag.tui.widgets.tabellen import PersonenTabel
from wievraag.tui.widgets.uitleg import UitlegVak
from wievraag.tui.widgets.velden import Invoer

BREED = 120  # from this many columns on, the register shows every field

TOESTEMMING_SYMBOOL = {"ja": "✓", "nee": "✗", "niet-gevraagd": "?"}
TOESTEMMING_KORT = {"ja": "ja", "nee": "nee", "niet-gevraagd": "niet gevr."}


def _gemiddelde() -> str:
    return f"{GEMIDDELDE:.1f}".replace(".", ",")


@dataclass(frozen=True)
class Kolom:
    sleutel: str
    kop: str
    smal: int | None  # width at 80 columns; None = only shown when the screen is wide
    breed: int


KOLOMMEN = [
    Kolom("sinds", "∆", 3, 3),
    Kolom("naam", "Naam", 16, 22),
    Kolom("relatie", "Relatie", 12, 16),
    Kolom("sector", "Sector", 10, 14),
    Kolom("generatie", "Generatie", None, 15),  # "overgrootouders" whole
    Kolom("leeftijd", "Leeft.", 5, 11),
    Kolom("in_leven", "In leven", None, 8),
    Kolom("contact", "Contact", None, 14),
    Kolom("toestemming", "Toestemming", 12, 15),
    Kolom("steun", "Steun", 5, 28),
    Kolom("via", "Gevonden via", None, 16),
    Kolom("notities", "Notities", None, 24),
]

# Sort keys, cycled with "s": the column and how to order people by it.
SORTERINGEN: list[tuple[str, str]] = [
    ("naam", "naam"),
    ("relatie", "relatie"),
    ("sector", "sector"),
    ("toestemming", "toestemming"),
    ("leeftijd", "leeftijd"),
    ("sinds", "∆ verandering"),
]
TOESTEMMING_FILTERS: list[str | None] = [None, "ja", "nee", "niet-gevraagd"]


def _kort(tekst: str, breedte: int) -> str:
    tekst = " ".join(tekst.split())
    return tekst if len(tekst) <= breedte else tekst[: max(0, breedte - 1)] + "…"


def leeftijd_kort(p: Persoon) -> str:
    """At 80 columns: "71", or "±76" from a birth year."""
    if p.leeftijd is not None:
        return str(p.leeftijd)
    if p.geboortejaar is not None:
        return f"±{max(0, date.today().year - p.geboortejaar)}"
    return ""


def toestemming_tekst(p: Persoon, breed: bool) -> str:
    tekst = f"{TOESTEMMING_SYMBOOL[p.toestemming]} {TOESTEMMING_KORT[p.toestemming]}"
    if p.toestemming == "ja" and p.toestemming_datum is not None:
        tekst += " " + (
            f"{p.toestemming_datum:%d-%m-%Y}" if breed else f"{p.toestemming_datum:%d-%m}"
        )
    return tekst


def steun_tekst(p: Persoon, breed: bool) -> str:
    if breed:
        return ", ".join(STEUNSOORTEN[s] for s in p.steun)
    return "".join(STEUN_KORT[s] if s in p.steun else "·" for s in STEUNSOORTEN)


def sinds_tekst(veranderingen: list[Verandering]) -> str:
    return "".join(VERANDERINGEN[v][0] for v in veranderingen)


def naam_tekst(p: Persoon, naam: str | None = None) -> str:
    """The name, with † for someone who died and ⚠ for a worry (symbols, not colour)."""
    voor = ("⚠ " if p.zorg else "") + ("† " if not p.in_leven else "")
    return voor + (p.naam if naam is None else naam)


def cellen(
    s: Sessie,
    p: Persoon,
    kolommen: list[Kolom],
    breed: bool,
    sinds: list[Verandering],
    naam: Callable[[Persoon], str] | None = None,
    vrij: Callable[[str], str] | None = None,
) -> list[str]:
    """One row of the register: the text of each shown column, cut to its width.

    `naam` and `vrij` show names and free text (the privacy mask passes its functions)."""
    tekst = vrij or (lambda t: t)
    waarden: dict[str, Callable[[], str]] = {
        "sinds": lambda: sinds_tekst(sinds),
        "naam": lambda: naam_tekst(p, naam(p) if naam else None),
        "relatie": lambda: tekst(p.relatie),
        "sector": lambda: SECTOREN[p.sector] if p.sector else "",
        "generatie": lambda: GENERATIES[p.generatie] if p.generatie else "",
        "leeftijd": lambda: p.leeftijd_tekst() if breed else leeftijd_kort(p),
        "in_leven": lambda: "ja" if p.in_leven else "† nee",
        "contact": lambda: CONTACTEN[p.contact] if p.contact else "",
        "toestemming": lambda: toestemming_tekst(p, breed),
        "steun": lambda: steun_tekst(p, breed),
        "via": lambda: _telling(s.herkomst(p.id)),
        "notities": lambda: tekst(p.notities),
    }
    return [_kort(waarden[k.sleutel](), k.breed if breed else (k.smal or 0)) for k in kolommen]


def sorteer(personen: list[Persoon], op: str, sinds: dict[str, list[Verandering]]) -> list[Persoon]:
    def naam(p: Persoon) -> str:
        return p.naam.casefold()

    sleutels: dict[str, Callable[[Persoon], tuple[object, ...]]] = {
        "naam": lambda p: (naam(p),),
        "relatie": lambda p: (not p.relatie, p.relatie.casefold(), naam(p)),
        "sector": lambda p: (
            list(SECTOREN).index(p.sector) if p.sector else len(SECTOREN),
            naam(p),
        ),
        "toestemming": lambda p: (list(TOESTEMMINGEN).index(p.toestemming), naam(p)),
        "leeftijd": lambda p: (_jaren(p) is None, -(_jaren(p) or 0), naam(p)),
        "sinds": lambda p: (not sinds.get(p.id), naam(p)),
    }
    return sorted(personen, key=sleutels[op])


def _jaren(p: Persoon) -> int | None:
    if p.leeftijd is not None:
        return p.leeftijd
    return date.today().year - p.geboortejaar if p.geboortejaar is not None else None


@dataclass
class Filter:
    zoek: str = ""
    sector: str | None = None  # a sector key, "" for unknown, None for all
    toestemming: str | None = None

    def past(self, p: Persoon) -> bool:
        if self.sector is not None and (p.sector or "") != self.sector:
            return False
        if self.toestemming is not None and p.toestemming != self.toestemming:
            return False
        tekst = f"{p.naam} {p.relatie} {p.notities} {p.zorg_notitie}".casefold()
        return all(woord in tekst for woord in self.zoek.casefold().split())

    @property
    def actief(self) -> bool:
        return bool(self.zoek.strip()) or self.sector is not None or self.toestemming is not None

    def beschrijving(self) -> str:
        delen = []
        if self.sector is not None:
            delen.append(f"sector {SECTOREN.get(self.sector, 'onbekend')}")
        if self.toestemming is not None:
            delen.append(f"toestemming {TOESTEMMINGEN[self.toestemming]}")
        if self.zoek.strip():
            delen.append(f"zoek “{self.zoek.strip()}”")
        return " · ".join(delen)


def telling_tekst(
    t: Telling,
    s: Sessie,
    sinds: dict[str, list[Verandering]],
    vrij: Callable[[str], str] | None = None,
) -> str:
    """The counts, always on top: people, consent, per sector, per ring, and the reference.

    `vrij` shows free text (a circle's title) through the privacy mask."""
    tekst = vrij or (lambda x: x)
    regels = [
        f"[b]{t.personen}[/b] personen · ter vergelijking: in onderzoek gemiddeld "
        f"{_gemiddelde()} per gezin",
        f"Toestemming: ✓ [b]{t.toestemming_ja}[/b] ja · ✗ {t.toestemming_nee} nee · "
        f"? {t.niet_gevraagd} nog niet gevraagd"
        + (f" · ⚠ {t.zorg} zorg over invloed" if t.zorg else ""),
    ]
    if t.per_sector:
        regels.append(
            "Sector: " + " · ".join(f"{k or 'onbekend'} {n}" for k, n in t.per_sector.items())
        )
    if t.per_cirkel:
        regels.append(
            "Ringen (binnen/midden/buiten): "
            + " · ".join(
                f"{escape(tekst(c.titel))} {'/'.join(map(str, c.ringen))}" for c in t.per_cirkel
            )
        )
    vorige = s.vorige_stand()
    if vorige is not None:
        aantallen = {v: sum(1 for w in sinds.values() if v in w) for v in VERANDERINGEN}
        regels.append(
            f"Sinds {vorige.datum.day} {MAANDEN[vorige.datum.month - 1][:3]}: "
            + " · ".join(
                f"{VERANDERINGEN[v][0]} {n} {VERANDERINGEN[v][1]}" for v, n in aantallen.items()
            )
        )
    return "\n".join(regels)


class PersonenPaneel(Vertical):
    BINDINGS = [
        Binding("a", "nieuw", "Nieuw", id="persoon-nieuw"),
        # "Weg", not "Verwijder": with Export and F2 the footer must still fit 80 columns.
        Binding("delete", "verwijder", "Weg", id="persoon-weg"),
        # m and s are named in the line above the table: the footer keeps ^q and F1 at 80.
        Binding("m", "voeg_samen", "Samenvoegen", id="persoon-samen", show=False),
        Binding("s", "sorteer", "Sorteer", id="persoon-sorteer", show=False),
        Binding("slash", "zoek", "Zoek", id="persoon-zoek"),
        Binding("t", "filter_toestemming", "Toestemming", id="persoon-filter-t", show=False),
        Binding("o", "filter_sector", "Sector", id="persoon-filter-s", show=False),
        # Named in the line above the table too: the footer is full at 80 columns.
        Binding("g", "genogram", "Genogram", id="persoon-genogram", show=False),
        Binding("r", "aanmelding", "Aanmelding", id="persoon-aanmelding", show=False),
        # Only active while filtering or merging; otherwise Esc leaves the session as always.
        Binding("escape", "wis_filter", "Wis", id="persoon-wis"),
        # The screen's F3, named in the line above the table: the footer is full at 80.
        Binding("f3", "screen.uitleg", "Uitleg", id="persoon-uitleg", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sortering = "naam"
        self.filter = Filter()
        self._breed: bool | None = None
        self._samen_met: str | None = None  # first person picked for a merge

    def compose(self) -> ComposeResult:
        yield Static("", id="personen-telling")
        yield Invoer(
            placeholder="Zoek op naam, relatie of notitie…", id="personen-zoek", compact=True
        )
        yield Static("", id="personen-filter")
        yield PersonenTabel(id="personentabel", cursor_type="row", zebra_stripes=True)
        yield Static("", id="persoon-herkomst")
        yield UitlegVak("register", id="personen-uitleg")  # F3

    def on_mount(self) -> None:
        self.query_one("#personen-zoek").display = False
        self.watch(self.app, "uitleg", lambda _: self._ruimte_voor_uitleg(), init=False)
        # The table is filled when the tab is first shown (on_resize: a hidden tab has no
        # size yet), not when the session opens on another tab: 2,000 rows cost ~0.2 s.

    def on_resize(self, _: events.Resize) -> None:
        if (self.size.width >= BREED) != self._breed:
            self.ververs()
        self._ruimte_voor_uitleg()

    def _ruimte_voor_uitleg(self) -> None:
        """On a low screen the F3 explanation takes the place of the details below the
        table (Enter shows them in full), so the table keeps its rows."""
        laag = self.size.height < 30
        self.query_one("#persoon-herkomst").display = not (laag and wv(self).uitleg)

    # -- showing ---------------------------------------------------------------------------

    def _kolommen(self) -> list[Kolom]:
        return [k for k in KOLOMMEN if self._breed or k.smal is not None]

    def ververs(self) -> None:
        s = sessie(self)
        tabel = self.query_one(DataTable)
        breed = self.size.width >= BREED
        gekozen = self._gekozen_id()
        if breed != self._breed or not tabel.columns:
            self._breed = breed
            tabel.clear(columns=True)
            for kolom in self._kolommen():
                breedte = None if breed else kolom.smal
                tabel.add_column(kolom.kop, key=kolom.sleutel, width=breedte)
        else:
            tabel.clear()
        sinds = s.veranderd_sinds_vorig_bezoek()
        zichtbaar = [p for p in sorteer(s.personen, self.sortering, sinds) if self.filter.past(p)]
        kolommen = self._kolommen()
        for p in zichtbaar:
            rij = cellen(s, p, kolommen, breed, sinds.get(p.id, []), naam_functie(self), self._vrij)
            tabel.add_row(*(Text(c) for c in rij), key=p.id)
        ids = [p.id for p in zichtbaar]
        if ids:
            tabel.move_cursor(row=ids.index(gekozen) if gekozen in ids else 0)
        self.query_one("#personen-telling", Static).update(
            telling_tekst(tel(s), s, sinds, self._vrij)
        )
        self._toon_filter(len(zichtbaar), len(s.personen))
        self._toon_herkomst()
        self.refresh_bindings()  # Esc clears a filter only while there is one

    def _vrij(self, tekst: str) -> str:
        return verberg_tekst(self, tekst)

    def _toon_filter(self, getoond: int, totaal: int) -> None:
        vak = self.query_one("#personen-filter", Static)
        sortering = dict(SORTERINGEN)[self.sortering]
        if self.filter.actief:
            vak.update(
                Text(
                    f"Filter: {self.filter.beschrijving()} — {getoond} van {totaal} getoond "
                    f"(Esc wist) · op {sortering}"
                )
            )
        else:
            vak.update(
                Text(
                    f"s sorteer ({sortering}) · t/o filter · "
                    # F1 is in the footer; g (the genogram), r (the referral, §2.3) and F3
                    # have no room there at 80.
                    "m samen · g genogram · r aanmelding · F3 uitleg"
                )
            )

    def _gekozen_id(self) -> str | None:
        tabel = self.query_one(DataTable)
        if tabel.row_count == 0:
            return None
        try:
            sleutel = tabel.coordinate_to_cell_key(tabel.cursor_coordinate).row_key.value
        except Exception:  # the cursor was on a row that is gone
            return None
        return sleutel

    def _gekozen(self) -> Persoon | None:
        sleutel = self._gekozen_id()
        return sessie(self).persoon(sleutel) if sleutel else None

    @on(DataTable.RowHighlighted)
    def _toon_herkomst(self) -> None:
        vak = self.query_one("#persoon-herkomst", Static)
        persoon = self._gekozen()
        if persoon is None:
            leeg = (
                "Niemand past bij dit filter. Esc wist het filter."
                if self.filter.actief and sessie(self).personen
                else "Nog niemand genoemd. Stel een wie-vraag, of voeg iemand toe met [b]a[/b]."
            )
            vak.update(leeg)
            return
        regels = Text()
        if self._samen_met is not None:
            eerste = sessie(self).persoon(self._samen_met)
            if eerste is not None:
                regels.append(
                    f"Samenvoegen met {toon_label(self, eerste)}: kies de andere persoon en druk m "
                    "(Esc breekt af).\n",
                    style="bold",
                )
        if persoon.steun:
            regels.append("Steun: " + ", ".join(STEUNSOORTEN[s] for s in persoon.steun) + "\n")
        if persoon.zorg:
            uitleg = f": {persoon.zorg_notitie}" if persoon.zorg_notitie.strip() else ""
            regels.append(f"⚠ zorg over invloed{verberg_tekst(self, uitleg)}\n")
        via = sessie(self).herkomst(persoon.id)
        if not via:
            regels.append(f"{toon_label(self, persoon)}: met de hand toegevoegd.")
        else:
            regels.append(f"{toon_label(self, persoon)} is genoemd bij:\n", style="bold")
            for herkomst in via:
                teken = "↪" if herkomst.soort == "appel" else "•"
                regels.append(f"{teken} {verberg_tekst(self, herkomst.tekst)}\n", style="not bold")
        vak.update(regels)

    # -- sort and filter -------------------------------------------------------------------

    def action_sorteer(self) -> None:
        sleutels = [k for k, _ in SORTERINGEN]
        self.sortering = sleutels[(sleutels.index(self.sortering) + 1) % len(sleutels)]
        self.ververs()

    def action_zoek(self) -> None:
        zoek = self.query_one("#personen-zoek", Input)
        zoek.display = True
        zoek.focus()

    @on(Input.Changed, "#personen-zoek")
    def _zoek(self, event: Input.Changed) -> None:
        self.filter.zoek = event.value
        self.ververs()

    @on(Input.Submitted, "#personen-zoek")
    def _zoek_klaar(self) -> None:
        self.query_one(DataTable).focus()

    def action_filter_toestemming(self) -> None:
        huidig = TOESTEMMING_FILTERS.index(self.filter.toestemming)
        self.filter.toestemming = TOESTEMMING_FILTERS[(huidig + 1) % len(TOESTEMMING_FILTERS)]
        self.ververs()

    def action_filter_sector(self) -> None:
        # Only sectors that occur: cycling through nine empty ones helps nobody.
        aanwezig: list[str | None] = [None, *tel(sessie(self)).per_sector]
        huidig = aanwezig.index(self.filter.sector) if self.filter.sector in aanwezig else 0
        self.filter.sector = aanwezig[(huidig + 1) % len(aanwezig)]
        self.ververs()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "wis_filter":
            return self.filter.actief or self._samen_met is not None
        return True

    def action_wis_filter(self) -> None:
        if self._samen_met is not None:
            self._samen_met = None
            self._toon_herkomst()
            self.refresh_bindings()
            return
        zoek = self.query_one("#personen-zoek", Input)
        self.filter = Filter()
        with zoek.prevent(Input.Changed):
            zoek.value = ""
        zoek.display = False
        self.query_one(DataTable).focus()
        self.ververs()
        self.refresh_bindings()

    # -- edit, add, remove, merge ----------------------------------------------------------

    @on(DataTable.RowSelected)
    def _kies(self) -> None:
        self.action_bewerk()

    def action_bewerk(self) -> None:
        persoon = self._gekozen()
        if persoon is not None:
            from wievraag.tui.screens.persoon import PersoonScreen

            self.app.push_screen(PersoonScreen(persoon.id))

    def action_aanmelding(self) -> None:
        from wievraag.tui.screens.aanmelding import AanmeldingScreen

        self.app.push_screen(AanmeldingScreen())

    def action_genogram(self) -> None:
        from wievraag.tui.screens.genogram import GenogramScreen

        self.app.push_screen(GenogramScreen())

    def action_nieuw(self) -> None:
        from wievraag.tui.screens.persoon import PersoonScreen

        self.app.push_screen(PersoonScreen(None))

    @work
    async def action_verwijder(self) -> None:
        persoon = self._gekozen()
        if persoon is None:
            return
        ok = await self.app.push_screen_wait(
            Bevestig(
                verwijder_vraag(sessie(self), persoon, lambda p: toon_label(self, p)),
                ja="Verwijder",
                gevaarlijk=True,
            )
        )
        if ok:
            wv(self).editor_open.doe(sessie(self).verwijder_persoon, persoon.id)
            self.ververs()

    @work
    async def action_voeg_samen(self) -> None:
        """m on one person, m on the other: one confirmation naming both, then merged."""
        persoon = self._gekozen()
        if persoon is None:
            return
        s = sessie(self)
        eerste = s.persoon(self._samen_met) if self._samen_met else None
        if eerste is None or eerste.id == persoon.id:
            self._samen_met = persoon.id
            self.refresh_bindings()
            self._toon_herkomst()
            return
        self._samen_met = None
        self.refresh_bindings()
        ok = await self.app.push_screen_wait(
            Bevestig(
                samenvoeg_vraag(s, eerste, persoon, lambda p: toon_label(self, p)),
                ja="Voeg samen",
            )
        )
        if ok and s.persoon(eerste.id) and s.persoon(persoon.id):
            wv(self).editor_open.doe(s.voeg_samen, eerste.id, persoon.id)
            self.notify("Samengevoegd tot één persoon.", timeout=3)
        self.ververs()


def verwijder_vraag(
    s: Sessie, persoon: Persoon, label: Callable[[Persoon], str] | None = None
) -> str:
    via = s.herkomst(persoon.id)
    naam = label(persoon) if label else persoon.label
    gevolg = (
        f" Ze verdwijnen ook uit de antwoorden, appèls en cirkels waarin ze staan "
        f"({_telling(via)})."
        if via or any(persoon.id in c.persoon_ids() for c in s.cirkels)
        else ""
    )
    return f"[b]{escape(naam)}[/b] uit het netwerk verwijderen?{gevolg} Ctrl+Z maakt het ongedaan."


def samenvoeg_vraag(
    s: Sessie, weg: Persoon, blijft: Persoon, label: Callable[[Persoon], str] | None = None
) -> str:
    wl, bl = (label(weg), label(blijft)) if label else (weg.label, blijft.label)
    return (
        f"Zijn [b]{escape(wl)}[/b] en [b]{escape(bl)}[/b] dezelfde persoon?\n\n"
        f"Alles wat bij {escape(wl)} hoort (antwoorden, appèls, cirkels, ouders en partners) "
        "gaat naar "
        f"{escape(bl)}. Lege velden van {escape(bl)} worden aangevuld; notities worden "
        f"samengevoegd. Daarna staat alleen {escape(bl)} in het netwerk. "
        "Ctrl+Z maakt het ongedaan."
    )


_WOORDEN = {
    "vraag": ("vraag", "vragen"),
    "appel": ("appèl", "appèls"),
    "interview": ("interview", "interviews"),
    "cirkel": ("cirkel", "cirkels"),
}


def _telling(via: list[Herkomst]) -> str:
    """ "1 vraag · 2 appèls · 1 interview": what brought this person up, counted per kind."""
    delen = []
    for soort, (een, meer) in _WOORDEN.items():
        aantal = sum(1 for h in via if h.soort == soort)
        if aantal:
            delen.append(f"{aantal} {een if aantal == 1 else meer}")
    return " · ".join(delen) or "—"
