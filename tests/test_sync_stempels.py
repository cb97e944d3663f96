"""The pure parts of store/sync.py: the hybrid logical clock, the `[sync]` table's text, paths."""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime

import pytest

from wievraag.store.sync import (
    NUL,
    Conflict,
    Klok,
    Stempel,
    SyncSchrijver,
    SyncStaat,
    delen,
    lees_sync,
    pad_van,
    splits,
)


def test_klok_gaat_nooit_terug_en_volgt_wat_hij_zag() -> None:
    tijden = iter([1000, 900, 900, 5000])
    klok = Klok("aaaa0000", nu=lambda: next(tijden))
    a = klok.tik()
    b = klok.tik()  # the wall clock went back: the counter goes on
    assert (a.klok, b.klok) == ((1000, 0), (1000, 1))
    klok.zie((3000, 7))  # a version from a laptop whose clock is ahead
    assert klok.tik().klok == (3000, 8)
    assert klok.tik().klok == (5000, 0)


def test_gezien_volgt_de_klokken_niet_de_tijd() -> None:
    staat = SyncStaat(klokken={"aaaa0000": (10, 0)})
    assert staat.gezien(Stempel(10, 0, "aaaa0000")) and staat.gezien(NUL)
    assert not staat.gezien(Stempel(10, 1, "aaaa0000"))
    assert not staat.gezien(Stempel(1, 0, "bbbb0000"))  # older, but never seen


@pytest.mark.parametrize(
    "waarde",
    [
        None,
        "ja",
        'tekst met "aanhalingstekens"\nen een tweede regel',
        42,
        date(2026, 11, 20),
        datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
        ["p-1", "p-2"],
        [{"persoon": "p-1", "ring": 1}, {"persoon": "p-2", "ring": 2}],
    ],
)
def test_sync_tabel_leest_terug(waarde: object) -> None:
    staat = SyncStaat(
        klokken={"aaaa0000": (1, 2)},
        stempels={"personen/p-1/telefoon": Stempel(1, 2, "aaaa0000")},
        weg={"logboek/log-1": Stempel(1, 1, "aaaa0000")},
        conflicten=[
            Conflict("personen/p-1/notities", "waarde", NUL, Stempel(1, 2, "bbbb0000"), waarde),
            Conflict("personen/p-2", "weg", Stempel(1, 2, "aaaa0000"), Stempel(1, 1, "b")),
        ],
        hash="0" * 24,
    )
    body = 'schema = 3\ngezin = "Gezin Zonnebloem"\n'
    tekst = body + "\n" + SyncSchrijver().schrijf(staat)
    assert splits(tekst)[0] == body
    terug = lees_sync(tekst)
    assert terug == staat
    assert tomllib.loads(tekst)["gezin"] == "Gezin Zonnebloem"


def test_een_pad_met_schuine_streep() -> None:
    pad = pad_van(pad_van("afsluiting", "antwoorden"), "vraag/1~x")
    assert delen(pad) == ["afsluiting", "antwoorden", "vraag/1~x"]


def test_beschadigde_sync_tabel_is_een_nette_fout() -> None:
    with pytest.raises(ValueError, match=r"\[sync\] is beschadigd"):
        lees_sync('[sync]\nhash = "x"\n[sync.velden]\n"a" = "geen stempel"\n')
