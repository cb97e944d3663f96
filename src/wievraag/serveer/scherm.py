"""What the trainer's terminal shows: the address large enough to read off a projector, the key
spelled out to read aloud, and a QR code attendees scan with their phone or laptop camera."""

from __future__ import annotations

import io

from rich.align import Align
from rich.console import Console, Group
from rich.panel import Panel
from rich.text import Text


def qr_tekst(adres: str) -> str:
    """The address as a QR code in half-block characters (two modules per character row)."""
    import segno

    buffer = io.StringIO()
    segno.make(adres, error="m").terminal(out=buffer, compact=True)
    return buffer.getvalue()


def toon_adres(
    adres: str, sleutel: str | None, qr: bool, max_: int, console: Console | None = None
) -> None:
    console = console or Console(highlight=False)
    delen: list[Text | Align] = [
        Text("Open in je browser:", justify="center"),
        Text(adres, style="bold reverse", justify="center"),
    ]
    if sleutel is not None:
        # Spaced out: "l", "I" and "1" differ more when read aloud one by one.
        delen.append(Text(f"sleutel: {' '.join(sleutel)}", style="bold", justify="center"))
    if qr:
        delen.append(Align.center(Text(qr_tekst(adres).rstrip("\n"), no_wrap=True)))
    console.print(Panel(Group(*delen), title="wievraag workshop", expand=False, padding=(1, 4)))
    console.print(f"Hooguit {max_} deelnemers tegelijk. Stoppen: Ctrl+C", highlight=False)
