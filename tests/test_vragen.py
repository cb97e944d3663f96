from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.bronnen import seeds_map
from wievraag.fouten import BestandFout
from wievraag.model import vragen_van
from wievraag.vragen import Vragen, lees_bank

SEEDS = seeds_map()


def test_bank_laadt_en_is_samenhangend() -> None:
    bank = lees_bank()
    assert bank.versie >= 1
    themas = {t.id for t in bank.themas}
    assert {v.thema for v in bank.vragen} <= themas
    assert len({v.id for v in bank.vragen}) == len(bank.vragen)
    assert all(v.bron for v in bank.vragen), "elke vraag noemt haar bron"


def test_alle_49_vragen_van_bijlage_ii() -> None:
    bank = lees_bank()
    bijlage = [v for v in bank.vragen if v.thema == "bijlage-ii"]
    assert [v.id for v in bijlage] == [f"b2-{n:02d}" for n in range(1, 50)]
    assert all(v.tekst.strip().endswith("?") or len(v.tekst) > 10 for v in bijlage)


@pytest.mark.parametrize(
    "thema",
    [
        "start",
        "niet-wetend",
        "grootste-last",
        "epistemisch-vertrouwen",
        "geen-netwerk",
        "nee-ja-maar",
        "perspectief",
        "veiligheid",
        "verleggen",
        "gezinsproces",
        "reflectie",
        "intercultureel",
        "bijlage-ii",
    ],
)
def test_thema_heeft_vragen(thema: str) -> None:
    bank = lees_bank()
    gevonden = bank.thema(thema)
    assert gevonden is not None
    assert vragen_van(gevonden, bank.vragen)


def test_geleende_vragen_bestaan(tmp_path: Path) -> None:
    pad = tmp_path / "vragen.toml"
    pad.write_text(
        'versie = 1\n[[themas]]\nid = "a"\nnaam = "A"\nook = ["nergens"]\n'
        '[[vragen]]\nid = "x"\nthema = "a"\ntekst = "Wie?"\n',
        encoding="utf-8",
    )
    with pytest.raises(BestandFout, match="onbekende vraag 'nergens'"):
        lees_bank(pad)


def test_vaste_vragen_uit_de_bronnen() -> None:
    teksten = " ".join(v.tekst for v in lees_bank().vragen)
    assert "Wie vinden het belangrijk dat het goed met jullie gaat?" in teksten
    assert "onveiligheid op te heffen" in teksten


def test_geen_scanfouten_meer() -> None:
    tekst = (Path(__file__).resolve().parents[1] / "data/vragen.toml").read_text()
    for fout in ("chirnel", "versturende", "bureu ", "Kennisswerkplaats", "betreft"):
        assert fout not in tekst


def test_licentie_en_bron_in_de_kop() -> None:
    bank = lees_bank()
    handreiking = next(b for b in bank.bronnen if b.id == "001")
    assert handreiking.licentie == "CC BY-NC-SA 4.0"


@pytest.mark.skipif(SEEDS is None, reason="seeds liggen naast de repository")
def test_bijlage_ii_woordelijk_uit_de_bron() -> None:
    """Every Bijlage II text occurs in the handreiking (after whitespace normalising)."""
    assert SEEDS is not None
    bron = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")
    schoon = re.sub(r"[*_]", "", " ".join(bron.split()))
    for vraag in lees_bank().vragen:
        if vraag.thema == "bijlage-ii":
            assert " ".join(vraag.tekst.split()) in schoon, vraag.id


def test_dubbel_id_wordt_gemeld(tmp_path: Path) -> None:
    pad = tmp_path / "vragen.toml"
    pad.write_text(
        'versie = 1\n[[themas]]\nid = "a"\nnaam = "A"\n'
        '[[vragen]]\nid = "x"\nthema = "a"\ntekst = "Wie?"\n'
        '[[vragen]]\nid = "x"\nthema = "a"\ntekst = "Wie nog?"\n',
        encoding="utf-8",
    )
    with pytest.raises(BestandFout, match="'x' komt twee keer voor"):
        lees_bank(pad)


def test_onbekend_thema_wordt_gemeld(tmp_path: Path) -> None:
    pad = tmp_path / "vragen.toml"
    pad.write_text(
        'versie = 1\n[[themas]]\nid = "a"\nnaam = "A"\n'
        '[[vragen]]\nid = "x"\nthema = "b"\ntekst = "Wie?"\n',
        encoding="utf-8",
    )
    with pytest.raises(BestandFout, match="onbekend thema"):
        lees_bank(pad)


def test_favorieten_en_eigen_vragen_blijven_bewaard(config: Path) -> None:
    vragen = Vragen.laad(config)
    assert vragen.wissel_favoriet("b2-01") is True
    eigen = vragen.voeg_toe("Wie   kent jullie het langst?")
    opnieuw = Vragen.laad(config)
    assert opnieuw.is_favoriet("b2-01")
    assert opnieuw.vraag(eigen.id) is not None
    assert opnieuw.vraag(eigen.id).tekst == "Wie kent jullie het langst?"  # type: ignore[union-attr]
    assert opnieuw.thema("eigen") is not None
    opnieuw.verwijder_eigen(eigen.id)
    assert Vragen.laad(config).vraag(eigen.id) is None
    assert Vragen.laad(config).wissel_favoriet("b2-01") is False


def test_kapot_eigen_bestand_wordt_niet_overschreven(config: Path) -> None:
    config.mkdir(parents=True)
    pad = config / "mijn-vragen.toml"
    pad.write_text("favorieten = [", encoding="utf-8")
    vragen = Vragen.laad(config)
    assert vragen.fout_mijn and "mijn-vragen.toml" in vragen.fout_mijn
    with pytest.raises(BestandFout, match=r"^mijn-vragen\.toml: kan niet worden gelezen"):
        vragen.wissel_favoriet("b2-01")
    assert pad.read_text(encoding="utf-8") == "favorieten = ["


def test_elke_weergave_heeft_uitleg_en_bron() -> None:
    from wievraag.model.vragen import PANELEN, WEERGAVEN
    from wievraag.tekening.kaarten import SOORTEN

    bank = lees_bank()
    # Exactly these: an explanation nobody shows is a typo in an id.
    assert sorted(w.id for w in bank.weergaven) == sorted((*WEERGAVEN, *SOORTEN, *PANELEN))
    for weergave_id in (*WEERGAVEN, *SOORTEN, *PANELEN):
        weergave = bank.weergave(weergave_id)
        assert weergave is not None and weergave.uitleg.strip() and weergave.bron.strip()
    register = bank.weergave("register")
    assert register is not None and "6,5" in register.uitleg and "002" in register.tip


@pytest.mark.parametrize(
    ("wijziging", "melding"),
    [
        (lambda w: [*w, w[0]], "twee keer"),
        (lambda w: [x for x in w if x["id"] != "register"], "register ontbreekt"),
        (lambda w: [{**w[0], "uitleg": " "}, *w[1:]], "uitleg en een bron"),
    ],
)
def test_weergaven_dubbel_of_ontbrekend_geweigerd(
    wijziging: Callable[[list[dict[str, object]]], list[dict[str, object]]], melding: str
) -> None:
    from pydantic import ValidationError

    from wievraag.model import Vragenbank

    ruw = lees_bank().model_dump()
    ruw["weergaven"] = wijziging(ruw["weergaven"])
    with pytest.raises(ValidationError, match=melding):
        Vragenbank.model_validate(ruw)


def test_vervolgvraag_toont_haar_aanloop() -> None:
    """A follow-up carries the question it follows, and that one's own lead sentence."""
    bank = lees_bank()
    zo_ja = bank.vraag("si-04")
    assert zo_ja is not None and zo_ja.tekst.startswith("En zo ja")
    assert "door willen en kunnen met die relaties" in bank.aanloop(zo_ja)
    trauma = bank.vraag("gn-05")
    assert trauma is not None
    assert bank.aanloop(trauma) == (
        "Soms geven gezinnen aan geen behoefte te hebben aan sociale contacten. "
        "Wat maakt dat ze dat zeggen?"
    )
    kinderen = bank.vraag("gn-08")
    assert kinderen is not None and bank.aanloop(kinderen).startswith("Laat ouders")


def test_vervolg_op_onbekende_vraag_geweigerd(tmp_path: Path) -> None:
    pad = tmp_path / "vragen.toml"
    pad.write_text(
        'versie = 1\n[[themas]]\nid = "a"\nnaam = "A"\n'
        '[[vragen]]\nid = "x"\nthema = "a"\ntekst = "En zo ja?"\nvervolg_op = "y"\n',
        encoding="utf-8",
    )
    with pytest.raises(BestandFout, match="volgt op onbekende vraag 'y'"):
        lees_bank(pad)


def test_voorlezen_is_een_citaat_met_bron() -> None:
    bank = lees_bank()
    citaten = dict(bank.citaten())
    assert citaten["start"].bron.startswith("003")
    assert citaten["gezinsproces"].tekst.startswith("Ik zie nu de meerwaarde")


def test_soorten_nee_van_paragraaf_3_1_6() -> None:
    soorten = {t.id: t for t in lees_bank().nee_soorten}
    assert {"kan-niet", "niemand", "wil-niet", "weet-niet", "ja-maar"} <= set(soorten)
    assert all(t.uitleg and t.bron for t in soorten.values())
