"""The shared logbook (000): who did what on which day, and what they noticed.

Newest first; a filter shows one person's lines. A new line is typed below the table and
saved with Enter. Anyone in the register may write a line (it records what happened, it gives
nobody a task), and the professional as "ik (professional)".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Header, Input, Select, Static

from wievraag.model import LogRegel, Persoon, Sessie
from wievraag.opmaak import datum_kort, datum_lang, lees_datum
from wievraag.tui.context import sessie, wv
from wievraag.tui.masker import toon_label, toon_naam, verberg_tekst
from wievraag.tui.screens.basis import InSessieScreen
from wievraag.tui.screens.plan import DATUM, regel
from wievraag.tui.widgets.velden import Invoer

IK = "__ik__"  # the professional in the "who" lists (LogRegel.wie = None)
IK_NAAM = "ik (professional)"


def wie_keuzes(s: Sessie, label: Callable[[Persoon], str]) -> list[tuple[Text, str]]:
    return [(Text(IK_NAAM), IK)] + [
        (Text(label(p)), p.id) for p in sorted(s.personen, key=lambda p: p.naam.casefold())
    ]


def nieuwste_eerst(logboek: list[LogRegel]) -> list[LogRegel]:
    """By date, newest first; lines of the same day in the order written, last first."""
    return [
        r for _, r in sorted(enumerate(logboek), key=lambda p: (p[1].datum, p[0]), reverse=True)
    ]


class LogboekScreen(InSessieScreen):
    def _label(self, persoon: Persoon) -> str:
        return toon_label(self, persoon)

    HELP_ONDERWERP = "logboek"
    BINDINGS = [Binding("escape", "terug", "Terug", id="terug")]

    def compose(self) -> ComposeResult:
        s = sessie(self)
        yield Header()
        yield Static("Logboek: wat deed iemand, wat viel op? (nieuwste bovenaan)", id="log-titel")
        # The new line above the table, where it will stand (newest on top), so the form is
        # the first thing on the screen and the cursor starts in its first field.
        yield Static(
            "Nieuwe regel — Enter bij 'Opgemerkt' zet hem in het logboek", classes="veldkop"
        )
        yield regel(
            "Datum", Invoer(datum_kort(date.today()), placeholder=DATUM, id="datum", compact=True)
        )
        yield regel(
            "Wie",
            Select(wie_keuzes(s, self._label), value=IK, allow_blank=False, id="wie", compact=True),
        )
        yield regel(
            "Wat gedaan",
            Invoer(id="wat", compact=True, placeholder="bijv. de kinderen naar school gebracht"),
        )
        yield regel(
            "Opgemerkt",
            Invoer(id="opgemerkt", compact=True, placeholder="wat viel op? (Enter bewaart)"),
        )
        yield regel(
            "Toon van",
            Select(wie_keuzes(s, self._label), prompt="iedereen", id="filter", compact=True),
        )
        yield DataTable(id="logboek", cursor_type="row", zebra_stripes=True)
        yield self.footer()

    def on_mount(self) -> None:
        tabel = self.query_one(DataTable)
        # The remark takes what the screen leaves (the size is known before the table's own).
        tabel.add_column("Datum", width=10)
        tabel.add_column("Wie", width=14)
        tabel.add_column("Wat", width=22)
        tabel.add_column("Opgemerkt", width=max(20, self.app.size.width - 58))
        self._vul()
        self.query_one("#datum", Input).focus()

    def _vul(self) -> None:
        s = sessie(self)
        tabel = self.query_one(DataTable)
        tabel.clear()
        filter_ = self.query_one("#filter", Select).value
        for r in nieuwste_eerst(s.logboek):
            if filter_ is not Select.NULL and filter_ != (r.wie or IK):
                continue
            persoon = s.persoon(r.wie) if r.wie else None
            tabel.add_row(
                datum_kort(r.datum),
                Text(toon_naam(self, persoon) if persoon else IK_NAAM),
                Text(verberg_tekst(self, r.wat)),
                Text(verberg_tekst(self, r.opgemerkt)),
                key=r.id,
                height=None,  # a long remark wraps instead of being cut off
            )
        if tabel.row_count == 0:
            leeg = "Nog niets in het logboek." if not s.logboek else "Niets van deze persoon."
            tabel.add_row("", Text(leeg, style="italic"), "", "")

    @on(Select.Changed, "#filter")
    def _filter(self) -> None:
        self._vul()

    @on(Input.Submitted, "#wat, #opgemerkt, #datum")
    def _enter(self, event: Input.Submitted) -> None:
        if event.input.id != "opgemerkt":  # Enter in the first fields goes on to the next
            self.focus_next()
            return
        wat = self.query_one("#wat", Input)
        if not (wat.value.strip() or event.input.value.strip()):
            self.notify("Schrijf eerst wat er gedaan is of wat opviel.", severity="warning")
            return
        self._voeg_toe()

    def _voeg_toe(self) -> bool:
        wat = self.query_one("#wat", Input)
        opgemerkt = self.query_one("#opgemerkt", Input)
        dag = lees_datum(self.query_one("#datum", Input).value)
        if dag is None:
            self.notify("Schrijf de datum als 15-12-2026.", severity="warning")
            self.query_one("#datum", Input).focus()
            return False
        wie = self.query_one("#wie", Select).value
        s = sessie(self)
        regel = LogRegel(
            datum=dag,
            wie=None if wie in (IK, Select.NULL) else str(wie),
            wat=wat.value.strip(),
            opgemerkt=opgemerkt.value.strip(),
        )
        wv(self).editor_open.voeg_toe(s, "logboek", regel)
        wat.value = opgemerkt.value = ""
        wat.focus()
        self._vul()
        self.notify(f"In het logboek gezet ({datum_lang(dag)}).", timeout=3)
        return True

    def action_terug(self) -> None:
        # A line typed but not yet saved with Enter is saved now: leaving never loses it.
        wat, opgemerkt = self.query_one("#wat", Input), self.query_one("#opgemerkt", Input)
        if (wat.value.strip() or opgemerkt.value.strip()) and not self._voeg_toe():
            return  # the date cannot be read: stay, the message says what to fix
        self.app.pop_screen()
