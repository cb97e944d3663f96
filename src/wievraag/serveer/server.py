"""The workshop server: textual-serve with a door, a cap, a queue and a clean exit.

textual-serve starts one app process per websocket and otherwise trusts everyone. Issue 19
lists what that does in a real workshop; this module keeps textual-serve's protocol and page
(its `Server` and `AppService`, subclassed where they decide things) and adds:

- a door (toegang.py): only the served address, and the key when the trainer asked for one;
- a cap (`--max`, a Dutch "vol" page beyond it) and a queue: at most two apps start at a time,
  because one start costs about half a CPU-second and people already in must keep typing;
- a pool (`--voorraad`): apps started ahead, so a room that joins at once is in at once;
- a clean end: an app that dies closes its tab with a Dutch message, its temp folder goes
  with it, and Ctrl+C stops every app within a second (the apps themselves watch for a
  server that is killed outright: deelnemer.py and driver.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import json
import os
import shutil
import signal
import socket
import sys
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import aiohttp_jinja2
import jinja2
from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from wievraag.serveer import DRIVER
from wievraag.serveer.toegang import Toegang

# One app start costs ~0.45 CPU-seconds; on a 2-core laptop two at a time leave room for the
# attendees already typing (issue 19: 30 unqueued starts froze everyone for 5-8 s).
START_TEGELIJK = 2
# An app that shows nothing within this time gives its start slot back anyway.
START_TERMIJN = 20.0
# After "quit" an app gets this long before it is killed.
STOP_TERMIJN = 3.0
# Ctrl+C: the apps get this long to stop on SIGTERM, then they are killed; stays under 1 s.
AFSLUIT_TERMIJN = 0.6
MAP_VOORVOEGSEL = "wievraag-serveer-"
# Output a waiting app may keep for its tab: its first screens are ~20 KB; an app that keeps
# writing while nobody watches is not handed out (a fresh one is started instead).
MAX_BEWAARD = 2 * 2**20

# Websocket close codes the page turns into a Dutch message (app_index.html); 4000-4999 are
# free for applications.
CODE_APP_GESTOPT = 4001
CODE_SERVER_STOPT = 4002
CODE_VOL = 4003

AFGESLOTEN = "Je hebt de app afgesloten."
APP_GESTOPT = "De app is onverwacht gestopt. Je oefenwerk is weg; start hem opnieuw."
SERVER_STOPT = "De trainer heeft de workshop gestopt."
VOL = "De workshop is vol. Vraag de trainer wanneer er weer plek is."
MELDING = "wievraag_melding"  # message type the page shows; textual.js ignores unknown types

Schrijf = Callable[[str], None]


def standaard_max() -> int:
    """How many attendees this machine holds: ~15 per core (measured: 2 cores held 20-40),
    ~80 MB each, and never more than 30."""
    kernen = os.cpu_count() or 2
    try:
        vrij = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        vrij = 30 * 80 * 2**20
    return max(1, min(30, 15 * kernen, vrij // (80 * 2**20)))


@dataclass(frozen=True)
class Instelling:
    """What the trainer chose on the command line."""

    host: str
    poort: int
    opdracht_basis: tuple[str, ...]  # the attendee app, without --map
    demo: bool
    toegang: Toegang
    max_deelnemers: int
    voorraad: int = 0  # apps started ahead of the attendees, never more than max_deelnemers


class Deelnemer(AppService):
    """One attendee's app: its process, its temp folder, and (once someone has it) their tab.

    An app may start before anyone asks for it (the pool, `voorraad`): until a tab is linked
    its output is kept, and handed over in one piece when the tab arrives, so the browser's
    terminal gets the app's whole screen as if it had been there from the start.
    """

    def __init__(self, opdracht: list[str], map_: Path | None, server: WerkplaatsServer) -> None:
        async def schrijf_tekst(tekst: str) -> None:
            if self.websocket is not None and not self.websocket.closed:
                await self.websocket.send_str(tekst)

        async def sluit() -> None:
            if self.websocket is not None:
                await self.websocket.close()

        super().__init__(
            " ".join(opdracht),
            write_bytes=self.on_data,
            write_str=schrijf_tekst,
            close=sluit,
            download_manager=server.download_manager,
        )
        self.opdracht = opdracht
        self.map = map_
        self.websocket: web.WebSocketResponse | None = None
        self.eerste_beeld = asyncio.Event()
        self.gestopt_event = asyncio.Event()  # the process has ended
        self._bij_einde: Callable[[Deelnemer, int | None], None] = server.app_gestopt
        self._bewaard: list[bytes] = []  # output before a tab was linked
        self._bewaard_grootte = 0
        self._afgesloten = False  # the app said it exits (the attendee quit)
        self._gestopt = False  # the server asked it to stop

    async def koppel(self, websocket: web.WebSocketResponse) -> bool:
        """Link the tab: the kept output first, then everything live. False if this app cannot
        serve a tab any more (it ended, or kept more output than it may)."""
        if self.gestopt_event.is_set() or self._bewaard_grootte > MAX_BEWAARD:
            return False
        # Send until nothing new was kept during the await, then switch over without an await
        # in between: the tab sees every byte once and in order.
        while self._bewaard:
            bewaard = b"".join(self._bewaard)
            self._bewaard.clear()
            with contextlib.suppress(ConnectionResetError):
                await websocket.send_bytes(bewaard)
        self.websocket = websocket
        return True

    def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
        omgeving = super()._build_environment(width, height)
        omgeving["TEXTUAL_DRIVER"] = DRIVER  # stops the app when the server is gone
        return omgeving

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Any:
        # exec, not textual-serve's shell: the app's parent is this server, which the app
        # watches (driver.py). Its own session: Ctrl+C reaches only the server, which then
        # stops every app in order. stderr is dropped: a crash report may show session data.
        self._process = process = await asyncio.create_subprocess_exec(
            *self.opdracht,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL,
            env=self._build_environment(width=width, height=height),
            start_new_session=True,
        )
        self._stdin = process.stdin
        return process

    async def run(self) -> None:
        """Pass the app's packets on until its output ends, then say why in the tab.

        textual-serve's own loop ends silently when the app dies: the tab freezes (issue 19).
        """
        process = self._process
        assert process is not None and process.stdout is not None
        stdout = process.stdout
        try:
            for _ in range(10):  # textual's prelude line, then packets
                regel = await stdout.readline()
                if not regel or regel == b"__GANGLION__\n":
                    break
            while True:
                soort = await stdout.readexactly(1)
                lengte = int.from_bytes(await stdout.readexactly(4), "big")
                inhoud = await stdout.readexactly(lengte)
                if soort == b"D":
                    await self.on_data(inhoud)
                elif soort == b"M":
                    await self.on_meta(inhoud)
                elif soort == b"P":
                    await self.on_packed(inhoud)
        except (asyncio.IncompleteReadError, ConnectionResetError):
            pass
        finally:
            code = await process.wait()
            self.ruim_op()
            self.gestopt_event.set()
            self.eerste_beeld.set()  # a start slot is never held by an app that is gone
            onverwacht = not (self._afgesloten or self._gestopt)
            self._bij_einde(self, code if onverwacht else None)
        if onverwacht:
            await self.meld(APP_GESTOPT, CODE_APP_GESTOPT)

    async def on_data(self, payload: bytes) -> None:
        self.eerste_beeld.set()
        websocket = self.websocket
        if websocket is None:
            self._bewaard_grootte += len(payload)
            if self._bewaard_grootte <= MAX_BEWAARD:
                self._bewaard.append(payload)
            return
        # A closed tab must not stop us reading: an app whose output is not drained blocks.
        with contextlib.suppress(ConnectionResetError):
            if not websocket.closed:
                await websocket.send_bytes(payload)

    async def on_meta(self, data: bytes) -> None:
        soort: object = None
        with contextlib.suppress(ValueError, AttributeError):
            soort = json.loads(data).get("type")
        if soort == "exit":
            self._afgesloten = True
            await self.meld(AFGESLOTEN, 1000)
            return
        with contextlib.suppress(ConnectionResetError):
            await super().on_meta(data)

    async def meld(self, tekst: str, code: int) -> None:
        """Show `tekst` in the tab and close it with `code`."""
        websocket = self.websocket
        if websocket is None or websocket.closed:
            return
        with contextlib.suppress(ConnectionResetError):
            await websocket.send_json([MELDING, tekst])
            await websocket.close(code=code)  # the text went just before: no reason needed

    async def send_meta(self, data: dict[str, str | int | bool | None]) -> bool:
        if self._stdin is None or self._stdin.is_closing():
            return False
        return await super().send_meta(data)

    async def send_bytes(self, data: bytes) -> bool:
        if self._stdin is None or self._stdin.is_closing():
            return False
        return await super().send_bytes(data)

    def beeindig(self, sein: int = signal.SIGKILL) -> None:
        process = self._process
        if process is not None and process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(sein)

    async def stop(self) -> None:
        """Ask the app to quit; kill it if it has not within STOP_TERMIJN."""
        self._gestopt = True
        taak = self._task
        if taak is None:
            self.ruim_op()
            return
        await self._download_manager.cancel_app_downloads(app_service_id=self.app_service_id)
        await self.send_meta({"type": "quit"})
        try:
            await asyncio.wait_for(asyncio.shield(taak), STOP_TERMIJN)
        except TimeoutError:
            self.beeindig()
            await taak
        self._task = None

    def ruim_op(self) -> None:
        """Remove the temp folder; the app removes it itself too, but not when it is killed."""
        if self.map is not None:
            shutil.rmtree(self.map, ignore_errors=True)


class WerkplaatsServer(Server):
    """textual-serve's server with the door, the cap, the queue, the pool and the count."""

    def __init__(
        self, instelling: Instelling, schrijf: Schrijf | None = None, status: Schrijf | None = None
    ) -> None:
        """`schrijf` gets the lines for the trainer, `status` the connected count (by default
        both go to the terminal, the count as one line that updates in place)."""
        sjablonen = Path(__file__).resolve().parent.parent / "data" / "serveer"
        super().__init__(
            " ".join(instelling.opdracht_basis),
            host=instelling.host,
            port=instelling.poort,
            title="wievraag",
            templates_path=sjablonen,  # our Dutch page: no font fetched from Google
        )
        self.instelling = instelling
        self.deelnemers: set[Deelnemer] = set()
        self.aantal = 0  # websockets admitted: starting, waiting for a slot, or running
        terminal = Statusregel(sys.stdout)
        self._schrijf: Schrijf = schrijf or terminal.regel
        self._status: Schrijf = status or schrijf or terminal.status
        # Made here, outside a running loop: asyncio binds them to the loop on first use.
        self._startplekken = asyncio.Semaphore(START_TEGELIJK)
        self._stop = asyncio.Event()
        self._voorraad: list[Deelnemer] = []  # started ahead, first screen drawn, no tab yet
        self._voorraad_in_start = 0
        self._voorraad_nodig = asyncio.Event()  # wakes the fillers
        self._voorraad_veranderd = asyncio.Event()  # wakes attendees waiting for a pool app
        self._wacht_op_voorraad = 0
        self._vullers: list[asyncio.Task[None]] = []
        self._stopt = False

    # -- the web application -------------------------------------------------------------

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self._poortwachter])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes(
            [
                web.get("/", self.handle_index, name="index"),
                web.get("/ws", self.handle_websocket, name="websocket"),
                web.get("/ws/{sleutel}", self.handle_websocket, name="websocket_sleutel"),
                web.get("/download/{key}", self.handle_download, name="download"),
                web.static("/static", self.statics_path, name="static"),
            ]
        )
        app.on_shutdown.append(self.on_shutdown)
        return app

    @web.middleware
    async def _poortwachter(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        route = request.match_info.route.name or ""
        # The browser loads the page's scripts and font without the key; they hold nothing
        # of the trainer's. Downloads are named by a random key of their own.
        sleutel_nodig = route not in ("static", "download")
        sleutel = request.match_info.get("sleutel") or request.query.get("sleutel")
        reden = self.instelling.toegang.weiger(
            request.headers.get("Host"),
            request.headers.get("Origin"),
            sleutel if sleutel_nodig else self.instelling.toegang.sleutel,
            websocket=route.startswith("websocket"),
        )
        if reden is not None:
            return self._melding(request, 403, "Geen toegang", reden)
        return await handler(request)

    def _melding(self, request: web.Request, status: int, titel: str, tekst: str) -> web.Response:
        return aiohttp_jinja2.render_template(
            "melding.html", request, {"titel": titel, "tekst": tekst}, status=status
        )

    async def handle_index(self, request: web.Request) -> web.Response:
        if self.aantal >= self.instelling.max_deelnemers:
            return self._melding(request, 503, "De workshop is vol", VOL)
        sleutel = self.instelling.toegang.sleutel
        # Built from the address the browser used (already checked): localhost and 127.0.0.1
        # both work, and the websocket gets the same origin as the page.
        pad = "/ws" if sleutel is None else f"/ws/{sleutel}"
        context = {
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "app_websocket_url": f"ws://{request.host}{pad}",
            "config": {"static": {"url": "/static/"}},
            "application": {"name": self.title},
            "melding_type": MELDING,
            "codes": {
                "gestopt": CODE_APP_GESTOPT,
                "server": CODE_SERVER_STOPT,
                "vol": CODE_VOL,
            },
        }
        antwoord = aiohttp_jinja2.render_template("app_index.html", request, context)
        # The address carries the key: keep it out of other sites' Referer headers and caches.
        antwoord.headers["Referrer-Policy"] = "no-referrer"
        antwoord.headers["Cache-Control"] = "no-store"
        return antwoord

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        # A short close timeout: a browser that does not answer the close frame must not hold
        # up Ctrl+C.
        websocket = web.WebSocketResponse(heartbeat=15, timeout=0.5)
        await websocket.prepare(request)
        if self._stopt or self.aantal >= self.instelling.max_deelnemers:
            with contextlib.suppress(ConnectionResetError):
                await websocket.send_json([MELDING, SERVER_STOPT if self._stopt else VOL])
                await websocket.close(code=CODE_SERVER_STOPT if self._stopt else CODE_VOL)
            return websocket
        self.aantal += 1
        self._toon_aantal()
        deelnemer: Deelnemer | None = None
        try:
            deelnemer = await self._app_voor(websocket, request)
            self._voorraad_nodig.set()
            await self._berichten(websocket, deelnemer)
        except asyncio.CancelledError:
            with contextlib.suppress(ConnectionResetError):
                await websocket.close()
        finally:
            if deelnemer is not None:
                await deelnemer.stop()
                deelnemer.ruim_op()
                self.deelnemers.discard(deelnemer)
            self.aantal -= 1
            self._toon_aantal()
            self._voorraad_nodig.set()
        return websocket

    async def _app_voor(self, websocket: web.WebSocketResponse, request: web.Request) -> Deelnemer:
        """A waiting app from the pool when there is one, otherwise one started for this tab
        (in the start queue)."""
        while True:
            while self._voorraad:
                wachtend = self._voorraad.pop(0)
                if await wachtend.koppel(websocket):
                    return wachtend
                await wachtend.stop()
                self.deelnemers.discard(wachtend)
            if self._voorraad_in_start <= self._wacht_op_voorraad:
                break
            # An app for the pool is almost ready: take that one. Starting another as well
            # would go past --max once it is ready, and be slower anyway.
            self._wacht_op_voorraad += 1
            try:
                self._voorraad_veranderd.clear()
                await self._voorraad_veranderd.wait()
            finally:
                self._wacht_op_voorraad -= 1
        deelnemer = self._nieuw()
        await deelnemer.koppel(websocket)
        breedte = to_int(request.query.get("width", "80"), 80)
        hoogte = to_int(request.query.get("height", "24"), 24)
        async with self._startplekken:
            if not self._stopt:
                await deelnemer.start(breedte, hoogte)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(deelnemer.eerste_beeld.wait(), START_TERMIJN)
        return deelnemer

    def _nieuw(self) -> Deelnemer:
        map_ = None
        opdracht = list(self.instelling.opdracht_basis)
        if self.instelling.demo:
            map_ = Path(tempfile.mkdtemp(prefix=MAP_VOORVOEGSEL))
            opdracht += ["--map", str(map_)]
        deelnemer = Deelnemer(opdracht, map_, self)
        self.deelnemers.add(deelnemer)
        return deelnemer

    def app_gestopt(self, deelnemer: Deelnemer, onverwacht: int | None) -> None:
        """An app's process ended (`onverwacht`: its exit code when nobody asked it to); a
        waiting one leaves the pool and is replaced."""
        if onverwacht is not None and not self._stopt:
            # The code only: what the app wrote to stderr may hold session data.
            self._schrijf(f"Een app is onverwacht gestopt (afsluitcode {onverwacht}).")
        if deelnemer in self._voorraad:
            self._voorraad.remove(deelnemer)
            self.deelnemers.discard(deelnemer)
            self._voorraad_nodig.set()

    def _voorraad_tekort(self) -> bool:
        komend = len(self._voorraad) + self._voorraad_in_start
        # Attendees waiting for a pool app will take one of the `komend`: count them once.
        met_app = self.aantal - self._wacht_op_voorraad
        return (
            not self._stopt
            and komend < self.instelling.voorraad
            and met_app + komend < self.instelling.max_deelnemers
        )

    async def _vul_voorraad(self) -> None:
        """Keep apps started ahead for the next attendees, through the same start queue."""
        pauze = 1.0
        while not self._stopt:
            if not self._voorraad_tekort():
                self._voorraad_nodig.clear()
                await self._voorraad_nodig.wait()
                continue
            self._voorraad_in_start += 1
            deelnemer = self._nieuw()
            try:
                async with self._startplekken:
                    if self._stopt:
                        break
                    await deelnemer.start(80, 24)
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(deelnemer.eerste_beeld.wait(), START_TERMIJN)
            finally:
                self._voorraad_in_start -= 1
                self._voorraad_veranderd.set()
            met_app = self.aantal - self._wacht_op_voorraad + len(self._voorraad)
            if met_app >= self.instelling.max_deelnemers and not self._wacht_op_voorraad:
                await deelnemer.stop()  # the others came first: never more apps than --max
                self.deelnemers.discard(deelnemer)
                continue
            if deelnemer.gestopt_event.is_set() or self._stopt:
                self.deelnemers.discard(deelnemer)
                deelnemer.ruim_op()
                if not self._stopt:
                    # An app that will not start: try again, ever less often, not in a loop.
                    await asyncio.sleep(pauze)
                    pauze = min(2 * pauze, 30.0)
                continue
            pauze = 1.0
            self._voorraad.append(deelnemer)
            self._voorraad_veranderd.set()
            self._toon_aantal()

    async def _berichten(self, websocket: web.WebSocketResponse, deelnemer: Deelnemer) -> None:
        """The browser's messages to the app (textual-serve's, but a bad one is skipped)."""
        async for bericht in websocket:
            if bericht.type != WSMsgType.TEXT:
                continue
            try:
                soort, *rest = bericht.json()
            except (ValueError, TypeError):
                continue
            if soort == "stdin" and rest and isinstance(rest[0], str):
                await deelnemer.send_bytes(rest[0].encode("utf-8"))
            elif soort == "resize" and rest and isinstance(rest[0], dict):
                breedte, hoogte = rest[0].get("width"), rest[0].get("height")
                if isinstance(breedte, int) and isinstance(hoogte, int):
                    await deelnemer.set_terminal_size(breedte, hoogte)
            elif soort == "ping" and rest:
                await websocket.send_json(["pong", rest[0]])
            elif soort == "blur":
                await deelnemer.blur()
            elif soort == "focus":
                await deelnemer.focus()

    # -- start and stop ------------------------------------------------------------------

    def _toon_aantal(self) -> None:
        tekst = f"Deelnemers verbonden: {self.aantal} (hooguit {self.instelling.max_deelnemers})"
        if self.instelling.voorraad:
            tekst += f" · klaar voor wie nog komt: {len(self._voorraad)}"
        self._status(tekst)

    async def on_shutdown(self, app: web.Application) -> None:
        """Ctrl+C: tell every tab, stop every app at once, kill what is left, clean up."""
        self._stopt = True
        self._voorraad_nodig.set()
        for vuller in self._vullers:
            vuller.cancel()
        deelnemers = list(self.deelnemers)
        for deelnemer in deelnemers:
            deelnemer._gestopt = True
            deelnemer.beeindig(signal.SIGTERM)
        await asyncio.wait(
            [asyncio.ensure_future(d.meld(SERVER_STOPT, CODE_SERVER_STOPT)) for d in deelnemers]
            or [asyncio.ensure_future(asyncio.sleep(0))],
            timeout=AFSLUIT_TERMIJN / 2,
        )
        lopend = [d._task for d in deelnemers if d._task is not None and not d._task.done()]
        if lopend:
            await asyncio.wait(lopend, timeout=AFSLUIT_TERMIJN / 2)
        for deelnemer in deelnemers:
            deelnemer.beeindig(signal.SIGKILL)
            deelnemer.ruim_op()

    def stop(self) -> None:
        """Stop serving (what Ctrl+C does); call from the server's event loop."""
        self._stop.set()

    async def draai(self, klaar: Callable[[], None], signalen: bool = True) -> int:
        """Serve until stopped; `klaar` runs once the port is bound. 1 when it is taken."""
        lus = asyncio.get_running_loop()
        for sein in (signal.SIGINT, signal.SIGTERM) if signalen else ():
            with contextlib.suppress(NotImplementedError):
                lus.add_signal_handler(sein, self._stop.set)
        # No access log: the address carries the key, and the trainer's screen is projected.
        runner = web.AppRunner(
            await self._make_app(), access_log=None, shutdown_timeout=AFSLUIT_TERMIJN
        )
        await runner.setup()
        try:
            await web.TCPSite(runner, self.host, self.port).start()
        except OSError as fout:
            await runner.cleanup()
            if fout.errno == errno.EADDRINUSE:
                self._schrijf(_poort_bezet(self.host, self.port))
                return 1
            raise
        klaar()
        # As many fillers as start slots: the pool fills at full speed before the workshop,
        # and an attendee who finds it empty waits behind at most one start.
        self._vullers = [asyncio.create_task(self._vul_voorraad()) for _ in range(START_TEGELIJK)]
        try:
            await self._stop.wait()
            self._schrijf("Workshop wordt gestopt…")
        finally:
            await runner.cleanup()
        return 0


class Statusregel:
    """The trainer's terminal: lines that stay, and one status line that updates in place, so
    the address and QR code above it stay on screen while 30 people join."""

    def __init__(self, uit: TextIO) -> None:
        self._uit = uit
        self._ter_plekke = uit.isatty()
        self._open = False

    def status(self, tekst: str) -> None:
        if not self._ter_plekke:
            self.regel(tekst)
            return
        self._uit.write(f"\r\x1b[2K{tekst}")
        self._uit.flush()
        self._open = True

    def regel(self, tekst: str) -> None:
        if self._open:
            self._uit.write("\n")
            self._open = False
        self._uit.write(f"{tekst}\n")
        self._uit.flush()


def _poort_bezet(host: str, poort: int) -> str:
    andere = vrije_poort(host, poort + 1)
    voorstel = f" Probeer: wievraag serveer --port {andere}" if andere else ""
    return f"Poort {poort} is al in gebruik (draait de workshop al?).{voorstel}"


def vrije_poort(host: str, vanaf: int) -> int | None:
    """The first port from `vanaf` that can be bound now (a suggestion, not a promise)."""
    for poort in range(vanaf, min(vanaf + 50, 65536)):
        with socket.socket() as proef:
            try:
                proef.bind((host, poort))
            except OSError:
                continue
            return poort
    return None


def opdracht_basis(echt: bool, training: bool) -> tuple[str, ...]:
    """The attendee app command, without its folder (the server adds `--map` per tab)."""
    delen = [sys.executable, "-m", "wievraag.serveer.deelnemer", "--ouder", str(os.getpid())]
    if training:
        delen.append("--training")
    if echt:
        delen.append("--echt")
    return tuple(delen)
