"""One attendee's app, as the workshop server starts it: `python -m wievraag.serveer.deelnemer`.

The app must not outlive the server. When the server is killed (kill -9, a crash, a closed
laptop that never comes back), nobody sends the app a "quit": its standard input closes and
its parent changes. This process watches both, asks the app to stop, and if that takes longer
than a few seconds ends itself. Either way it removes its own temporary folder first, so a
killed server leaves no app and no copy of the demo family behind.

The server makes the folder (so it can also remove it when this process is the one that dies)
and passes it with `--map`; `--echt` runs on the trainer's real sessions instead, without a
folder of its own.
"""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from wievraag.serveer.driver import OPRUIMER, bewaak_ouder


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wievraag-deelnemer")
    parser.add_argument("--ouder", type=int, required=True, help="pid of the server")
    soort = parser.add_mutually_exclusive_group(required=True)
    soort.add_argument("--map", type=Path, help="fresh demo folder made by the server")
    soort.add_argument("--echt", action="store_true", help="the trainer's real sessions")
    parser.add_argument("--training", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    OPRUIMER.map = args.map
    threading.Thread(target=bewaak_ouder, args=(args.ouder,), daemon=True).start()
    try:
        from wievraag.serveer.app import DeelnemerApp

        if args.echt:
            DeelnemerApp(training=args.training).run()
            return 0
        from wievraag.demo import maak_demo
        from wievraag.store import Opslag
        from wievraag.vragen import lees_bank

        # The same fresh demo family as `wievraag demo`, in the folder the server made.
        opslag = Opslag(args.map / "data")
        opslag.voeg_toe(maak_demo(lees_bank()))
        DeelnemerApp(opslag.data, args.map / "config", training=args.training).run()
    finally:
        OPRUIMER.ruim_op()
    return 0


if __name__ == "__main__":
    sys.exit(main())
