"""Load benchmark for `wievraag serveer`: N attendees join a real server, then type.

Each attendee behaves like the browser page: it loads the page, opens the websocket, waits for
the app's first screen, focuses the search field (`/`) and then presses a key every 300 ms:
"x", backspace, "x", ... Echo is the time from sending "x" until the app's output shows the
field holding just "x"; backspace is sent but not timed (its result, the empty field with its
placeholder, looks like the cursor blink). Traffic goes only to 127.0.0.1; every wait is
bounded.

Per N it prints connect (page to first screen) median/p95, echo median/p95/max, peak memory of
the server and its apps (RSS), the apps' CPU per key sent while all type (idle time included:
what 30 tabs cost the laptop per key, less sensitive to other load than the echo), failures,
and the echo p95 as a ratio against N=1 of the same run (the machine may be shared: absolute
figures drift, the ratio less so).

    .venv/bin/python benchmarks/serveer.py               # N = 1, 10, 30: about 3 minutes
    .venv/bin/python benchmarks/serveer.py --aantallen 1 --typen 3 --instroom 0
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

HIER = Path(__file__).resolve().parent
ESCAPE = re.compile(rb"\x1b(\[[0-9;?$<>=]*[ -/]*[@-~]|\][^\x07]*\x07|[()][0-9A-Za-z])")
VELD_MET_X = re.compile(r"(?m)^x *$")  # the search field holding just "x"
EERSTE_SCHERM = 2000  # bytes of output: the home screen has been drawn
TERMIJN_START = 60.0
TERMIJN_ECHO = 5.0


@dataclass
class Deelnemer:
    verbinden: float | None = None
    echo: list[float] = field(default_factory=list)
    fouten: list[str] = field(default_factory=list)


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def procent(waarden: list[float], p: float) -> float:
    geordend = sorted(waarden)
    return geordend[min(len(geordend) - 1, round(p / 100 * (len(geordend) - 1)))]


def rss_boom(pid: int) -> int:
    """Resident memory (bytes) of `pid` and its direct children: the server and its apps."""
    totaal = 0
    for naam in os.listdir("/proc"):
        if not naam.isdigit():
            continue
        try:
            status = Path(f"/proc/{naam}/status").read_text()
        except OSError:
            continue
        velden = dict(regel.split(":", 1) for regel in status.splitlines() if ":" in regel)
        if naam == str(pid) or velden.get("PPid", "").strip() == str(pid):
            totaal += int(velden.get("VmRSS", "0 kB").split()[0]) * 1024
    return totaal


def cpu_boom(pid: int) -> tuple[float, float]:
    """CPU seconds (user + system) used so far by the server and by its live apps."""
    tik = os.sysconf("SC_CLK_TCK")
    server = apps = 0.0
    for naam in os.listdir("/proc"):
        if not naam.isdigit():
            continue
        try:
            velden = Path(f"/proc/{naam}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        cpu = (int(velden[11]) + int(velden[12])) / tik
        if naam == str(pid):
            server += cpu
        elif velden[1] == str(pid):
            apps += cpu
    return server, apps


async def deelnemer(
    http: aiohttp.ClientSession,
    basis: str,
    wacht: float,
    typen_tot: float,
    interval: float,
    uit: Deelnemer,
) -> None:
    await asyncio.sleep(wacht)
    begin = time.monotonic()
    try:
        async with http.get(basis + "/") as antwoord:
            if antwoord.status != 200:
                uit.fouten.append(f"pagina {antwoord.status}")
                return
            await antwoord.read()
        async with http.ws_connect(
            basis + "/ws?width=100&height=30", headers={"Origin": basis}, heartbeat=None
        ) as ws:
            await _sessie(ws, begin, typen_tot, interval, uit)
    except (aiohttp.ClientError, OSError, TimeoutError) as fout:
        uit.fouten.append(f"{type(fout).__name__}: {fout}")


async def _sessie(
    ws: aiohttp.ClientWebSocketResponse,
    begin: float,
    typen_tot: float,
    interval: float,
    uit: Deelnemer,
) -> None:
    ontvangen = 0
    gezien = asyncio.Event()  # the field shows "x"
    gesloten = asyncio.Event()
    eerste = asyncio.Event()

    async def lees() -> None:
        nonlocal ontvangen
        async for bericht in ws:
            if bericht.type != aiohttp.WSMsgType.BINARY:
                continue
            ontvangen += len(bericht.data)
            if ontvangen >= EERSTE_SCHERM:
                eerste.set()
            if VELD_MET_X.search(ESCAPE.sub(b"", bericht.data).decode("utf-8", "replace")):
                gezien.set()
        gesloten.set()

    lezer = asyncio.create_task(lees())
    try:
        try:
            await asyncio.wait_for(eerste.wait(), TERMIJN_START)
        except TimeoutError:
            uit.fouten.append("geen eerste scherm")
            return
        uit.verbinden = time.monotonic() - begin
        await ws.send_json(["stdin", "/"])
        await asyncio.sleep(interval)
        toets = 0
        volgende = time.monotonic()
        while time.monotonic() < typen_tot and not gesloten.is_set():
            if toets % 2 == 0:
                gezien.clear()
                verzonden = time.monotonic()
                await ws.send_json(["stdin", "x"])
                try:
                    await asyncio.wait_for(gezien.wait(), TERMIJN_ECHO)
                    uit.echo.append(time.monotonic() - verzonden)
                except TimeoutError:
                    uit.fouten.append("geen echo")
            else:
                await ws.send_json(["stdin", "\x7f"])
            toets += 1
            volgende += interval
            await asyncio.sleep(max(0.0, volgende - time.monotonic()))
        if gesloten.is_set():
            uit.fouten.append("verbinding gesloten")
    finally:
        lezer.cancel()
        await asyncio.gather(lezer, return_exceptions=True)


async def meet(
    n: int, basis: str, pid: int, instroom: float, typen: float, interval: float
) -> tuple[list[Deelnemer], int, tuple[float, float], float | None]:
    deelnemers = [Deelnemer() for _ in range(n)]
    typen_tot = time.monotonic() + instroom + typen
    piek = 0

    cpu = (0.0, 0.0)

    async def geheugen() -> None:
        nonlocal piek, cpu
        while True:
            piek = max(piek, rss_boom(pid))
            # The highest sum seen: apps that exit take their CPU time out of /proc.
            nu = cpu_boom(pid)
            cpu = (max(cpu[0], nu[0]), max(cpu[1], nu[1]))
            await asyncio.sleep(1.0)

    per_toets: float | None = None

    async def cpu_per_toets() -> None:
        # While everyone types (all have joined): the apps' CPU over the keys sent. Less
        # dependent on the machine's other load than the echo times.
        nonlocal per_toets
        await asyncio.sleep(max(0.0, typen_tot - typen + 2 * interval - time.monotonic()))
        begin, cpu_begin = time.monotonic(), cpu_boom(pid)[1]
        await asyncio.sleep(max(0.0, typen_tot - 2 * interval - time.monotonic()))
        duur, cpu_eind = time.monotonic() - begin, cpu_boom(pid)[1]
        if duur > 0:
            per_toets = (cpu_eind - cpu_begin) / (n * duur / interval)

    meter = asyncio.create_task(geheugen())
    toetsmeter = asyncio.create_task(cpu_per_toets())
    limiet = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(
        connector=limiet, timeout=aiohttp.ClientTimeout(total=None, sock_connect=10)
    ) as http:
        await asyncio.gather(
            *(
                deelnemer(http, basis, i * instroom / n, typen_tot, interval, d)
                for i, d in enumerate(deelnemers)
            )
        )
    meter.cancel()
    await asyncio.gather(meter, toetsmeter, return_exceptions=True)
    return deelnemers, piek, cpu, per_toets


@dataclass
class Server:
    proces: subprocess.Popen[str]
    regels: list[str]

    def wacht_op(self, tekst: str, termijn: float) -> bool:
        einde = time.monotonic() + termijn
        while time.monotonic() < einde:
            if any(tekst in regel for regel in self.regels):
                return True
            time.sleep(0.1)
        return False


def start_server(poort: int, n: int, voorraad: int, tmp: Path) -> Server:
    proces = subprocess.Popen(
        [
            *(sys.executable, "-m", "wievraag", "serveer", "--port", str(poort)),
            *("--max", str(n), "--voorraad", str(voorraad)),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "TMPDIR": str(tmp)},
    )
    server = Server(proces, [])

    def lees() -> None:
        assert proces.stdout is not None
        for regel in proces.stdout:
            server.regels.append(regel)

    threading.Thread(target=lees, daemon=True).start()
    if not server.wacht_op("Ctrl+C", 30):
        proces.kill()
        raise SystemExit("de server startte niet binnen 30 s")
    return server


def stop_server(proces: subprocess.Popen[str], tmp: Path) -> str:
    begin = time.monotonic()
    proces.send_signal(signal.SIGINT)
    try:
        proces.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proces.kill()
        proces.wait()
    duur = time.monotonic() - begin
    over = list(tmp.glob("wievraag-serveer-*"))
    return f"gestopt in {duur:.2f} s, {len(over)} mappen over"


@dataclass
class Uitslag:
    n: int
    regel: str
    echo_p95: float | None
    mislukt: int
    toetsen: int


def een_ronde(n: int, voorraad: int, instroom: float, typen: float, interval: float) -> Uitslag:
    poort = vrije_poort()
    with tempfile.TemporaryDirectory(prefix="wievraag-bench-") as map_:
        tmp = Path(map_)
        server = start_server(poort, n, voorraad, tmp)
        try:
            # As in a workshop: the trainer starts the server before the attendees arrive.
            begin = time.monotonic()
            if voorraad and not server.wacht_op(f"klaar voor wie nog komt: {voorraad}", 300):
                raise SystemExit(f"de voorraad van {voorraad} apps was na 300 s niet klaar")
            vooraf = f"voorraad {voorraad} klaar in {time.monotonic() - begin:.1f} s"
            deelnemers, piek, (cpu_server, cpu_apps), per_toets = asyncio.run(
                meet(n, f"http://127.0.0.1:{poort}", server.proces.pid, instroom, typen, interval)
            )
        finally:
            gestopt = stop_server(server.proces, tmp)
    verbinden = [d.verbinden for d in deelnemers if d.verbinden is not None]
    echo = [t for d in deelnemers for t in d.echo]
    fouten = [f for d in deelnemers for f in d.fouten]
    delen: list[str] = [vooraf if voorraad else "geen voorraad"]
    if verbinden:
        delen.append(
            f"verbinden mediaan {statistics.median(verbinden):.2f} s "
            f"p95 {procent(verbinden, 95):.2f} s"
        )
    echo_p95 = None
    if echo:
        echo_p95 = procent(echo, 95) * 1000
        delen.append(
            f"echo mediaan {statistics.median(echo) * 1000:.0f} ms p95 {echo_p95:.0f} ms "
            f"max {max(echo) * 1000:.0f} ms ({len(echo)} toetsen)"
        )
    delen.append(f"geheugen {piek / 2**20:.0f} MB")
    delen.append(f"CPU server {cpu_server:.1f} s, apps {cpu_apps:.1f} s")
    if per_toets is not None:
        delen.append(f"CPU apps per toets {per_toets * 1000:.1f} ms")
    soorten = sorted({f.split(":")[0] for f in fouten})
    delen.append(f"mislukt {len(fouten)}" + (f" ({', '.join(soorten)})" if soorten else ""))
    delen.append(gestopt)
    return Uitslag(n, f"N={n}: " + " · ".join(delen), echo_p95, len(fouten), len(echo))


def main(argv: list[str] | None = None) -> list[Uitslag]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--aantallen", default="1,10,30", help="N per round, comma-separated")
    parser.add_argument("--instroom", type=float, default=10.0, help="s in which all join")
    parser.add_argument("--typen", type=float, default=30.0, help="s of typing")
    parser.add_argument("--interval", type=float, default=0.3, help="s between keys")
    parser.add_argument(
        "--voorraad",
        choices=["n", "0"],
        default="n",
        help="apps started ahead: n = as many as attendees (the default), 0 = none",
    )
    args = parser.parse_args(argv)
    print(f"belasting vooraf (1/5/15 min): {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    uitslagen: list[Uitslag] = []
    for n in (int(x) for x in args.aantallen.split(",")):
        voorraad = n if args.voorraad == "n" else 0
        instroom = args.instroom if n > 1 else 0.0
        uitslag = een_ronde(n, voorraad, instroom, args.typen, args.interval)
        basis = uitslagen[0].echo_p95 if uitslagen else None
        ratio = ""
        if basis and uitslag.echo_p95:
            ratio = f" · echo p95 ×{uitslag.echo_p95 / basis:.2f} t.o.v. N={uitslagen[0].n}"
        print(uitslag.regel + ratio, flush=True)
        uitslagen.append(uitslag)
    print(f"belasting na afloop (1/5/15 min): {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return uitslagen


if __name__ == "__main__":
    main()
