"""The `wievraag` command: start the app, or list and check sessions from the shell.

Heavy imports (Textual) happen only when the app actually starts, so `lijst`, `controleer`
and `--version` stay instant.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from wievraag import __version__


class _Parser(argparse.ArgumentParser):
    """argparse speaking Dutch where the user sees it."""

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        kwargs.setdefault("formatter_class", _Opmaak)
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._positionals.title = "opdrachten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {message}\n")


class _Opmaak(argparse.HelpFormatter):
    def add_usage(
        self, usage: str | None, actions: object, groups: object, prefix: str | None = None
    ) -> None:
        super().add_usage(usage, actions, groups, prefix or "gebruik: ")  # type: ignore[arg-type]


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="wievraag",
        description="De wie-vraag aan tafel: breng samen met het gezin het netwerk in kaart.",
        epilog="Zonder opdracht start de app. Gegevens: zie WIEVRAAG_DATA in de README.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"wievraag {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--data",
        metavar="MAP",
        type=Path,
        help="map met de sessies (standaard: je gebruikersmap; ook WIEVRAAG_DATA)",
    )
    sub = parser.add_subparsers(dest="opdracht", metavar="OPDRACHT", parser_class=_Parser)
    sub.add_parser("start", help="start de app (standaard)")
    sub.add_parser("lijst", help="toon alle sessies, één per regel")
    sub.add_parser("controleer", help="controleer alle sessiebestanden en de vragenbank")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.data is not None:
        # One override for every layer: the locations module reads it.
        os.environ["WIEVRAAG_DATA"] = str(args.data.expanduser().resolve())
    if args.opdracht == "lijst":
        return _lijst()
    if args.opdracht == "controleer":
        return _controleer()
    return _start()


def _lijst() -> int:
    from wievraag.store import Opslag

    for item in Opslag().lijst().items:
        if item.fout:
            print(f"⚠ {item.fout}")
            continue
        wanneer = f"{item.gewijzigd:%d-%m-%Y %H:%M}" if item.gewijzigd else ""
        conflict = "  [conflictkopie]" if item.conflict else ""
        print(f"{item.id}  {wanneer}  {item.personen:>3} personen  {item.gezin}{conflict}")
    return 0


def _controleer() -> int:
    from wievraag.fouten import BestandFout
    from wievraag.store import Opslag
    from wievraag.vragen import Vragen

    problemen: list[str] = []
    try:
        vragen = Vragen.laad()
    except BestandFout as fout:
        problemen.append(f"vragenbank: {fout.melding}")
    except OSError as fout:
        problemen.append(f"vragenbank: niet te lezen ({fout.strerror})")
    else:
        if vragen.fout_mijn:
            problemen.append(f"eigen vragen: {vragen.fout_mijn}")
    opslag = Opslag()
    overzicht = opslag.lijst().items
    problemen += [item.fout for item in overzicht if item.fout]
    goed = sum(1 for item in overzicht if not item.fout)
    for probleem in problemen:
        print(f"✗ {probleem}")
    print(f"{goed} sessie(s) in orde, {len(problemen)} probleem/problemen ({opslag.map})")
    return 1 if problemen else 0


def _start() -> int:
    from wievraag.tui.app import WievraagApp

    WievraagApp().run()
    return 0
