"""The workshop server for real: a `wievraag serveer` process on a free 127.0.0.1 port, driven by
a websocket client that speaks textual-serve's protocol like the browser page does.

Every wait is bounded and waits on a condition (a line, a screen, a process gone), never on a
fixed sleep: app starts take one to several seconds on a loaded machine.
"""

from __future__ import annotations

import asyncio
import importlib
import io
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import pytest
from rich.console import Console

from wievraag import cli
from wievraag.serveer import DRIVER, is_lokaal
from wievraag.serveer.scherm import qr_tekst, toon_adres
from wievraag.serveer.server import (
    AFGESLOTEN,
    APP_GESTOPT,
    CODE_APP_GESTOPT,
    CODE_SERVER_STOPT,
    CODE_VOL,
    MAP_VOORVOEGSEL,
    MELDING,
    SERVER_STOPT,
    VOL,
    Deelnemer,
    Instelling,
    Statusregel,
    WerkplaatsServer,
    opdracht_basis,
    standaard_max,
)
from wievraag.serveer.toegang import Toegang

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="finds the app processes through /proc"
)

START = 60.0  # an app's first screen, on a machine shared with other test runs


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def kinderen(ouder: int) -> list[int]:
    """Live (non-zombie) processes whose parent is `ouder`."""
    uit = []
    for naam in os.listdir("/proc"):
        if not naam.isdigit():
            continue
        try:
            stat = Path(f"/proc/{naam}/stat").read_text()
        except OSError:
            continue
        toestand, ppid = stat.rsplit(")", 1)[1].split()[:2]
        if int(ppid) == ouder and toestand != "Z":
            uit.append(int(naam))
    return uit


def met_in_opdracht(tekst: str) -> list[int]:
    uit = []
    for naam in os.listdir("/proc"):
        try:
            opdracht = Path(f"/proc/{naam}/cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if naam.isdigit() and tekst in opdracht and leeft(int(naam)):
            uit.append(int(naam))
    return uit


def leeft(pid: int) -> bool:
    try:
        toestand = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return toestand != "Z"


def wacht_tot(voorwaarde: Callable[[], bool], termijn: float) -> bool:
    einde = time.monotonic() + termijn
    while time.monotonic() < einde:
        if voorwaarde():
            return True
        time.sleep(0.05)
    return voorwaarde()


@dataclass
class Draaiend:
    proces: subprocess.Popen[str]
    poort: int
    tmp: Path
    regels: list[str] = field(default_factory=list)

    @property
    def basis(self) -> str:
        return f"http://127.0.0.1:{self.poort}"

    @property
    def origin(self) -> dict[str, str]:
        return {"Origin": self.basis}

    @property
    def sleutel(self) -> str | None:
        for regel in self.regels:
            if gevonden := re.search(r"\?sleutel=([A-Za-z0-9_-]+)", regel):
                return gevonden.group(1)
        return None

    def mappen(self) -> list[Path]:
        return list(self.tmp.glob(f"{MAP_VOORVOEGSEL}*"))

    def wacht_op_regel(self, tekst: str, termijn: float = 20) -> bool:
        return wacht_tot(lambda: any(tekst in r for r in self.regels), termijn)


@contextmanager
def server(tmp_path: Path, *argumenten: str) -> Iterator[Draaiend]:
    poort = vrije_poort()
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    proces = subprocess.Popen(
        [sys.executable, "-m", "wievraag", "serveer", "--port", str(poort), *argumenten],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "TMPDIR": str(tmp), "COLUMNS": "100"},
    )
    draaiend = Draaiend(proces, poort, tmp)

    def lees() -> None:
        assert proces.stdout is not None
        for regel in proces.stdout:
            draaiend.regels.append(regel)

    threading.Thread(target=lees, daemon=True).start()
    try:
        assert draaiend.wacht_op_regel("Ctrl+C", 30), draaiend.regels
        yield draaiend
    finally:
        proces.kill()
        proces.wait(timeout=10)
        # Also apps a failing test left behind after their server was killed: every app of
        # this server has the test's temp folder in its command line.
        for pid in met_in_opdracht(str(tmp)):
            os.kill(pid, signal.SIGKILL)


async def eerste_scherm(ws: aiohttp.ClientWebSocketResponse) -> None:
    """Read until the app has drawn its first screen (a few KB of terminal output)."""
    ontvangen = 0
    while ontvangen < 2000:
        bericht = await ws.receive(timeout=START)
        assert bericht.type == aiohttp.WSMsgType.BINARY, (bericht.type, bericht.data)
        ontvangen += len(bericht.data)


async def melding_en_sluiting(ws: aiohttp.ClientWebSocketResponse) -> tuple[str | None, int | None]:
    """Skip the app's output; return the server's Dutch message and the close code."""
    melding = None
    while True:
        bericht = await ws.receive(timeout=START)
        if bericht.type == aiohttp.WSMsgType.TEXT:
            soort, tekst = bericht.json()
            if soort == MELDING:
                melding = tekst
        elif bericht.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
            return melding, ws.close_code


@asynccontextmanager
async def sessie() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=START)) as s:
        yield s


def test_toegang_regels() -> None:
    toegang = Toegang.voor(["127.0.0.1", "localhost"], 8000, "geheim")
    goed = "http://127.0.0.1:8000"
    assert toegang.weiger("127.0.0.1:8000", None, "geheim", websocket=False) is None
    assert toegang.weiger("localhost:8000", goed, "geheim", websocket=True) is None
    assert toegang.weiger("evil.example:8000", None, "geheim", websocket=False)  # rebinding
    assert toegang.weiger("127.0.0.1:8001", None, "geheim", websocket=False)
    assert toegang.weiger("127.0.0.1:8000", "http://evil.example", "geheim", websocket=True)
    assert toegang.weiger("127.0.0.1:8000", None, "geheim", websocket=True)  # no Origin
    assert toegang.weiger("127.0.0.1:8000", goed, None, websocket=True)
    assert toegang.weiger("127.0.0.1:8000", goed, "geheiM", websocket=True)
    assert toegang.weiger("127.0.0.1:8000", goed, "gehéim", websocket=True)  # not ASCII
    zonder = Toegang.voor(["127.0.0.1"], 8000, None)
    assert zonder.weiger("127.0.0.1:8000", goed, None, websocket=True) is None


def test_toegang_op_elk_adres_van_deze_computer_met_netwerk() -> None:
    """With --netwerk a laptop on wifi and VPN has more addresses than the one shown; any
    IP on our port is ours, but names (DNS rebinding) and other pages' origins are not."""
    toegang = Toegang.voor(["192.168.1.5", "127.0.0.1", "localhost"], 8000, "k", elk_ip=True)
    assert toegang.weiger("10.8.0.2:8000", "http://10.8.0.2:8000", "k", websocket=True) is None
    assert toegang.weiger("[fe80::1]:8000", "http://[fe80::1]:8000", "k", websocket=True) is None
    assert toegang.weiger("10.8.0.2:8001", None, "k", websocket=False)  # another port
    assert toegang.weiger("evil.example:8000", None, "k", websocket=False)
    assert toegang.weiger("10.8.0.2:8000", "http://10.0.0.66:8000", "k", websocket=True)
    assert toegang.weiger("10.8.0.2:8000", "http://10.8.0.2:8000", None, websocket=True)
    strikt = Toegang.voor(["127.0.0.1"], 8000, None)
    assert strikt.weiger("10.8.0.2:8000", None, None, websocket=False)


async def test_vreemde_origin_en_host_worden_geweigerd(tmp_path: Path) -> None:
    with server(tmp_path, "--voorraad", "0") as s:
        async with sessie() as http:
            async with http.get(s.basis + "/") as antwoord:
                assert antwoord.status == 200
                pagina = await antwoord.text()
                assert '<html lang="nl">' in pagina
                for engels in (">Start<", "Session ended", "Restart"):
                    assert engels not in pagina
            async with http.get(s.basis + "/", headers={"Host": "evil.example"}) as antwoord:
                assert antwoord.status == 403
                assert "hoort niet bij deze workshop" in await antwoord.text()
            for kop in ({"Origin": "http://evil.example"}, {}):
                with pytest.raises(aiohttp.WSServerHandshakeError) as fout:
                    await http.ws_connect(s.basis + "/ws", headers=kop)
                assert fout.value.status == 403
        assert kinderen(s.proces.pid) == []  # nothing was started for them


async def test_netwerk_vraagt_de_sleutel(tmp_path: Path) -> None:
    # --host 127.0.0.1 keeps the test off the network; --netwerk still makes the key.
    with server(tmp_path, "--netwerk", "--host", "127.0.0.1", "--voorraad", "0") as s:
        sleutel = s.sleutel
        assert sleutel is not None and len(sleutel) >= 12, s.regels
        async with sessie() as http:
            for pad in ("/", "/?sleutel=fout"):
                async with http.get(s.basis + pad) as antwoord:
                    assert antwoord.status == 403
                    assert "sleutel" in await antwoord.text()
            for pad in ("/ws", "/ws/fout"):
                with pytest.raises(aiohttp.WSServerHandshakeError):
                    await http.ws_connect(s.basis + pad, headers=s.origin)
            assert kinderen(s.proces.pid) == []
            async with http.get(f"{s.basis}/?sleutel={sleutel}") as antwoord:
                assert antwoord.status == 200
                assert f"/ws/{sleutel}" in await antwoord.text()
            async with http.ws_connect(f"{s.basis}/ws/{sleutel}", headers=s.origin) as ws:
                await eerste_scherm(ws)


async def test_echt_vraagt_de_sleutel_ook_lokaal(tmp_path: Path) -> None:
    with server(tmp_path, "--echt", "--voorraad", "0") as s:
        assert s.sleutel is not None, s.regels
        async with sessie() as http:
            async with http.get(s.basis + "/") as antwoord:
                assert antwoord.status == 403
            with pytest.raises(aiohttp.WSServerHandshakeError):
                await http.ws_connect(s.basis + "/ws", headers=s.origin)
            async with http.get(f"{s.basis}/?sleutel={s.sleutel}") as antwoord:
                assert antwoord.status == 200


async def test_voorbij_max_is_de_workshop_vol(tmp_path: Path) -> None:
    with server(tmp_path, "--max", "1") as s:
        async with sessie() as http, http.ws_connect(s.basis + "/ws", headers=s.origin) as eerste:
            await eerste_scherm(eerste)
            assert s.wacht_op_regel("Deelnemers verbonden: 1 (hooguit 1)")
            async with http.get(s.basis + "/") as antwoord:
                assert antwoord.status == 503
                assert "De workshop is vol" in await antwoord.text()
            async with http.ws_connect(s.basis + "/ws", headers=s.origin) as tweede:
                assert await melding_en_sluiting(tweede) == (VOL, CODE_VOL)
            assert len(kinderen(s.proces.pid)) == 1


async def test_na_kill_van_de_server_blijft_niets_achter(tmp_path: Path) -> None:
    with server(tmp_path, "--max", "2") as s:  # both tabs get an app started ahead
        async with sessie() as http:
            tabs = [await http.ws_connect(s.basis + "/ws", headers=s.origin) for _ in range(2)]
            await asyncio.gather(*(eerste_scherm(ws) for ws in tabs))
            apps = kinderen(s.proces.pid)
            assert len(apps) == 2 and len(s.mappen()) == 2
            s.proces.send_signal(signal.SIGKILL)
            assert wacht_tot(lambda: not any(map(leeft, apps)) and not s.mappen(), 5.0), (
                [p for p in apps if leeft(p)],
                s.mappen(),
            )
            for ws in tabs:
                await ws.close()


async def test_een_gestopte_app_zegt_het_in_de_tab(tmp_path: Path) -> None:
    with server(tmp_path, "--voorraad", "0") as s:
        async with sessie() as http, http.ws_connect(s.basis + "/ws", headers=s.origin) as ws:
            await eerste_scherm(ws)
            (app,) = kinderen(s.proces.pid)
            os.kill(app, signal.SIGKILL)
            assert await melding_en_sluiting(ws) == (APP_GESTOPT, CODE_APP_GESTOPT)
            assert s.wacht_op_regel("Een app is onverwacht gestopt (afsluitcode -9).")
            assert wacht_tot(lambda: not s.mappen(), 5.0)
            assert s.wacht_op_regel("Deelnemers verbonden: 0")
        async with sessie() as http:  # the page's "Opnieuw starten": a fresh app
            async with http.get(s.basis + "/") as antwoord:
                assert "Opnieuw starten" in await antwoord.text()
            async with http.ws_connect(s.basis + "/ws", headers=s.origin) as ws:
                await eerste_scherm(ws)


async def test_wie_binnenkomt_krijgt_een_app_die_al_klaarstaat(tmp_path: Path) -> None:
    with server(tmp_path, "--max", "2", "--voorraad", "1") as s:
        assert s.wacht_op_regel("klaar voor wie nog komt: 1", START), s.regels
        (klaar,) = kinderen(s.proces.pid)
        async with sessie() as http, http.ws_connect(s.basis + "/ws", headers=s.origin) as ws:
            await eerste_scherm(ws)  # the whole screen the waiting app drew, handed over
            await ws.send_json(["resize", {"width": 120, "height": 40}])
            await eerste_scherm(ws)  # and it answers: redrawn at the tab's size
            # The pool refills behind the attendee, up to --max in all.
            assert wacht_tot(lambda: len(kinderen(s.proces.pid)) == 2, START)
            assert klaar in kinderen(s.proces.pid)
            assert s.wacht_op_regel("verbonden: 1 (hooguit 2) · klaar voor wie nog komt: 1")
        # Closing the tab stops its app; the waiting one stays for the next attendee.
        assert wacht_tot(lambda: not leeft(klaar), 10.0)
        assert len(s.mappen()) == 1


async def test_wie_de_app_afsluit_krijgt_de_melding_en_geen_rommel(tmp_path: Path) -> None:
    with server(tmp_path, "--voorraad", "0") as s:
        async with sessie() as http, http.ws_connect(s.basis + "/ws", headers=s.origin) as ws:
            await eerste_scherm(ws)
            (app,) = kinderen(s.proces.pid)
            await ws.send_json(["stdin", "\x11"])  # ctrl+q
            assert await melding_en_sluiting(ws) == (AFGESLOTEN, 1000)
            assert wacht_tot(lambda: not leeft(app) and not s.mappen(), 10.0)


async def test_ctrl_c_stopt_alles_binnen_een_seconde(tmp_path: Path) -> None:
    with server(tmp_path, "--max", "2") as s:  # one app in a tab, one waiting in the pool
        async with sessie() as http, http.ws_connect(s.basis + "/ws", headers=s.origin) as ws:
            await eerste_scherm(ws)
            assert s.wacht_op_regel("klaar voor wie nog komt: 1", START)
            apps = kinderen(s.proces.pid)
            assert len(apps) == 2
            begin = time.monotonic()
            s.proces.send_signal(signal.SIGINT)
            s.proces.wait(timeout=10)
            duur = time.monotonic() - begin
            assert not any(map(leeft, apps)) and not s.mappen()
            # One second is the target; the slack is for a machine shared with other tests.
            assert duur < 2.0, duur
            assert await melding_en_sluiting(ws) == (SERVER_STOPT, CODE_SERVER_STOPT)


def test_bezette_poort_geeft_een_nederlandse_regel(tmp_path: Path) -> None:
    with socket.socket() as bezet:
        bezet.bind(("127.0.0.1", 0))
        bezet.listen()
        poort = bezet.getsockname()[1]
        uit = subprocess.run(
            [sys.executable, "-m", "wievraag", "serveer", "--port", str(poort)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert uit.returncode == 1
    assert f"Poort {poort} is al in gebruik" in uit.stdout + uit.stderr
    assert "--port" in uit.stdout and "Traceback" not in uit.stdout + uit.stderr


async def test_de_pagina_haalt_niets_van_buiten(tmp_path: Path) -> None:
    with server(tmp_path, "--voorraad", "0") as s:
        async with sessie() as http, http.get(s.basis + "/") as antwoord:
            pagina = await antwoord.text()
        assert "textual-terminal" in pagina and "wievraag" in pagina
        assert "googleapis" not in pagina and "https://" not in pagina
        assert f"ws://127.0.0.1:{s.poort}/ws" in pagina
        assert antwoord.headers["Referrer-Policy"] == "no-referrer"


def test_serveer_luistert_alleen_lokaal_tenzij_gevraagd(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["serveer", "--host", "192.168.1.20"]) == 2
    assert "--netwerk" in capsys.readouterr().err


def test_serveer_start_het_demogezin_tenzij_echt() -> None:
    demo = opdracht_basis(echt=False, training=False)
    assert demo[1:3] == ("-m", "wievraag.serveer.deelnemer") and "--echt" not in demo
    assert demo[demo.index("--ouder") + 1] == str(os.getpid())
    echt = opdracht_basis(echt=True, training=True)
    assert "--echt" in echt and "--training" in echt
    assert is_lokaal("127.0.0.1") and is_lokaal("localhost") and is_lokaal("::1")
    assert not is_lokaal("0.0.0.0") and not is_lokaal("192.168.1.20")


@pytest.mark.parametrize("waarde", ["0", "-3", "veel"])
def test_max_moet_een_positief_getal_zijn(waarde: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["serveer", "--max", waarde])
    assert "geen geheel getal groter dan 0" in capsys.readouterr().err


def test_standaard_max_past_bij_de_computer() -> None:
    assert 1 <= standaard_max() <= 30


NEP_APP = r"""
import json, os, sys, time
log = sys.argv[1]
def schrijf(regel):
    with open(log, "a") as f:
        f.write(regel + "\n")
schrijf(f"start {time.monotonic()}")
time.sleep(0.4)  # what an app start costs, roughly
schrijf(f"klaar {time.monotonic()}")  # before the screen: the test may end right after it
uit = sys.stdout.buffer
uit.write(b"__GANGLION__\n")
scherm = b"." * 3000
uit.write(b"D" + len(scherm).to_bytes(4, "big") + scherm)
uit.flush()
while (data := os.read(0, 4096)) and b"quit" not in data:
    pass
"""


async def test_hooguit_twee_apps_starten_tegelijk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The queue, with a stand-in app whose start takes 0.4 s: of six attendees joining at
    once, never more than two are starting at the same moment (and two do, in parallel)."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the attendees' folders
    nep = tmp_path / "nep_app.py"
    nep.write_text(NEP_APP)
    log = tmp_path / "starts.log"
    poort = vrije_poort()
    instelling = Instelling(
        host="127.0.0.1",
        poort=poort,
        opdracht_basis=(sys.executable, str(nep), str(log)),
        demo=True,
        toegang=Toegang.voor(["127.0.0.1"], poort, None),
        max_deelnemers=10,
    )
    regels: list[str] = []
    werkplaats = WerkplaatsServer(instelling, regels.append)
    gebonden = asyncio.Event()
    taak = asyncio.create_task(werkplaats.draai(gebonden.set, signalen=False))
    await asyncio.wait_for(gebonden.wait(), 30)
    basis = f"http://127.0.0.1:{poort}"
    try:
        async with sessie() as http:
            tabs = await asyncio.gather(
                *(http.ws_connect(basis + "/ws", headers={"Origin": basis}) for _ in range(6))
            )
            await asyncio.gather(*(eerste_scherm(ws) for ws in tabs))
            assert "Deelnemers verbonden: 6 (hooguit 10)" in regels
            for ws in tabs:
                await ws.close()
    finally:
        werkplaats.stop()
        assert await asyncio.wait_for(taak, 30) == 0
    momenten = sorted(
        (float(tijd), +1 if soort == "start" else -1)
        for soort, tijd in (regel.split() for regel in log.read_text().splitlines())
    )
    assert len(momenten) == 12
    tegelijk, hoogste = 0, 0
    for _, stap in momenten:
        tegelijk += stap
        hoogste = max(hoogste, tegelijk)
    assert hoogste == 2, momenten
    assert not list(tmp_path.glob(f"**/{MAP_VOORVOEGSEL}*"))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_het_aantal_blijft_op_een_regel_op_de_terminal() -> None:
    uit = _Terminal()
    terminal = Statusregel(uit)
    terminal.status("Deelnemers verbonden: 1")
    terminal.status("Deelnemers verbonden: 2")
    terminal.regel("Workshop wordt gestopt…")
    assert uit.getvalue() == (
        "\r\x1b[2KDeelnemers verbonden: 1\r\x1b[2KDeelnemers verbonden: 2\n"
        "Workshop wordt gestopt…\n"
    )
    in_een_bestand = io.StringIO()
    Statusregel(in_een_bestand).status("Deelnemers verbonden: 3")
    assert in_een_bestand.getvalue() == "Deelnemers verbonden: 3\n"


def test_het_adres_groot_met_sleutel_en_qr_code() -> None:
    uit = io.StringIO()
    adres = "http://192.168.1.20:8000/?sleutel=Ab3x9QkPz_1-"
    toon_adres(adres, "Ab3x9QkPz_1-", True, 30, Console(file=uit, width=120))
    tekst = uit.getvalue()
    assert adres in tekst and "A b 3 x 9 Q k P z _ 1 -" in tekst
    assert qr_tekst(adres).splitlines()[3].strip() in tekst  # a row of the QR code
    assert "Hooguit 30 deelnemers" in tekst


def _deelnemer_app(tmp_path: Path, ouder: int) -> tuple[subprocess.Popen[bytes], Path]:
    """An attendee app started as the server starts it, with this test as its server."""
    map_ = tmp_path / f"{MAP_VOORVOEGSEL}app"
    map_.mkdir()
    app = opdracht_basis(echt=False, training=False)[:3]  # python -m wievraag.serveer.deelnemer
    proces = subprocess.Popen(
        [*app, "--ouder", str(ouder), "--map", str(map_)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "TEXTUAL_DRIVER": DRIVER, "COLUMNS": "80", "ROWS": "24"},
    )
    return proces, map_


def test_de_app_stopt_en_ruimt_op_als_zijn_invoer_dichtgaat(tmp_path: Path) -> None:
    proces, map_ = _deelnemer_app(tmp_path, os.getpid())
    try:
        assert proces.stdout is not None and proces.stdin is not None
        assert proces.stdout.readline() == b"__GANGLION__\n"  # the app is running
        assert (map_ / "data").is_dir()
        proces.stdin.close()  # what a killed server's end of the pipe does
        assert proces.wait(timeout=10) == 0
        assert not map_.exists()
    finally:
        proces.kill()
        proces.wait()


def test_de_app_stopt_en_ruimt_op_als_zijn_ouder_weg_is(tmp_path: Path) -> None:
    # Its parent is this test, not the pid it was told: as after the server was killed and
    # the app was adopted. Standard input stays open, so only the watch can end it.
    proces, map_ = _deelnemer_app(tmp_path, ouder=2**22 + 12345)
    try:
        assert proces.wait(timeout=30) == 0
        assert not map_.exists()
    finally:
        proces.kill()
        proces.wait()


def test_elke_app_krijgt_de_driver_die_op_de_server_let() -> None:
    """Textual reads TEXTUAL_DRIVER once, on import: it must be in the app's environment from
    the start (setting it inside the app came too late and left every app running)."""
    from textual.drivers.web_driver import WebDriver

    from wievraag.serveer.driver import DeelnemerDriver

    instelling = Instelling("127.0.0.1", 1, ("x",), True, Toegang.voor(["127.0.0.1"], 1, None), 1)
    deelnemer = Deelnemer(["x"], None, WerkplaatsServer(instelling, lambda _: None))
    assert deelnemer._build_environment(80, 24)["TEXTUAL_DRIVER"] == DRIVER
    module, _, naam = DRIVER.partition(":")
    assert getattr(importlib.import_module(module), naam) is DeelnemerDriver
    assert issubclass(DeelnemerDriver, WebDriver)
