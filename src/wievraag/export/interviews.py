"""The Family Finding interviews in the full session: one part per tool that has data.

The safety circles are circles and appear under "Cirkels"; here only the six interviews of
`Sessie.family_finding`. A tool never opened or left empty gets no heading.
"""

from __future__ import annotations

from wievraag.export.context import Context, tijdstip
from wievraag.export.document import Alinea, Blok, Kop, Sectie, Velden
from wievraag.model.familyfinding import Cel, Interview


def _tekst(ctx: Context, cel: Cel) -> str:
    if isinstance(cel, str):
        return cel
    namen = ", ".join(ctx.namen.labels(list(cel.ids)))
    return cel.voor + (namen or cel.anders) if namen or cel.anders else ""


def _velden(ctx: Context, rijen: tuple[tuple[Cel, Cel], ...]) -> Velden:
    tekst = ((_tekst(ctx, label), _tekst(ctx, waarde)) for label, waarde in rijen)
    return Velden(tuple((label, waarde) for label, waarde in tekst if waarde.strip()))


def _kop(interview: Interview) -> list[Blok]:
    staat = "klaar" if interview.klaar else "begonnen"
    rijen = (
        ("Gesteld aan", interview.gesteld_aan),
        ("Stand", staat),
        ("Begonnen", tijdstip(interview.tijd)),
    )
    return [Kop(interview.NAAM), Velden(tuple(r for r in rijen if r[1].strip()))]


def family_finding(ctx: Context) -> Sectie | None:
    ff = ctx.sessie.family_finding
    if ff is None:
        return None
    blokken: list[Blok] = []
    for interview in ff.interviews():
        if interview.leeg():
            continue
        blokken += _kop(interview)
        for deel in interview.delen():
            if deel.kop is not None:
                blokken.append(Alinea(deel.kop, klein=True))
            blokken.append(_velden(ctx, deel.rijen))
    blokken = [b for b in blokken if not isinstance(b, Velden) or b.rijen]
    if not blokken:
        return None
    return Sectie("Family Finding (Bijlage I)", tuple(blokken))
