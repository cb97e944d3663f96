"""The four appèl steps as form parts, one container each; the screen shows one at a time.

Prompts come from the bank (verbatim §2.5), never from here. A field's id names the model
field it fills: "f-<veld>" on the appèl itself, "f-<stap>-<veld>" in a step's block, and each
choice of a radio set is "<field id>--<value>". The screen reads and writes through that one
rule, so adding a field is adding a widget here and a field in the model.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Label, RadioSet, Select, Static, TextArea

from wievraag.model import HELPEND, JANEE, SOORTEN, UITKOMSTEN, VAN, AppelStap
from wievraag.tui.widgets.genoemd import NoemVeld
from wievraag.tui.widgets.keuzes import Rondje
from wievraag.tui.widgets.velden import Invoer, Tekstvak


def veld_pad(veld_id: str) -> tuple[str | None, str]:
    """ "f-overweeg-nu" → ("overweeg", "nu"); "f-verzoek" → (None, "verzoek")."""
    stap, _, veld = veld_id.removeprefix("f-").rpartition("-")
    return (stap or None, veld)


def _regel(naam: str, veld: Widget) -> ComposeResult:
    with Horizontal(classes="veldregel"):
        yield Label(naam, classes="veldnaam")
        yield veld


def _keuzes(veld_id: str, opties: dict[str, str]) -> RadioSet:
    knoppen = [
        Rondje(woord, id=f"{veld_id}--{sleutel}", compact=True) for sleutel, woord in opties.items()
    ]
    return RadioSet(*knoppen, id=veld_id, compact=True, classes="veld keuzes")


def _tekstvak(veld_id: str, klein: bool = False) -> TextArea:
    return Tekstvak(
        id=veld_id,
        soft_wrap=True,
        show_line_numbers=False,
        tab_behavior="focus",
        classes="veld klein" if klein else "veld",
    )


def _kop(stap: AppelStap, nummer: int) -> ComposeResult:
    yield Static(f"{nummer}. {stap.titel}", classes="stap-titel")


def _vraag(tekst: str, id: str | None = None) -> Static:
    return Static(Text(tekst), id=id, classes="stap-vraag")


def _tip(tekst: str) -> Static:
    return Static(Text.assemble(("Onthoud: ", "bold"), tekst), classes="stap-tip")


def herken(stap: AppelStap) -> ComposeResult:
    with Vertical(id="stap-herken", classes="stap"):
        yield from _kop(stap, 1)
        yield _vraag(stap.vragen[0])
        yield from _regel(
            "Het appèl",
            Invoer(
                placeholder="kort, in jouw woorden, bijv. kind naar school brengen",
                id="f-verzoek",
                classes="veld",
                compact=True,
            ),
        )
        yield from _regel("Soort", _keuzes("f-soort", SOORTEN))
        yield from _regel(
            "Van wie",
            Select(
                [(woord, sleutel) for sleutel, woord in VAN.items()],
                prompt="(kies)",
                id="f-van",
                classes="veld",
                compact=True,
            ),
        )
        yield Label("Wat voel of merk je bij jezelf?", classes="veldkop")
        yield _tekstvak("f-herken-gevoel")


def overweeg(stap: AppelStap) -> ComposeResult:
    helpend, als_niet, enige = stap.vragen
    with Vertical(id="stap-overweeg", classes="stap"):
        yield from _kop(stap, 2)
        yield _vraag(helpend)
        yield from _regel("Nu", _keuzes("f-overweeg-nu", HELPEND))
        yield from _regel("Lange termijn", _keuzes("f-overweeg-lange_termijn", HELPEND))
        yield _vraag(als_niet)
        yield _tekstvak("f-overweeg-als_niet", klein=True)
        if stap.tip:
            yield _tip(stap.tip)
        yield _vraag(enige)
        yield from _regel("", _keuzes("f-overweeg-enige", JANEE))
        yield Label("Toelichting", classes="veldkop")
        yield _tekstvak("f-overweeg-toelichting", klein=True)


def bespreek(stap: AppelStap) -> ComposeResult:
    # Which phrasing fits depends on received or felt: the screen fills these two in.
    with Vertical(id="stap-bespreek", classes="stap"):
        yield from _kop(stap, 3)
        yield from _regel(
            "Met wie",
            Invoer(
                placeholder="bijv. moeder, de verwijzer, een collega",
                id="f-bespreek-met",
                classes="veld",
                compact=True,
            ),
        )
        yield _vraag("", id="vraag-gezegd")
        yield _tekstvak("f-bespreek-gezegd")
        yield _vraag("", id="vraag-antwoord")
        yield _tekstvak("f-bespreek-antwoord")


def verleg(stap: AppelStap) -> ComposeResult:
    doen, meedenken = stap.vragen
    with Vertical(id="stap-verleg", classes="stap"):
        yield from _kop(stap, 4)
        if stap.tip:
            yield _tip(stap.tip)
        yield _vraag(doen)
        yield NoemVeld(id="veld-doen", invoer_id="noem-doen", lijst_id="lijst-doen")
        yield _vraag(meedenken)
        yield NoemVeld(id="veld-meedenken", invoer_id="noem-meedenken", lijst_id="lijst-meedenken")
        yield Static("", id="bij-appel")
        yield from _regel("Uitkomst", _keuzes("f-uitkomst", UITKOMSTEN))
        yield from _regel(
            "Omdat",
            Invoer(
                placeholder="bijv. zelf gedaan omdat het kind niet veilig was",
                id="f-omdat",
                classes="veld",
                compact=True,
            ),
        )
