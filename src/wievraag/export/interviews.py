"""The Family Finding interviews in the full session: one part per tool that has data.

The safety circles are circles and appear under "Cirkels"; here only the six interviews of
`Sessie.family_finding`. A tool never opened or left empty gets no heading.
"""

from __future__ import annotations

from wievraag.export.context import Context, tijdstip
from wievraag.export.document import Alinea, Blok, Kop, Sectie, Velden
from wievraag.model.familyfinding import HUIS_VELDEN, TELVRAGEN, Interview
from wievraag.model.interviews import TOOL_NAMEN

_TELLABELS = {
    "ontmoet": "Ontmoet in je leven",
    "aardig_gevonden": "Van hen aardig gevonden",
    "aardig_voor_jou": "Waren aardig voor jou",
    "iets_gedaan": "Deden iets voor je",
    "weer_contact": "Weer contact willen",
}


def _velden(*rijen: tuple[str, str]) -> Velden:
    return Velden(tuple((label, waarde) for label, waarde in rijen if waarde.strip()))


def _namen(ctx: Context, ids: list[str]) -> str:
    return ", ".join(ctx.namen.labels(ids))


def _kop(interview: Interview) -> list[Blok]:
    staat = "klaar" if interview.klaar else "begonnen"
    return [
        Kop(TOOL_NAMEN[interview.id]),
        _velden(
            ("Gesteld aan", interview.gesteld_aan),
            ("Stand", staat),
            ("Begonnen", tijdstip(interview.tijd)),
        ),
    ]


def family_finding(ctx: Context) -> Sectie | None:
    ff = ctx.sessie.family_finding
    if ff is None:
        return None
    blokken: list[Blok] = []
    if (mm := ff.mobility_mapping) is not None and not mm.leeg():
        blokken += _kop(mm)
        for nummer, huis in enumerate(mm.huizen, 1):
            if huis.leeg():
                continue
            blokken.append(
                Alinea(f"Huis {nummer}: {huis.beschrijving or '(zonder beschrijving)'}", klein=True)
            )
            blokken.append(
                _velden(
                    *(
                        (woord[:1].upper() + woord[1:], _namen(ctx, getattr(huis, veld)))
                        for veld, woord in HUIS_VELDEN.items()
                    )
                )
            )
    if (hm := ff.hoeveel_mensen) is not None and not hm.leeg():
        blokken += _kop(hm)
        tellen = [
            (_TELLABELS[v], str(getattr(hm, v))) for v in TELVRAGEN if getattr(hm, v) is not None
        ]
        fases = [(f"Levensfase: {f.naam or '?'}", _namen(ctx, f.personen)) for f in hm.fases]
        blokken.append(
            _velden(
                *tellen,
                *fases,
                ("Nog in je leven", _namen(ctx, hm.nog_in_leven)),
                ("Zou je terug willen", _namen(ctx, hm.terug)),
                ("Uitnodigen voor een bijeenkomst", _namen(ctx, hm.uitnodigen)),
            )
        )
    if (re := ff.reunie) is not None and not re.leeg():
        blokken += _kop(re)
        blokken.append(_velden(("Op de foto", _namen(ctx, re.op_de_foto)), ("Notitie", re.notitie)))
    if (wi := ff.waarde_interview) is not None and not wi.leeg():
        blokken += _kop(wi)
        for w in wi.waarden:
            if w.leeg():
                continue
            blokken.append(
                _velden(
                    ("Belangrijk in het leven", w.waarde),
                    ("Meegeven aan de kinderen", w.meegeven),
                    ("Geleerd van", _namen(ctx, w.geleerd_van)),
                    ("Wat die persoon betekende", w.betekenis),
                )
            )
    if (ov := ff.olievlek) is not None and not ov.leeg():
        blokken += _kop(ov)
        blokken.append(
            _velden(
                *(
                    (f"Netwerk van {ctx.namen.label(r.persoon) or '?'}", _namen(ctx, r.genoemd))
                    for r in ov.rondes
                )
            )
        )
    if (bun := ff.biggest_unmet_needs) is not None and not bun.leeg():
        blokken += _kop(bun)
        for b in bun.behoeften:
            if b.leeg():
                continue
            voor = (ctx.namen.label(b.voor) or "") if b.voor else ""
            blokken.append(
                _velden(
                    ("Voor", voor),
                    ("Behoefte", b.behoefte),
                    ("In tegenstelling tot", b.in_plaats_van),
                )
            )
    blokken = [b for b in blokken if not isinstance(b, Velden) or b.rijen]
    if not blokken:
        return None
    return Sectie("Family Finding (Bijlage I)", tuple(blokken))
