"""wievraag benchmarks: ratios against baselines measured in the same run (see README.md)."""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER.parent / "src"))
sys.path.insert(0, str(HIER))
sys.path.insert(1, str(HIER.parent))  # tests/grootgezin.py: the big fictional families

REGELS: list[str] = []


def meld(naam: str, waarde: str, ratio: float | None = None, extra: str = "") -> None:
    regel = f"{naam}: {waarde}" + (f" (ratio {ratio:.2f})" if ratio is not None else "")
    regel += f"  [{extra}]" if extra else ""
    print(regel, flush=True)
    REGELS.append(regel)


def spreiding(tijden: list[float], eenheid: float = 1000.0, label: str = "ms") -> str:
    return (
        f"min {min(tijden) * eenheid:.1f} / median {statistics.median(tijden) * eenheid:.1f} / "
        f"max {max(tijden) * eenheid:.1f} {label}"
    )


def in_proces(script: str, omgeving: dict[str, str], cpu: list[float] | None = None) -> float:
    """Wall time of a fresh interpreter running `script` (which prints nothing on success);
    its CPU time (user + system) is added to `cpu` when given."""
    env = {**os.environ, **omgeving}
    voor = resource.getrusage(resource.RUSAGE_CHILDREN)
    begin = time.perf_counter()
    subprocess.run([sys.executable, "-c", script], env=env, check=True, capture_output=True)
    wand = time.perf_counter() - begin
    na = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append(na.ru_utime - voor.ru_utime + na.ru_stime - voor.ru_stime)
    return wand


# -- start-up ---------------------------------------------------------------------------------

START_APP = """
from wievraag.tui.app import WievraagApp
async def klaar(pilot):
    await pilot.pause()
    pilot.app.exit()
WievraagApp().run(headless=True, auto_pilot=klaar, size=(100, 30))
"""

START_KAAL = """
from textual.app import App
from textual.widgets import DataTable, Footer, Header, Static
class Kaal(App):
    def compose(self):
        yield Header()
        yield Static("kop")
        yield DataTable()
        yield Static("detail")
        yield Footer()
    def on_mount(self):
        t = self.query_one(DataTable)
        t.add_columns("Gezin", "Laatst gewijzigd", "Personen")
        for n in range(50):
            t.add_row(f"Gezin {n}", "vandaag 10:00", "12")
async def klaar(pilot):
    await pilot.pause()
    pilot.app.exit()
Kaal().run(headless=True, auto_pilot=klaar, size=(100, 30))
"""


def maak_sessies(data: Path, aantal: int, personen: int = 12, antwoorden: int = 8) -> None:
    """`aantal` session files by copying one generated file with another id (fast)."""
    from fixtures import grote_sessie

    from wievraag.store import Opslag, codeer

    opslag = Opslag(data)
    opslag.zorg_voor_map()
    sjabloon = grote_sessie(personen, antwoorden)
    tekst = codeer(sjabloon).decode()
    for n in range(aantal):
        sid = f"20260101-{n:08x}"
        inhoud = tekst.replace(sjabloon.id, sid).replace(sjabloon.gezin, f"Gezin {n}")
        (opslag.map / f"{sid}.toml").write_text(inhoud, encoding="utf-8")


def bench_startup(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        maak_sessies(data, 50)
        env = {"WIEVRAAG_DATA": str(data), "WIEVRAAG_CONFIG": str(Path(tmp) / "cfg")}
        in_proces(START_APP, env)  # warm the OS file cache and build the index once
        app: list[float] = []
        kaal: list[float] = []
        app_cpu: list[float] = []
        kaal_cpu: list[float] = []
        for _ in range(runs):
            app.append(in_proces(START_APP, env, app_cpu))
            kaal.append(in_proces(START_KAAL, env, kaal_cpu))
    ratio = statistics.median(app) / statistics.median(kaal)
    meld(
        "startup",
        f"{statistics.median(app) * 1000:.0f} ms",
        ratio,
        f"wievraag {spreiding(app)}; bare {spreiding(kaal)}; runs {runs}",
    )
    meld(
        "startup_cpu",
        f"{statistics.median(app_cpu) * 1000:.0f} ms",
        statistics.median(app_cpu) / statistics.median(kaal_cpu),
        f"CPU (user + system); wievraag {spreiding(app_cpu)}; bare {spreiding(kaal_cpu)}; "
        "target <= 1.2",
    )


# -- many sessions ----------------------------------------------------------------------------

VEEL = """
import resource, sys, time
from wievraag.tui.app import WievraagApp
begin = time.perf_counter()
async def klaar(pilot):
    await pilot.pause()
    print(time.perf_counter() - begin)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    pilot.app.exit()
WievraagApp().run(headless=True, auto_pilot=klaar, size=(100, 30))
"""


def bench_many(aantal: int, runs: int) -> None:
    from schaal import sessie_map

    with tempfile.TemporaryDirectory() as tmp:
        data = sessie_map(aantal) / "data"  # generated once, kept in the bench cache
        for index in data.glob(".index.*"):
            index.unlink()  # the first start below is the cold one
        grootte = statistics.mean(p.stat().st_size for p in (data / "sessies").iterdir())
        env = {**os.environ, "WIEVRAAG_DATA": str(data), "WIEVRAAG_CONFIG": str(Path(tmp) / "c")}

        cpu: list[float] = []
        kaal_cpu: list[float] = []

        def run() -> tuple[float, float]:
            voor = resource.getrusage(resource.RUSAGE_CHILDREN)
            uit = subprocess.run(
                [sys.executable, "-c", VEEL], env=env, check=True, capture_output=True, text=True
            ).stdout.split()
            na = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(na.ru_utime - voor.ru_utime + na.ru_stime - voor.ru_stime)
            return float(uit[0]), int(uit[1]) / 1024

        koud, koud_mb = run()
        # The cold start quits at its first paint, while the list is still read in the
        # background (what was read is kept): the index made whole for the warm starts.
        subprocess.run(
            [sys.executable, "-m", "wievraag", "lijst"], env=env, check=True, capture_output=True
        )
        cpu.clear()  # the warm starts only
        warm = []
        for _ in range(runs):
            warm.append(run())
            in_proces(START_KAAL, env, kaal_cpu)  # the bare app's start-up, interleaved
    tijden = [t for t, _ in warm]
    geheugens = [koud_mb, *(m for _, m in warm)]
    meld(
        "many_sessions",
        f"{statistics.median(tijden) * 1000:.0f} ms",
        statistics.median(tijden) / 1.0,
        f"{aantal} files of {grootte / 1024:.1f} KB; warm {spreiding(tijden)}; "
        f"cold (no index) {koud * 1000:.0f} ms; ratio vs 1 s budget",
    )
    meld(
        "many_sessions_cpu",
        f"{statistics.median(cpu) * 1000:.0f} ms",
        statistics.median(cpu) / statistics.median(kaal_cpu),
        f"{aantal} files, warm, CPU of the whole process; wievraag {spreiding(cpu)}; bare app "
        f"{spreiding(kaal_cpu)}; ratio vs the bare app, target <= 1.3",
    )
    meld(
        "many_sessions_memory",
        f"{max(geheugens):.0f} MB",
        max(geheugens) / 150,
        f"peak RSS, highest of {len(geheugens)} starts (cold and warm); "
        f"{spreiding(geheugens, 1.0, 'MB')}; ratio vs 150 MB budget",
    )


# -- autosave ---------------------------------------------------------------------------------


def bench_autosave(runs: int) -> None:
    import tomli_w
    from fixtures import grote_sessie

    from wievraag.bestanden import schrijf_atomisch
    from wievraag.store import Opslag, codeer

    with tempfile.TemporaryDirectory() as tmp:
        opslag = Opslag(Path(tmp) / "data")
        opslag.zorg_voor_map()
        sessie = grote_sessie(500, 300)
        pad = opslag.pad_voor(sessie)
        pad.write_bytes(codeer(sessie))
        bestand = opslag.open(pad)
        kaal_pad = Path(tmp) / "kaal.toml"
        ruw = bestand.sessie.model_dump(by_alias=True, exclude_none=True)

        def ons(n: int) -> None:
            bestand.sessie.antwoorden[0].antwoord = f"wijziging {n}"
            assert bestand.opslaan()

        def kaal(n: int) -> None:
            ruw["antwoorden"][0]["antwoord"] = f"wijziging {n}"
            schrijf_atomisch(kaal_pad, tomli_w.dumps(ruw, multiline_strings=True).encode())

        a, b = afwisselend(ons, kaal, runs)
        grootte = pad.stat().st_size // 1024
        bestand.sluit()
    meld(
        "autosave",
        f"{statistics.median(a) * 1000:.1f} ms",
        statistics.median(a) / statistics.median(b),
        f"500 people, 300 answers, {grootte} KB; ours {spreiding(a)}; bare {spreiding(b)}",
    )


def bench_autosave_versleuteld(runs: int) -> None:
    """Autosave of the same large session in an encrypted folder vs a plain one (target ≤ 2×)."""
    from fixtures import grote_sessie

    from wievraag.store import Opslag, codeer

    with tempfile.TemporaryDirectory() as tmp:
        bestanden = []
        for naam, versleuteld in (("plat", False), ("versleuteld", True)):
            opslag = Opslag(Path(tmp) / naam)
            opslag.zorg_voor_map()
            sessie = grote_sessie(500, 300)
            (opslag.map / f"{sessie.id}.toml").write_bytes(codeer(sessie))
            if versleuteld:
                opslag.versleutel("benchmark-wachtwoord")
            [pad] = opslag.bestanden()
            bestanden.append(opslag.open(pad))
        plat, versleuteld_bestand = bestanden

        def wijzig(bestand: object) -> Callable[[int], None]:
            def stap(n: int) -> None:
                bestand.sessie.antwoorden[0].antwoord = f"wijziging {n}"  # type: ignore[attr-defined]
                assert bestand.opslaan()  # type: ignore[attr-defined]

            return stap

        a, b = afwisselend(wijzig(versleuteld_bestand), wijzig(plat), runs)
        grootte = versleuteld_bestand.pad.stat().st_size // 1024
        for bestand in bestanden:
            bestand.sluit()
    meld(
        "autosave_encrypted",
        f"{statistics.median(a) * 1000:.1f} ms",
        statistics.median(a) / statistics.median(b),
        f"500 people, 300 answers, {grootte} KB; encrypted {spreiding(a)}; "
        f"plain {spreiding(b)}; ratio vs plain autosave, target <= 2",
    )


def afwisselend(
    a: Callable[[int], None], b: Callable[[int], None], runs: int
) -> tuple[list[float], list[float]]:
    ta: list[float] = []
    tb: list[float] = []
    for n in range(runs):
        for f, tijden in ((a, ta), (b, tb)):
            begin = time.perf_counter()
            f(n)
            tijden.append(time.perf_counter() - begin)
    return ta, tb


# -- typing -----------------------------------------------------------------------------------


def bench_typing(toetsen: int) -> None:
    import asyncio
    import threading

    from textual.app import App, ComposeResult
    from textual.widgets import TextArea

    from wievraag.store import Opslag, vorm
    from wievraag.tui.app import WievraagApp

    # Which thread does each write happen on? Saving must stay off the key path.
    threads: list[bool] = []

    class Kaal(App[None]):
        def compose(self) -> ComposeResult:
            yield TextArea()

    async def typ(
        app: App[None], voorbereiding: Callable[..., object], per_toets: list[float]
    ) -> tuple[float, float]:
        async with app.run_test(size=(100, 30)) as pilot:
            await voorbereiding(pilot)  # type: ignore[misc]
            threads.clear()  # count only the saves made while typing
            begin, cpu = time.perf_counter(), time.process_time()
            for n in range(toetsen):
                # Each key on its own too: a save on the key path would show as a slow key.
                toets = time.perf_counter()
                await pilot.press("a" if n % 10 else "space")
                per_toets.append(time.perf_counter() - toets)
            await pilot.pause()
            duur, cpu = time.perf_counter() - begin, time.process_time() - cpu
            await pilot.press("ctrl+q") if isinstance(app, WievraagApp) else app.exit()
        return duur, cpu

    async def naar_antwoord(pilot: object) -> None:
        await pilot.press("h")  # type: ignore[attr-defined]
        await pilot.pause()  # type: ignore[attr-defined]
        await pilot.press("enter")  # type: ignore[attr-defined]
        await pilot.pause()  # type: ignore[attr-defined]

    async def niets(pilot: object) -> None:
        await pilot.pause()  # type: ignore[attr-defined]

    echt = vorm.schrijf

    def schrijf(pad: Path, data: bytes) -> tuple[int, int]:
        threads.append(threading.current_thread() is threading.main_thread())
        return echt(pad, data)  # the stamp of what we wrote: without it the next save refuses

    vorm.schrijf = schrijf
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        os.environ["WIEVRAAG_DATA"] = str(data)
        os.environ["WIEVRAAG_CONFIG"] = str(Path(tmp) / "cfg")
        Opslag(data).nieuw("Gezin Typen")
        ons_toetsen: list[float] = []
        kaal_toetsen: list[float] = []
        ons, ons_cpu = asyncio.run(typ(WievraagApp(), naar_antwoord, ons_toetsen))
        tijdens = threads[:-1]  # the last write is the flush on quit: on purpose on the UI thread
        kaal, kaal_cpu = asyncio.run(typ(Kaal(), niets, kaal_toetsen))
    vorm.schrijf = echt
    meld(
        "typing",
        f"{ons / toetsen * 1000:.2f} ms/key",
        ons / kaal,
        f"{toetsen} keys (Pilot wall time); per key ours {spreiding(ons_toetsen)}; "
        f"bare TextArea {kaal / toetsen * 1000:.2f} ms/key, per key {spreiding(kaal_toetsen)}",
    )
    meld(
        "typing_cpu",
        f"{ons_cpu / toetsen * 1000:.2f} ms/key",
        ons_cpu / kaal_cpu,
        f"CPU per key; bare TextArea {kaal_cpu / toetsen * 1000:.2f} ms/key; "
        f"{len(tijdens)} saves while typing, {sum(tijdens)} of them on the UI thread",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="wievraag benchmarks")
    parser.add_argument("--snel", action="store_true", help="fewer runs (smoke check)")
    parser.add_argument(
        "--alleen",
        choices=[
            "startup",
            "many",
            "autosave",
            "autosave_encrypted",
            "typing",
            "sessies",
            "mensen",
        ],
        help="run one benchmark",
    )
    args = parser.parse_args()
    # Textual's modules were compiled when pip installed them; ours too, so start-up compares
    # like with like (with PYTHONDONTWRITEBYTECODE set, every start would compile our source).
    compileall.compile_dir(HIER.parent / "src" / "wievraag", quiet=1)
    import schaal

    meld("load", " ".join(f"{x:.2f}" for x in os.getloadavg()), extra="uptime load 1/5/15 min")
    runs = 3 if args.snel else 7
    alle: dict[str, Callable[[], None]] = {
        "startup": lambda: bench_startup(runs),
        "many": lambda: bench_many(1000 if args.snel else 10_000, 2 if args.snel else 3),
        "autosave": lambda: bench_autosave(5 if args.snel else 15),
        "autosave_encrypted": lambda: bench_autosave_versleuteld(5 if args.snel else 15),
        "typing": lambda: bench_typing(200 if args.snel else 1000),
        # Scaling tables (benchmarks/schaal.py): the same sizes in both modes, fewer runs.
        "sessies": lambda: schaal.bench_sessies(meld, 1 if args.snel else 3),
        "mensen": lambda: schaal.bench_mensen(meld, 1 if args.snel else 3),
    }
    for naam, bench in alle.items():
        if args.alleen in (None, naam):
            bench()
    meld("load_end", " ".join(f"{x:.2f}" for x in os.getloadavg()), extra="uptime load at the end")
    (HIER / "latest.txt").write_text("\n".join(REGELS) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
