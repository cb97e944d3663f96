"""The netwerkberaad, the familiegroepsplan and the young person's voice in the exports.

The shared plan (for the family and their network) gets the mark of the family's own plan,
the next meeting as an invitation (when, where, who asks whom, the family's questions) and
what the young people want themselves; the full session gets every meeting as recorded and
each young person's wishes next to the parent's consent. All words come from
beraadweergave.py, the same the app shows.
"""

from __future__ import annotations

from wievraag.export.beraadweergave import BeraadWeergave, beraad_weergave, stem_weergave
from wievraag.export.context import Context
from wievraag.export.document import Alinea, Blok, Kop, Lijst, Sectie, Tabel, Velden
from wievraag.export.planweergave import en
from wievraag.opmaak import datum_lang


def _beraden(ctx: Context) -> list[BeraadWeergave]:
    return [
        beraad_weergave(ctx.sessie, b, ctx.namen, vandaag=ctx.gemaakt.date())
        for b in ctx.sessie.netwerkberaden
    ]


def _velden(*rijen: tuple[str, str]) -> Velden:
    return Velden(tuple((k, v) for k, v in rijen if v.strip()))


# -- the shared plan -----------------------------------------------------------------------


def familiegroepsplan(ctx: Context) -> Sectie | None:
    """Whose plan this is: the family's own, when they made it (001 §3.2.5)."""
    w = ctx.weergave
    if w is None or not w.familiegroepsplan:
        return None
    return Sectie("Ons eigen plan", (Alinea(w.familiegroepsplan_zin),))


def volgend_beraad(ctx: Context) -> Sectie | None:
    """The meeting still to come, as the family's invitation: only people with consent."""
    komend = [b for b in _beraden(ctx) if not b.gehouden and not b.datum_voorbij]
    if not komend:
        return None
    b = komend[-1]
    blokken: list[Blok] = []
    if b.wanneer_waar:
        blokken.append(Alinea(f"We komen bij elkaar {b.wanneer_waar}."))
    if b.voorzitter:
        blokken.append(Alinea(f"Het gesprek wordt geleid door {b.voorzitter}: dat kozen wij."))
    if b.uitgenodigd:
        regels = [u.wie + (f", gevraagd door {u.door}" if u.door else "") for u in b.uitgenodigd]
        blokken.append(Alinea("We vragen wie er komen:"))
        blokken.append(Lijst(tuple(regels)))
    if b.vragen:
        blokken.append(Alinea("Onze vragen voor het gesprek:"))
        blokken.append(Lijst(b.vragen))
    if not blokken:
        return None
    return Sectie("Ons netwerkberaad", tuple(blokken))


def wat_de_kinderen_willen(ctx: Context) -> Sectie | None:
    """The young people's own choice (JIM) and who they want involved, as far as the parent
    agreed to those people: the plan for the network names no one else."""
    w = ctx.weergave
    stemmen = (
        w.stemmen
        if w is not None
        else tuple(x for s in ctx.sessie.stemmen if (x := stem_weergave(ctx.sessie, s, ctx.namen)))
    )
    zinnen = [z for s in stemmen for z in (s.mentor_zin, s.erbij_zin) if z]
    if not zinnen:
        return None
    return Sectie("Wat de kinderen zelf willen", (Lijst(tuple(zinnen)),))


def na_de_hulp(ctx: Context) -> Sectie | None:
    """After help ends (002): when someone asks again how it goes, and what was agreed."""
    a = ctx.sessie.afsluiting
    if a is None or not (a.nazorg_datum or a.nazorg.strip()):
        return None
    blokken: list[Blok] = []
    if a.nazorg_datum is not None:
        blokken.append(
            Alinea(
                f"Op {datum_lang(a.nazorg_datum)} neemt de hulpverlener nog eens contact met ons "
                "op, om te horen hoe het gaat."
            )
        )
    if a.nazorg.strip():
        blokken.append(Alinea(a.nazorg.strip()))
    return Sectie("Als de hulp stopt", tuple(blokken))


# -- the full session ----------------------------------------------------------------------


def aanmelding(ctx: Context) -> Sectie | None:
    """The referral (§2.3): who the referrer named as support, who came to the first talk."""
    a = ctx.sessie.aanmelding
    if a is None:
        return None
    velden = _velden(
        ("Datum", datum_lang(a.datum) if a.datum else ""),
        ("Verwijzer", a.verwijzer),
        ("Steun genoemd door de verwijzer", en(ctx.namen.labels(a.steun_genoemd))),
        ("Uitgenodigd voor het eerste gesprek", en(ctx.namen.labels(a.uitgenodigd))),
        ("Notitie", a.notitie),
    )
    return Sectie("Aanmelding", (velden,)) if velden.rijen else None


def netwerkberaden(ctx: Context) -> Sectie | None:
    beraden = _beraden(ctx)
    if not beraden:
        return None
    blokken: list[Blok] = []
    for b in beraden:
        blokken.append(Kop(b.kop))
        blokken.append(
            _velden(
                ("Stand", b.stand),
                ("Wanneer en waar", b.wanneer_waar),
                ("Voorzitter (keuze van het gezin)", b.voorzitter),
                ("Doel", b.doel),
                ("Verslag", b.verslag),
            )
        )
        if b.vragen:
            blokken.append(Alinea("Vragen van het gezin", klein=True))
            blokken.append(Lijst(b.vragen))
        if b.uitgenodigd:
            blokken.append(
                Tabel(
                    ("Uitgenodigd", "Gevraagd door", "Aanwezig"),
                    tuple(
                        (u.wie, u.door or "nog niet afgesproken", u.gekomen) for u in b.uitgenodigd
                    ),
                )
            )
        if b.besluiten:
            blokken.append(Alinea("Afgesproken", klein=True))
            blokken.append(
                Lijst(tuple(r.tekst + (" (in het plan)" if r.in_plan else "") for r in b.besluiten))
            )
    return Sectie("Netwerkberaad", tuple(blokken))


def stem_van_de_jongere(ctx: Context) -> Sectie | None:
    stemmen = [x for s in ctx.sessie.stemmen if (x := stem_weergave(ctx.sessie, s, ctx.namen))]
    if not stemmen:
        return None
    blokken: list[Blok] = []
    for s in stemmen:
        blokken.append(Kop(f"Wat {s.jongere} zelf wil"))
        mentor = s.mentor
        if mentor and s.mentor_sinds:
            mentor += f", gekozen op {s.mentor_sinds}"
        blokken.append(
            _velden(
                ("Mentor (JIM), eigen keuze", mentor),
                ("Toestemming ouder voor de mentor", s.mentor_toestemming),
                ("In eigen woorden", s.waarom),
                ("Wil er niet bij", en(list(s.wil_niet_erbij))),
            )
        )
        if s.wil_erbij:
            blokken.append(
                Tabel(
                    ("Wil erbij", "Toestemming ouder"),
                    tuple((r.wie, r.toestemming) for r in s.wil_erbij),
                )
            )
        if s.verschil:
            blokken.append(
                Alinea("Om te bespreken: de wens en de toestemming verschillen", klein=True)
            )
            blokken.append(Lijst(s.verschil))
    return Sectie("Stem van de jongere", tuple(blokken))
