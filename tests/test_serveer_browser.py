"""The workshop page in a real browser (headless Chromium, driven over its debugging protocol
with aiohttp): the app appears, and when its process is killed the tab says so in Dutch and
"Opnieuw starten" brings a fresh app. Skipped where no Chromium is installed; 127.0.0.1 only.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.test_serveer import START, kinderen, server, vrije_poort
from wievraag.serveer.server import APP_GESTOPT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="geen Chromium op deze machine")


class Tab:
    """One page in Chromium, evaluated over the DevTools protocol."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self._ws = ws
        self._nummer = 0

    async def waarde(self, expressie: str) -> Any:
        self._nummer += 1
        await self._ws.send_json(
            {
                "id": self._nummer,
                "method": "Runtime.evaluate",
                "params": {"expression": expressie, "returnByValue": True},
            }
        )
        while True:
            bericht = json.loads((await self._ws.receive(timeout=START)).data)
            if bericht.get("id") == self._nummer:
                # During a reload there is no page to evaluate in: no value yet.
                return bericht.get("result", {}).get("result", {}).get("value")

    async def wacht(self, expressie: str, termijn: float = START) -> Any:
        einde = time.monotonic() + termijn
        while time.monotonic() < einde:
            if waarde := await self.waarde(expressie):
                return waarde
            await asyncio.sleep(0.2)
        return await self.waarde(expressie)


async def test_de_tab_van_een_gestopte_app_zegt_het_en_start_opnieuw(tmp_path: Path) -> None:
    assert CHROMIUM is not None
    debug = vrije_poort()
    with server(tmp_path, "--voorraad", "0") as s:
        browser = subprocess.Popen(
            [
                CHROMIUM,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                f"--remote-debugging-port={debug}",
                "--remote-debugging-address=127.0.0.1",
                f"--user-data-dir={tmp_path / 'chromium'}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            async with aiohttp.ClientSession() as http:
                for _ in range(150):  # bounded: ~30 s for Chromium to open its port
                    try:
                        async with http.put(f"http://127.0.0.1:{debug}/json/new?{s.basis}/") as a:
                            doel = await a.json()
                        break
                    except aiohttp.ClientError:
                        await asyncio.sleep(0.2)
                else:
                    pytest.fail("Chromium opende zijn debugpoort niet")
                async with http.ws_connect(doel["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                    tab = Tab(ws)
                    assert await tab.wacht("document.body.classList.contains('-first-byte')")
                    assert await tab.waarde("document.documentElement.lang") == "nl"
                    (app,) = kinderen(s.proces.pid)
                    os.kill(app, signal.SIGKILL)
                    assert await tab.wacht("document.body.classList.contains('-closed')")
                    melding = ".closed-dialog .message"
                    assert await tab.waarde(f"document.querySelector('{melding}').textContent") == (
                        APP_GESTOPT
                    )
                    await tab.waarde("document.querySelector('.closed-dialog button').click()")
                    nieuw = (
                        "document.body.classList.contains('-first-byte')"
                        " && !document.body.classList.contains('-closed')"
                    )
                    assert await tab.wacht(nieuw)
                    assert len(kinderen(s.proces.pid)) == 1
        finally:
            browser.terminate()
            browser.wait(timeout=20)
