"""Scaling tables: how the work grows with the number of sessions and of people (issue 18).

Each row is measured in this run, on this machine; the last column is the growth exponent
between the two largest sizes (time ∝ size^k: 1 is linear, 2 quadratic), and the ratio
against the smallest size says what the targets say ("500 people ≤ 1.3× 50 people").

Big fixtures are generated once and kept in a cache folder outside the repository
(`WIEVRAAG_BENCH_CACHE`, default: the system's temp folder), keyed by the generators' source,
so a change to a generator makes new ones. All names in them are generated (fictional).
"""

from __future__ import annotations

import hashlib
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HIER = Path(__file__).resolve().parent
REPO = HIER.parent
SESSIES = (100, 1_000, 10_000)
MENSEN = (50, 500, 2_000)

Meld = Callable[..., None]


def cache() -> Path:
    """The cache folder for this version of the generators (made private: 0700)."""
    bronnen = [HIER / "fixtures.py", HIER / "schaal.py", REPO / "tests" / "grootgezin.py"]
    bronnen.append(REPO / "src" / "wievraag" / "model" / "sessie.py")  # the schema
    sleutel = hashlib.sha256(b"".join(p.read_bytes() for p in bronnen)).hexdigest()[:12]
    basis = Path(os.environ.get("WIEVRAAG_BENCH_CACHE") or tempfile.gettempdir())
    map_ = basis / f"wievraag-bench-{sleutel}"
    map_.mkdir(mode=0o700, parents=True, exist_ok=True)
    return map_


def _klaar_of_maak(map_: Path, maak: Callable[[Path], None]) -> Path:
    """`map_` when a previous run finished making it; else made now (atomically renamed)."""
    if (map_ / ".klaar").exists():
        return map_
    tijdelijk = map_.with_name(map_.name + f".{os.getpid()}.tmp")
    shutil.rmtree(tijdelijk, ignore_errors=True)
    tijdelijk.mkdir(mode=0o700, parents=True)
    maak(tijdelijk)
    (tijdelijk / ".klaar").touch()
    shutil.rmtree(map_, ignore_errors=True)
    tijdelijk.rename(map_)
    return map_


def sessie_map(aantal: int) -> Path:
    """A data folder with `aantal` session files of 25 people and 25 answers each."""
    from run import maak_sessies

    return _klaar_of_maak(
        cache() / f"sessies-{aantal}",
        lambda map_: maak_sessies(map_ / "data", aantal, personen=25, antwoorden=25),
    )


def familie_bestand(mensen: int) -> Path:
    """One session file of a big family with answers, circles and an olievlek."""
    from tests.grootgezin import volle_sessie

    from wievraag.store import codeer

    def maak(map_: Path) -> None:
        sessie = volle_sessie(mensen, 1)
        (map_ / f"{sessie.id}.toml").write_bytes(codeer(sessie))

    map_ = _klaar_of_maak(cache() / f"familie-{mensen}", maak)
    return next(map_.glob("*.toml"))


def groei(kleiner: tuple[int, float], groter: tuple[int, float]) -> float:
    """The exponent k in time ∝ size^k between two sizes."""
    (n1, t1), (n2, t2) = kleiner, groter
    if t1 <= 0 or t2 <= 0:
        return float("nan")
    return math.log(t2 / t1) / math.log(n2 / n1)


def _tabel(
    meld: Meld, naam: str, eenheid: str, maten: tuple[int, ...], rij: dict[int, list[float]]
) -> None:
    """One figure over the sizes: median per size with min/median/max, the ratio against
    the smallest size and the growth exponent between the two largest."""
    medianen = {n: statistics.median(t) for n, t in rij.items() if t}
    if len(medianen) < len(maten):
        return
    delen = [
        f"{n:,}: {medianen[n] * 1000:.0f} ms (min {min(rij[n]) * 1000:.0f} / "
        f"max {max(rij[n]) * 1000:.0f})"
        for n in maten
    ]
    k = groei((maten[-2], medianen[maten[-2]]), (maten[-1], medianen[maten[-1]]))
    ratio = medianen[maten[-1]] / medianen[maten[0]]
    meld(
        naam,
        f"{medianen[maten[-1]] * 1000:.0f} ms at {maten[-1]:,} {eenheid}",
        ratio,
        "; ".join(delen) + f"; growth exponent {maten[-2]:,}→{maten[-1]:,}: {k:.2f}; "
        f"ratio {maten[-1]:,} vs {maten[0]:,} {eenheid}",
    )
    for n in maten[1:-1]:
        meld(f"{naam}_{n}", f"{medianen[n] * 1000:.0f} ms", medianen[n] / medianen[maten[0]])


# -- sessions ---------------------------------------------------------------------------------

# The first paint is the first frame drawn after the home screen showed its first listing
# (App._display; headless, so the terminal's own drawing is not in it). Not the end of the
# first `pilot.pause()`: that waits until the process is idle (Textual compares CPU and wall
# time), and while the rest of the list is read in the background it never is, up to 1 s.
HOME = """
import sys, time
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.home import HomeScreen
begin = time.perf_counter()
eerste = []
getoond = []
toon = HomeScreen._toon
def _toon(self, *args):
    toon(self, *args)
    getoond.append(True)
HomeScreen._toon = _toon
display = WievraagApp._display
def _display(self, screen, renderable):
    if getoond and not eerste and renderable is not None:
        eerste.append(time.perf_counter() - begin)
    display(self, screen, renderable)
WievraagApp._display = _display
async def klaar(pilot):
    await pilot.pause()
    scherm = pilot.app.screen
    while getattr(scherm, "_nog", 0) or not eerste:  # the rest is read in a worker
        await pilot.pause(0.02)
    print(eerste[0], time.perf_counter() - begin, time.process_time())
    pilot.app.exit()
WievraagApp().run(headless=True, auto_pilot=klaar, size=(100, 30))
"""

LIJST = """
import contextlib, io, time
from wievraag.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    main(["lijst"])
print(time.process_time())
"""


def _draai(script: str, data: Path, koud: bool) -> list[float]:
    """Wall time of a fresh interpreter running `script`, and what the script prints."""
    if koud:
        for index in data.glob(".index.*"):
            index.unlink()
    env = {
        **os.environ,
        "WIEVRAAG_DATA": str(data),
        "WIEVRAAG_CONFIG": str(data.parent / "config"),
    }
    begin = time.perf_counter()
    uit = subprocess.run(
        [sys.executable, "-c", script], env=env, check=True, capture_output=True, text=True
    ).stdout.split()
    return [time.perf_counter() - begin, *map(float, uit)]


def bench_sessies(meld: Meld, runs: int, maten: tuple[int, ...] = SESSIES) -> None:
    """The home screen (first paint and the complete list) and `wievraag lijst`, with the
    index (warm) and without (cold: the first start, or an index lost)."""
    figuren: dict[str, dict[int, list[float]]] = {}

    def noteer(naam: str, n: int, tijd: float) -> None:
        figuren.setdefault(naam, {}).setdefault(n, []).append(tijd)

    for n in maten:
        data = sessie_map(n) / "data"
        _draai(LIJST, data, koud=False)  # builds the index, warms the file cache
        for soort in ("warm", "koud"):
            for _ in range(runs):
                _, eerst, klaar, cpu = _draai(HOME, data, koud=soort == "koud")
                noteer(f"home_first_paint_{soort}", n, eerst)
                noteer(f"home_complete_{soort}", n, klaar)
                noteer(f"home_complete_{soort}_cpu", n, cpu)
                wand, cpu = _draai(LIJST, data, koud=soort == "koud")
                noteer(f"lijst_{soort}", n, wand)
                noteer(f"lijst_{soort}_cpu", n, cpu)
    for naam, rij in figuren.items():
        soort = "with index" if "warm" in naam else "without index"
        _tabel(meld, naam, f"sessions {soort}", maten, rij)


# -- people -----------------------------------------------------------------------------------

# Open (h on the home screen until the session screen shows), then three times: the first
# question's answer screen (Enter), one letter typed, and back (Escape: the change saved, the
# tab in view refreshed) until the session screen shows again. The figure is the median of
# the three leavings (the first one also pays for what is imported once).
# Three leavings (Enter on the first question, one letter, Escape), the same in ours and in the
# bare baseline; `wacht(pilot, sessie)` waits for the session screen (True) or another.
DRIE_KEER_TERUG = """    terug = []
    for _ in range(3):
        await pilot.press("enter")
        await wacht(pilot, False)
        await pilot.press("x")
        await pilot.pause()
        cpu = time.process_time()
        await pilot.press("escape")
        await wacht(pilot, True)
        terug.append(time.process_time() - cpu)
"""

OPEN = """
import statistics, sys, time
from wievraag.tui.app import WievraagApp
from wievraag.tui.screens.sessie import SessieScreen
async def wacht(pilot, sessie):
    while isinstance(pilot.app.screen, SessieScreen) != sessie:
        await pilot.pause(0.01)
    await pilot.pause()
async def klaar(pilot):
    await pilot.pause()
    begin, cpu = time.perf_counter(), time.process_time()
    await pilot.press("h")
    await wacht(pilot, True)
    uit = [time.perf_counter() - begin, time.process_time() - cpu]
{terug}    print(*uit, statistics.median(terug))
    pilot.app.exit()
WievraagApp().run(headless=True, auto_pilot=klaar, size=(100, 30))
""".replace("{terug}", DRIE_KEER_TERUG)

# The baseline for leaving an answer screen: Textual's own widgets of the same kinds and
# number (a tabbed screen with a list of 160 questions; an answer screen with labels, fields,
# a choice of person, radio buttons and a text area), the same keys, the same measurement.
# What this costs is the screen switch itself, before any work of ours.
KAAL_TERUG = """
import statistics, time
from textual.app import App
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import (Footer, Header, Input, Label, OptionList, RadioButton, RadioSet,
    Select, Static, TabbedContent, TabPane, TextArea)
class Antwoord(Screen):
    BINDINGS = [Binding(k, "app.pop_screen", k) for k in ("escape", "f2", "f3", "f4", "f5")]
    def compose(self):
        yield Header()
        with VerticalScroll():
            for n in range(3):
                yield Static(f"Vraag {n}: wie kan er helpen als het moeilijk wordt?")
            for n in range(4):
                with Horizontal():
                    yield Label(f"veld {n}")
                    yield Input() if n < 2 else Label("waarde")
            with RadioSet():
                for n in range(3):
                    yield RadioButton(f"keuze {n}")
            yield Select([(f"persoon {n}", n) for n in range(20)])
            yield TextArea()
        yield Footer()
class Sessie(Screen):
    BINDINGS = [Binding(k, "app.bell", k) for k in "abcdefghi"]
    def compose(self):
        yield Header()
        with TabbedContent():
            for n in range(6):
                with TabPane(f"Tab {n}"):
                    if n == 0:
                        yield Input()
                        yield Select([(f"stap {n}", n) for n in range(4)])
                        yield OptionList(*[f"Vraag {i} over het netwerk?" for i in range(160)])
                    else:
                        yield Static(f"paneel {n}")
        yield Static("detail")
        yield Footer()
    def on_option_list_option_selected(self):  # Enter on a question, as in ours
        self.app.push_screen(Antwoord())
class Kaal(App):
    def on_mount(self):
        self.push_screen(Sessie())
        self.call_after_refresh(lambda: self.screen.query_one(OptionList).focus())
async def wacht(pilot, sessie):
    while isinstance(pilot.app.screen, Sessie) != sessie:
        await pilot.pause(0.01)
    await pilot.pause()
async def klaar(pilot):
    await pilot.pause()
    await wacht(pilot, True)
{terug}    print(statistics.median(terug))
    pilot.app.exit()
Kaal().run(headless=True, auto_pilot=klaar, size=(100, 30))
""".replace("{terug}", DRIE_KEER_TERUG)


def _open_in_app(bestand: Path) -> tuple[float, float, float]:
    """Home → h → the session screen shown (wall, CPU), then leaving an answer screen with
    one change (CPU), in a fresh process on a copy of the file (opening records a visit; the
    cached fixture stays as it was)."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        (data / "sessies").mkdir(parents=True, mode=0o700)
        shutil.copy(bestand, data / "sessies" / bestand.name)
        _, wand, cpu, terug = _draai(OPEN, data, koud=False)
    return wand, cpu, terug


Noteer = Callable[[str, int, float], None]


def meet(f: Callable[[], object]) -> float:
    """CPU seconds of one call: on a shared machine the load inflates wall time, not this."""
    begin = time.process_time()
    f()
    return time.process_time() - begin


def bench_mensen(meld: Meld, runs: int, maten: tuple[int, ...] = MENSEN) -> None:
    """Per family size: opening in the app (wall and CPU), the store's part of it (decode
    and validate), one change saved, the full HTML export, and the Kaart views."""
    figuren: dict[str, dict[int, list[float]]] = {}
    traagste: dict[int, str] = {}

    def noteer(naam: str, n: int, tijd: float) -> None:
        figuren.setdefault(naam, {}).setdefault(n, []).append(tijd)

    for n in maten:
        traagste[n] = _een_familie(n, runs, noteer)
    for naam, rij in figuren.items():
        _tabel(meld, naam, "people", maten, rij)
    meld(
        "kaart_slowest_which",
        ", ".join(f"{n:,}: {soort}" for n, soort in traagste.items()),
        extra="the Kaart view that took longest per size (circles, ecogram, olievlek, genogram)",
    )


def _een_familie(n: int, runs: int, noteer: Noteer) -> str:
    from wievraag.export import exporteer
    from wievraag.store import Opslag
    from wievraag.store.codering import decodeer
    from wievraag.tekening.genogram import leg_uit, vergeet_bewaarde
    from wievraag.tekening.genogram_weergave import als_regels
    from wievraag.tekening.kaarten import kaarten, teken
    from wievraag.tekening.tekst import naar_tekst

    bestand = familie_bestand(n)
    data = bestand.read_bytes()
    for _ in range(runs):
        wand, cpu, terug = _open_in_app(bestand)
        noteer("open_in_app", n, wand)
        noteer("open_in_app_cpu", n, cpu)
        noteer("leave_answer_screen_cpu", n, terug)  # target: 50 ms at 500 people
        # The bare screen switch, interleaved with ours (it does not depend on the people).
        noteer("leave_answer_screen_bare_cpu", n, _draai(KAAL_TERUG, bestand.parent, False)[1])
        noteer("open_store_decode_cpu", n, meet(lambda: decodeer(bestand, data)))
    sessie = decodeer(bestand, data)
    with tempfile.TemporaryDirectory() as tmp:
        opslag = Opslag(Path(tmp) / "data")
        opslag.zorg_voor_map()
        pad = opslag.map / bestand.name
        pad.write_bytes(data)
        open_bestand = opslag.open(pad)
        for r in range(runs):

            def wijzig(r: int = r) -> None:
                open_bestand.sessie.personen[0].notities = f"wijziging {r}"
                assert open_bestand.opslaan()

            noteer("one_change_saved_cpu", n, meet(wijzig))
        open_bestand.sluit()
    for _ in range(runs):
        vergeet_bewaarde()  # the genogram as drawn the first time, not kept from the last run
        noteer("export_html_cpu", n, meet(lambda: exporteer(sessie, "sessie", "html")))
    per_kaart: dict[str, list[float]] = {}
    for _ in range(runs):
        for kaart in kaarten(sessie):

            def toon(sleutel: str = kaart.sleutel) -> object:
                return naar_tekst(teken(sessie, sleutel, lambda p: p.naam, 120, 40))

            per_kaart.setdefault(kaart.soort, []).append(meet(toon))
        vergeet_bewaarde()
        noteer("genogram_layout_cpu", n, meet(lambda: leg_uit(sessie)))  # target: 0.5 s at 2,000
        vergeet_bewaarde()
        per_kaart.setdefault("genogram", []).append(meet(lambda: als_regels(leg_uit(sessie))))
        # Shown again (another tab and back, an undo, the mask toggled back): the kept layout.
        per_kaart.setdefault("genogram_again", []).append(meet(lambda: als_regels(leg_uit(sessie))))
    for soort, tijden in per_kaart.items():
        for tijd in tijden:
            noteer(f"kaart_{soort}_cpu", n, tijd)
    return max(per_kaart, key=lambda soort: statistics.median(per_kaart[soort]))
