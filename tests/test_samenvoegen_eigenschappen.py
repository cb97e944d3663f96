"""Properties of the merge (store/samenvoegen.py), on documents two devices changed from one
start: nothing either side changed is lost (it is in the body, or kept in an open conflict),
what neither changed stays, a delete goes through only against an untouched record, and the
merge is commutative up to which of two conflicting values sits in the body."""

from __future__ import annotations

import copy
import itertools
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from wievraag.store.samenvoegen import Uitkomst, nog_iets_nieuw, voeg_samen
from wievraag.store.sync import Klok, SyncStaat, stempel

VELDEN = ("telefoon", "notities", "relatie")
WAARDEN = ("", "a", "b", "c")


def _basis() -> dict[str, Any]:
    return {
        "gezin": "Gezin Zonnebloem",
        "personen": [
            {"id": f"p-{n}", "naam": f"persoon {n}", "telefoon": "", "notities": "", "relatie": ""}
            for n in range(4)
        ],
        "plan": {"doel": ""},
    }


_op = st.tuples(
    st.sampled_from(["zet", "zet", "zet", "nieuw", "weg", "doel"]),
    st.integers(0, 3),
    st.sampled_from(VELDEN),
    st.sampled_from(WAARDEN),
)


def _speel(
    apparaat: str, ops: list[tuple[str, int, str, str]], teller: itertools.count[int]
) -> tuple[dict[str, Any], SyncStaat]:
    doc = _basis()
    staat = SyncStaat()
    klok = Klok(apparaat, nu=lambda: next(teller))
    for stap, (soort, n, veld, waarde) in enumerate(ops):
        nieuw = copy.deepcopy(doc)
        personen = nieuw["personen"]
        if soort == "zet" and personen:
            personen[n % len(personen)][veld] = waarde
        elif soort == "nieuw":
            personen.append({"id": f"p-{apparaat}-{stap}", "naam": waarde})
        elif soort == "weg" and personen:
            del personen[n % len(personen)]
        elif soort == "doel":
            nieuw["plan"]["doel"] = waarde
        stempel(staat, doc, nieuw, klok)
        doc = nieuw
    return doc, staat


def _velden(doc: dict[str, Any]) -> dict[str, Any]:
    uit: dict[str, Any] = {"plan/doel": doc["plan"].get("doel")}
    for p in doc["personen"]:
        for k, v in p.items():
            if k != "id":
                uit[f"personen/{p['id']}/{k}"] = v
    return uit


def _ids(doc: dict[str, Any]) -> set[str]:
    return {p["id"] for p in doc["personen"]}


def _in(uitkomst: Uitkomst, pad: str, waarde: Any) -> bool:
    if _velden(uitkomst.doc).get(pad) == waarde:
        return True
    return any(c.pad == pad and c.waarde == waarde for c in uitkomst.staat.conflicten)


@settings(max_examples=150, deadline=None)
@given(st.lists(_op, max_size=8), st.lists(_op, max_size=8))
def test_niets_verloren_en_commutatief(
    ops_a: list[tuple[str, int, str, str]], ops_b: list[tuple[str, int, str, str]]
) -> None:
    # One clock counter for both: the numbers say nothing about who saw what.
    teller = itertools.count(1_000)
    a, sa = _speel("aaaa0000", ops_a, teller)
    b, sb = _speel("bbbb0000", ops_b, teller)
    basis = _velden(_basis())
    ab = voeg_samen(a, sa, b, sb)
    ba = voeg_samen(b, sb, a, sa)

    basis_ids = _ids(_basis())
    for uit in (ab, ba):
        ids = _ids(uit.doc)
        # New records of either side are there.
        assert (_ids(a) | _ids(b)) - basis_ids <= ids
        for pid in basis_ids:
            weg_a, weg_b = pid not in _ids(a), pid not in _ids(b)
            if weg_a and weg_b:
                assert pid not in ids
        # Every value a side changed is in the body or kept in a conflict.
        for kant in (a, b):
            for pad, waarde in _velden(kant).items():
                if basis.get(pad, object()) != waarde:
                    assert _in(uit, pad, waarde), (pad, waarde)
        # What neither changed (and still exists) is as it was.
        va, vb = _velden(a), _velden(b)
        for pad, waarde in _velden(uit.doc).items():
            if pad in basis and va.get(pad) == basis[pad] and vb.get(pad) == basis[pad]:
                assert waarde == basis[pad], pad

    # Commutative: the same records; per field the same value, or an open question about it
    # in both with the same two values.
    assert _ids(ab.doc) == _ids(ba.doc)
    vab, vba = _velden(ab.doc), _velden(ba.doc)
    vragen_ab = {c.pad: c for c in ab.staat.conflicten}
    vragen_ba = {c.pad: c for c in ba.staat.conflicten}
    assert set(vragen_ab) == set(vragen_ba)
    for pad in vab.keys() | vba.keys():
        if pad in vragen_ab and vragen_ab[pad].soort == "waarde":
            assert {vab.get(pad), vragen_ab[pad].waarde} == {vba.get(pad), vragen_ba[pad].waarde}
        else:
            assert vab.get(pad) == vba.get(pad), pad

    # Merging the same copy again adds nothing: the copy may go.
    assert not nog_iets_nieuw(ab.doc, ab.staat, b, sb)
    assert not nog_iets_nieuw(ba.doc, ba.staat, a, sa)


@settings(max_examples=100, deadline=None)
@given(st.lists(_op, max_size=6), st.lists(_op, max_size=6), st.lists(_op, max_size=6))
def test_wie_de_ander_zag_wint_zonder_vraag(
    ops_a: list[tuple[str, int, str, str]],
    ops_b: list[tuple[str, int, str, str]],
    daarna: list[tuple[str, int, str, str]],
) -> None:
    """b merged a's version, decided every question by keeping its own value, and changed
    more: merging b's version into a's asks nothing and gives b's version."""
    from wievraag.store.samenvoegen import los_op_in_doc

    teller = itertools.count(1_000)
    a, sa = _speel("aaaa0000", ops_a, teller)
    b, sb = _speel("bbbb0000", ops_b, teller)
    uit = voeg_samen(b, sb, a, sa)
    doc, staat = uit.doc, uit.staat
    klok = Klok("bbbb0000", nu=lambda: next(teller))
    for conflict in list(staat.conflicten):
        if conflict.soort == "waarde":
            los_op_in_doc(doc, staat, conflict.pad, _velden(doc).get(conflict.pad), klok)
        else:
            from wievraag.store.sync import besluit

            besluit(staat, conflict.pad, klok)
    assert staat.conflicten == []
    for soort, n, veld, waarde in daarna:
        nieuw = copy.deepcopy(doc)
        personen = nieuw["personen"]
        if soort == "zet" and personen:
            personen[n % len(personen)][veld] = waarde
        elif soort == "weg" and personen:
            del personen[n % len(personen)]
        stempel(staat, doc, nieuw, klok)
        doc = nieuw
    terug = voeg_samen(a, sa, doc, staat)
    assert terug.staat.conflicten == []
    assert _velden(terug.doc) == _velden(doc)
