"""The user's question lists (favourites and own questions) as a document, for trainers."""

from __future__ import annotations

from wievraag.export.document import Blok, Document, Kop, Lijst, Sectie
from wievraag.model import EIGEN_THEMA, Thema, Vraag, vragen_van


def maak_vragenlijst(
    themas: list[Thema], vragen: list[Vraag], favorieten: list[str], *, alleen_favorieten: bool
) -> Document:
    """Favourites grouped by theme and the own questions; or the whole bank by theme."""
    eigen = [v for v in vragen if v.thema == EIGEN_THEMA.id]
    gewoon = [t for t in themas if t.id != EIGEN_THEMA.id]
    secties: list[Sectie] = []
    if alleen_favorieten:
        blokken: list[Blok] = []
        gezien: set[str] = set()
        for thema in gewoon:
            fav = [
                v for v in vragen_van(thema, vragen) if v.id in favorieten and v.id not in gezien
            ]
            gezien |= {v.id for v in fav}
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
            if lijst:
                secties.append(Sectie(thema.naam, (Lijst(tuple(v.tekst for v in lijst)),)))
    if eigen:
        secties.append(Sectie(EIGEN_THEMA.naam, (Lijst(tuple(v.tekst for v in eigen)),)))
    titel = "Mijn favoriete wie-vragen" if alleen_favorieten else "Wie-vragen"
    return Document(
        titel=titel,
        ondertitel="" if secties else "Nog geen favorieten of eigen vragen.",
        secties=tuple(secties),
    )
