"""Merging two versions of one session, field by field (issue 22). Pure: documents and their
`SyncStaat` in, one document and state out; nothing is written here (versies.py does that).

Per field: the version that has *seen* the other's change wins (sync.py: the version vector,
not the clock's size). Neither saw the other's change — a true conflict — and the values
differ: the body keeps this side's value and the other value is kept in the state as an open
`Conflict`, for a person to decide. Different fields never conflict. A field rule only for a
true conflict, where the meaning asks for one: `gewijzigd` the later, `bezoeken` and the
genogram links `ouders`/`partners` as sets. A record deleted on one side and changed (or still
used) on the other stays, and is asked. Nothing is silently dropped: `nog_iets_nieuw` checks
that a merge took in everything of the other side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wievraag.store.sync import (
    ALTIJD_DE_EERSTE,
    ALTIJD_DE_LAATSTE,
    NUL,
    SEP,
    Conflict,
    Klok,
    Stempel,
    SyncStaat,
    delen,
    is_record_lijst,
    pad_van,
    record_sleutel,
    records,
)

ALS_VERZAMELING = {"bezoeken", "ouders", "partners"}
"""Lists whose order means nothing and whose items stand alone: a true conflict is their union."""


class _Leeg:
    """A value one side does not have (not set, or the record is not there)."""

    def __repr__(self) -> str:
        return "LEEG"


LEEG: Any = _Leeg()


@dataclass
class Uitkomst:
    doc: dict[str, Any]
    staat: SyncStaat
    nieuw: list[Conflict] = field(default_factory=list)
    """True conflicts this merge found (open ones of either side are in `staat.conflicten`)."""
    van_daar: list[str] = field(default_factory=list)
    """Paths whose value came from the other side: what was merged."""
    verwijderd: list[str] = field(default_factory=list)
    """Records deleted because the other side deleted them."""
    dubbel: list[tuple[str, str]] = field(default_factory=list)
    """Two people with the same name (both added someone offline): offered to merge."""


def voeg_samen(
    hier_doc: dict[str, Any],
    hier: SyncStaat,
    daar_doc: dict[str, Any],
    daar: SyncStaat,
) -> Uitkomst:
    """`hier` (the session's own file) merged with `daar` (a copy). Commutative up to which
    value of an open conflict sits in the body: both are kept either way."""
    return _Samenvoeging(hier, daar).doe(hier_doc, daar_doc)


def nog_iets_nieuw(
    doc: dict[str, Any], staat: SyncStaat, kopie: dict[str, Any], van: SyncStaat
) -> bool:
    """True when merging `kopie` into `doc` would still change something: the copy may only
    be deleted when this is False (everything of it is in the session)."""
    uitkomst = voeg_samen(doc, staat, kopie, van)
    return uitkomst.doc != doc or bool(uitkomst.nieuw) or uitkomst.staat.klokken != staat.klokken


class _Samenvoeging:
    def __init__(self, hier: SyncStaat, daar: SyncStaat) -> None:
        self.hier, self.daar = hier, daar
        self.staat = SyncStaat()
        for bron in (hier, daar):
            for apparaat, klok in bron.klokken.items():
                if self.staat.klokken.get(apparaat, (-1, -1)) < klok:
                    self.staat.klokken[apparaat] = klok
        self.uit = Uitkomst({}, self.staat)
        # Records that went (a delete accepted), with their content: a reference to one left
        # anywhere brings it back (integrity check below).
        self._weg: dict[str, dict[str, Any]] = {}

    def doe(self, a: dict[str, Any], b: dict[str, Any]) -> Uitkomst:
        doc = self._tabel(a, b, "", NUL, NUL)
        for bron in (self.hier, self.daar):
            for pad, st in bron.weg.items():
                if self.staat.weg.get(pad, NUL) < st:
                    self.staat.weg[pad] = st
        self._open_conflicten()
        self._herstel_verwijzingen(doc)
        for pad in list(self.staat.weg):
            if _bestaat(doc, pad):
                del self.staat.weg[pad]  # kept (asked): the conflict holds the tombstone
        self.uit.doc = doc
        self.uit.dubbel = _dubbele_namen(doc, a)
        return self.uit

    # -- nodes ------------------------------------------------------------------------------

    def _knoop(self, a: Any, b: Any, pad: str, erf_a: Stempel, erf_b: Stempel) -> Any:
        tabel_a = a is LEEG or isinstance(a, dict)
        tabel_b = b is LEEG or isinstance(b, dict)
        if (isinstance(a, dict) or isinstance(b, dict)) and tabel_a and tabel_b:
            return self._tabel(
                a if isinstance(a, dict) else {},
                b if isinstance(b, dict) else {},
                pad,
                erf_a,
                erf_b,
            )
        naam = is_record_lijst(None if a is LEEG else a, None if b is LEEG else b)
        if naam is not None:
            return self._records(a, b, naam, pad, erf_a, erf_b)
        return self._veld(a, b, pad, erf_a, erf_b)

    def _tabel(
        self, a: dict[str, Any], b: dict[str, Any], pad: str, erf_a: Stempel, erf_b: Stempel
    ) -> Any:
        uit: dict[str, Any] = {}
        for sleutel in dict.fromkeys([*a, *b]):
            waarde = self._knoop(
                a.get(sleutel, LEEG), b.get(sleutel, LEEG), pad_van(pad, sleutel), erf_a, erf_b
            )
            if waarde is not LEEG:
                uit[sleutel] = waarde
        if not uit and not a and not b:
            return LEEG if pad else uit
        return uit

    def _records(self, a: Any, b: Any, naam: str, pad: str, erf_a: Stempel, erf_b: Stempel) -> Any:
        ra = records(a, naam) if isinstance(a, list) else {}
        rb = records(b, naam) if isinstance(b, list) else {}
        uit: list[dict[str, Any]] = []
        for sleutel in dict.fromkeys([*ra, *rb]):
            rpad = pad_van(pad, sleutel)
            x, y = ra.get(sleutel), rb.get(sleutel)
            sa = self.hier.stempels.get(rpad, erf_a)
            sb = self.daar.stempels.get(rpad, erf_b)
            if x is not None and y is not None:
                velden = self._tabel(
                    {k: v for k, v in x.items() if k != naam},
                    {k: v for k, v in y.items() if k != naam},
                    rpad,
                    sa,
                    sb,
                )
                self._zet(
                    rpad, sa, sb, eigen=rpad in self.hier.stempels or rpad in self.daar.stempels
                )
                uit.append({naam: x[naam], **(velden if isinstance(velden, dict) else {})})
            elif x is not None:
                if self._blijft(rpad, x, self.hier, self.daar, sa, kant="hier"):
                    uit.append(x)
            elif y is not None and self._blijft(rpad, y, self.daar, self.hier, sb, kant="daar"):
                uit.append(y)
        if not uit and a is LEEG and b is LEEG:
            return LEEG
        return uit

    def _blijft(
        self,
        rpad: str,
        record: dict[str, Any],
        heeft: SyncStaat,
        mist: SyncStaat,
        bestaan: Stempel,
        kant: str,
    ) -> bool:
        """A record only one side has: new there (kept), or deleted on the other side —
        deleted too when the side that has it changed nothing the deleter did not see; kept
        and asked when it did."""
        graf = mist.weg.get(rpad)
        eigen = self._stempels_onder(heeft, rpad, bestaan)
        if graf is not None and heeft.gezien(graf):
            # The side that has it saw the delete and kept it (a person chose to keep it):
            # that decision stands.
            graf = None
        if graf is None:
            for p, st in eigen.items():
                self.staat.stempels[p] = st
            if kant == "daar":
                self.uit.van_daar.append(rpad)
            return True
        ongezien = [st for st in eigen.values() if not mist.gezien(st)]
        if not ongezien:
            self._weg[rpad] = record
            if kant == "hier":
                self.uit.verwijderd.append(rpad)
            return False
        for p, st in eigen.items():
            self.staat.stempels[p] = st
        conflict = Conflict(rpad, "weg", hier=max(ongezien), daar=graf)
        self._nieuw_conflict(conflict)
        if kant == "daar":
            self.uit.van_daar.append(rpad)
        return True

    def _stempels_onder(self, staat: SyncStaat, rpad: str, bestaan: Stempel) -> dict[str, Stempel]:
        onder = rpad + SEP
        uit = {p: st for p, st in staat.stempels.items() if p.startswith(onder)}
        if rpad in staat.stempels or bestaan is not NUL:
            uit[rpad] = staat.stempels.get(rpad, bestaan)
        return uit

    def _veld(self, a: Any, b: Any, pad: str, erf_a: Stempel, erf_b: Stempel) -> Any:
        sa = self.hier.stempels.get(pad, erf_a)
        sb = self.daar.stempels.get(pad, erf_b)
        eigen = pad in self.hier.stempels or pad in self.daar.stempels
        if a == b:
            self._zet(pad, sa, sb, eigen)
            return a
        a_gezien, b_gezien = self.daar.gezien(sa), self.hier.gezien(sb)
        if a_gezien and not b_gezien:
            self._zet(pad, sb, sb, eigen)
            self.uit.van_daar.append(pad)
            return b
        if b_gezien and not a_gezien:
            self._zet(pad, sa, sa, eigen)
            return a
        laatste = delen(pad)[-1]
        if laatste in ALTIJD_DE_LAATSTE:
            self._zet(pad, sa, sb, eigen)
            return _later(a, b)
        if laatste in ALTIJD_DE_EERSTE:
            self._zet(pad, sa, sb, eigen)
            later = _later(a, b)
            return b if later is a and b is not LEEG else a
        if (
            laatste in ALS_VERZAMELING
            and isinstance(a, list | _Leeg)
            and isinstance(b, list | _Leeg)
        ):
            self._zet(pad, sa, sb, eigen)
            lijst_a: list[Any] = a if isinstance(a, list) else []
            lijst_b: list[Any] = b if isinstance(b, list) else []
            samen = list(dict.fromkeys([*lijst_a, *lijst_b]))
            if laatste == "bezoeken":
                samen.sort()
            if samen != a:
                self.uit.van_daar.append(pad)
            return samen
        # A true conflict: both kept, a person decides.
        self._zet(pad, sa, sa, eigen)
        self._nieuw_conflict(
            Conflict(pad, "waarde", hier=sa, daar=sb, waarde=None if b is LEEG else b)
        )
        return a

    def _zet(self, pad: str, sa: Stempel, sb: Stempel, eigen: bool) -> None:
        """The merged stamp of a path (the later of two equal values' stamps); written only
        where a side had a stamp of its own, so inherited stamps stay inherited."""
        if eigen:
            st = max(sa, sb)
            if st is not NUL and st != NUL:
                self.staat.stempels[pad] = st

    def _nieuw_conflict(self, conflict: Conflict) -> None:
        bestaand = [
            c for c in (*self.hier.conflicten, *self.daar.conflicten) if c.pad == conflict.pad
        ]
        if any({c.hier, c.daar} == {conflict.hier, conflict.daar} for c in bestaand):
            return  # already open, kept below
        self.uit.nieuw.append(conflict)
        self.staat.conflicten.append(conflict)

    def _open_conflicten(self) -> None:
        """Open conflicts of either side stay open unless a later decision superseded them:
        the field's merged stamp is still one of the conflict's two."""
        gezien = {(c.pad, frozenset((c.hier, c.daar))) for c in self.staat.conflicten}
        for bron in (self.hier, self.daar):
            for c in bron.conflicten:
                sleutel = (c.pad, frozenset((c.hier, c.daar)))
                if sleutel in gezien:
                    continue
                huidig = self.staat.stempels.get(c.pad, self.staat.weg.get(c.pad, NUL))
                if c.soort == "weg" or huidig in (c.hier, c.daar) or huidig == NUL:
                    gezien.add(sleutel)
                    self.staat.conflicten.append(c)

    # -- integrity --------------------------------------------------------------------------

    def _herstel_verwijzingen(self, doc: dict[str, Any]) -> None:
        """A record deleted on one side but named on the other (a person added to a new
        answer offline): it comes back, and the delete is asked. Never a file the model
        refuses, never a reference to nobody."""
        while self._weg:
            genoemd = _genoemde_ids(doc)
            terug = [rpad for rpad in self._weg if delen(rpad)[-1] in genoemd]
            if not terug:
                return
            for rpad in terug:
                record = self._weg.pop(rpad)
                _zet_terug(doc, rpad, record)
                graf = self.staat.weg.pop(rpad, None) or NUL
                hier = self.hier.stempels.get(rpad) or self.daar.stempels.get(rpad) or NUL
                if hier != NUL:
                    self.staat.stempels.setdefault(rpad, hier)
                self._nieuw_conflict(Conflict(rpad, "weg", hier=hier, daar=graf))
                if rpad in self.uit.verwijderd:
                    self.uit.verwijderd.remove(rpad)


def _later(a: Any, b: Any) -> Any:
    if a is LEEG:
        return b
    if b is LEEG:
        return a
    try:
        return a if a >= b else b
    except TypeError:
        return a


def _bestaat(doc: dict[str, Any], rpad: str) -> bool:
    return _vind_lijst(doc, rpad) is not None and any(
        str(x.get(k)) == delen(rpad)[-1] for x, k in _lijst_items(doc, rpad)
    )


def _lijst_items(doc: dict[str, Any], rpad: str) -> list[tuple[dict[str, Any], str]]:
    lijst = _vind_lijst(doc, rpad)
    if not lijst:
        return []
    naam = record_sleutel(lijst)
    return [(x, naam) for x in lijst] if naam else []


def _vind_lijst(doc: dict[str, Any], rpad: str) -> list[dict[str, Any]] | None:
    """The list a record path points into (following records by key on the way)."""
    stukken = delen(rpad)[:-1]
    knoop: Any = doc
    for stuk in stukken:
        if isinstance(knoop, dict):
            knoop = knoop.get(stuk)
        elif isinstance(knoop, list):
            naam = record_sleutel(knoop)
            knoop = next((x for x in knoop if naam and str(x.get(naam)) == stuk), None)
        else:
            return None
    return knoop if isinstance(knoop, list) else None


def _zet_terug(doc: dict[str, Any], rpad: str, record: dict[str, Any]) -> None:
    stukken = delen(rpad)[:-1]
    knoop: Any = doc
    for n, stuk in enumerate(stukken):
        if isinstance(knoop, dict):
            if stuk not in knoop:
                knoop[stuk] = [] if n == len(stukken) - 1 else {}
            knoop = knoop[stuk]
        elif isinstance(knoop, list):
            naam = record_sleutel(knoop)
            knoop = next(x for x in knoop if naam and str(x.get(naam)) == stuk)
    if isinstance(knoop, list):
        knoop.append(record)


def _genoemde_ids(doc: Any) -> set[str]:
    """Every text value in the document that is not a record's own key: where ids are named."""
    uit: set[str] = set()
    stapel: list[Any] = [doc]
    while stapel:
        knoop = stapel.pop()
        if isinstance(knoop, dict):
            for k, v in knoop.items():
                if k == "id":
                    continue
                if isinstance(v, str):
                    uit.add(v)
                else:
                    stapel.append(v)
        elif isinstance(knoop, list):
            for v in knoop:
                if isinstance(v, str):
                    uit.add(v)
                else:
                    stapel.append(v)
    return uit


def _dubbele_namen(doc: dict[str, Any], hier: dict[str, Any]) -> list[tuple[str, str]]:
    """Two people with one name, at least one of them new from the other side."""
    eigen = {str(p.get("id")) for p in hier.get("personen", []) if isinstance(p, dict)}
    per_naam: dict[str, str] = {}
    uit: list[tuple[str, str]] = []
    for p in doc.get("personen", []):
        naam = " ".join(str(p.get("naam", "")).split()).casefold()
        pid = str(p.get("id"))
        if not naam:
            continue
        eerder = per_naam.get(naam)
        if eerder is not None and (pid not in eigen or eerder not in eigen):
            uit.append((eerder, pid))
        else:
            per_naam.setdefault(naam, pid)
    return uit


def los_op_in_doc(doc: dict[str, Any], staat: SyncStaat, pad: str, waarde: Any, klok: Klok) -> None:
    """Decide a conflict in a document that is not open in the app (tests, the CLI later):
    the chosen value in the body and a decision stamp."""
    from wievraag.store.sync import besluit

    stukken = delen(pad)
    knoop: Any = doc
    for stuk in stukken[:-1]:
        if isinstance(knoop, dict):
            knoop = knoop.setdefault(stuk, {})
        else:
            naam = record_sleutel(knoop)
            knoop = next(x for x in knoop if naam and str(x.get(naam)) == stuk)
    if isinstance(knoop, dict):
        if waarde is None:
            knoop.pop(stukken[-1], None)
        else:
            knoop[stukken[-1]] = waarde
    besluit(staat, pad, klok)
