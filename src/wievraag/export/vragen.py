"""The user's question lists (favourites and own questions) as a document, for trainers.

A printed list is shared (a workshop hand-out): it names the sources of the question texts it
holds, with their licence (the handreiking is CC BY-NC-SA 4.0, which asks for attribution).
"""

from __future__ import annotations

from wievraag.export.document import Alinea, Blok, Document, Kop, Lijst, Sectie
from wievraag.model import EIGEN_THEMA, Bron, Thema, Vraag, vragen_van


def maak_vragenlijst(
    themas: list[Thema],
    vragen: list[Vraag],
    favorieten: list[str],
    *,
    alleen_favorieten: bool,
    bronnen: list[Bron] | None = None,
) -> Document:
    """Favourites grouped by theme and the own questions; or the whole bank by theme."""
    eigen = [v for v in vragen if v.thema == EIGEN_THEMA.id]
    gewoon = [t for t in themas if t.id != EIGEN_THEMA.id]
    secties: list[Sectie] = []
    getoond: list[Vraag] = []  # the bank's questions on the page, for the sources
    if alleen_favorieten:
        blokken: list[Blok] = []
        gezien: set[str] = set()
        for thema in gewoon:
            fav = [
                v for v in vragen_van(thema, vragen) if v.id in favorieten and v.id not in gezien
            ]
            gezien |= {v.id for v in fav}
            getoond += fav
            if fav:
                blokken += [Kop(thema.naam), Lijst(tuple(v.tekst for v in fav))]
        eigen_fav = [v for v in eigen if v.id in favorieten]
        if eigen_fav:
            blokken += [Kop(EIGEN_THEMA.naam), Lijst(tuple(v.tekst for v in eigen_fav))]
        if blokken:
            secties.append(Sectie("Favorieten", tuple(blokken)))
    else:
        for thema in gewoon:
            lijst = vragen_van(thema, vragen)
            getoond += lijst
            if lijst:
                secties.append(Sectie(thema.naam, (Lijst(tuple(v.tekst for v in lijst)),)))
    if eigen:
        secties.append(Sectie(EIGEN_THEMA.naam, (Lijst(tuple(v.tekst for v in eigen)),)))
    bronsectie = _bronnen(bronnen or [], getoond)
    if bronsectie is not None:
        secties.append(bronsectie)
    titel = "Mijn favoriete wie-vragen" if alleen_favorieten else "Wie-vragen"
    return Document(
        titel=titel,
        ondertitel="" if secties else "Nog geen favorieten of eigen vragen.",
        secties=tuple(secties),
    )


def _bronnen(bronnen: list[Bron], vragen: list[Vraag]) -> Sectie | None:
    """The sources of the questions shown, in the bank's order; none when nothing is cited."""
    gebruikt = {v.bron.split()[0].rstrip(",") for v in vragen if v.bron}
    regels = []
    for bron in bronnen:
        if bron.id not in gebruikt:
            continue
        wie = ", ".join(d for d in (bron.auteur, str(bron.jaar) if bron.jaar else "") if d)
        regel = f"{wie}: {bron.titel}" if wie else bron.titel
        if bron.licentie:
            regel += f". Licentie: {bron.licentie}"
        regels.append(regel)
    if not regels:
        return None
    uitleg = Alinea(
        "De vragen zijn woordelijk overgenomen uit deze bronnen. Deel je deze lijst, noem dan "
        "de bronnen en houd je aan hun licentie."
    )
    return Sectie("Bronnen", (uitleg, Lijst(tuple(regels))))
