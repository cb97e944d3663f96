"""`wievraag exporteer --formaat html|md|docx|graphml|csv`: each file opened by its own reader
(html.parser, markdown-it, python-docx, networkx, the csv module) and checked for content:
every plan fact, nobody without consent in the shared plan, no script or external URL.
Encrypted to the organisation's key, an export opens with the private key, byte for byte."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import networkx as nx
import pyrage
import pytest
from docx import Document as WordDocument

from tests.exportfamilie import familie, plan_voor_test
from tests.test_export_plan import FEITEN, GEDEELD, _Tekst, html_tekst, md_tekst
from wievraag.bestanden import schrijf_atomisch
from wievraag.cli import main
from wievraag.export import bestanden
from wievraag.instellingen import Instellingen
from wievraag.model import Sessie
from wievraag.store import Opslag, codeer
from wievraag.uitvoer import ExportFout, Keuze, schrijf_export

# Everything of the people without consent: names, phone numbers, a task only they have.
GEHEIM = ("Kees", "Joke", "06-99998888", "010-5556666", "kookt op zondag")


def _met_plan() -> Sessie:
    s = familie()
    s.plan = plan_voor_test()
    return s


def _bewaar(data: Path) -> Sessie:
    s = _met_plan()
    opslag = Opslag(data)
    opslag.zorg_voor_map()
    schrijf_atomisch(opslag.pad_voor(s), codeer(s))
    return s


def _paden(uit: str) -> list[Path]:
    return [
        Path(r.removeprefix("Geschreven: ").split(" (")[0])
        for r in uit.splitlines()
        if r.startswith("Geschreven: ")
    ]


def docx_tekst(inhoud: bytes) -> str:
    word = WordDocument(io.BytesIO(inhoud))
    delen = [p.text for p in word.paragraphs]
    for tabel in word.tables:
        delen += [cel.text for rij in tabel.rows for cel in rij.cells]
    return " ".join(" ".join(delen).split())


def lees(formaat: str, inhoud: bytes) -> str:
    """The text a reader of this format sees."""
    if formaat == "docx":
        return docx_tekst(inhoud)
    tekst = inhoud.decode("utf-8")
    return html_tekst(tekst) if formaat == "html" else md_tekst(tekst)


@pytest.mark.parametrize("formaat", ["html", "md", "docx"])
@pytest.mark.parametrize("soort", ["plan", "sessie"])
def test_cli_elk_document_formaat_met_elk_feit(
    data: Path, formaat: str, soort: str, capsys: pytest.CaptureFixture[str]
) -> None:
    s = _bewaar(data)
    assert main(["exporteer", s.id, "--formaat", formaat, "--soort", soort]) == 0
    [pad] = _paden(capsys.readouterr().out)
    assert pad.name == f"{s.id}-{soort}.{formaat}"
    tekst = lees(formaat, pad.read_bytes())
    for feit in FEITEN:
        # The evaluation date is in the past on the day the test runs: both tenses have it.
        assert feit in tekst, (formaat, feit)
    if soort == "plan":
        for feit in GEDEELD[1:]:
            assert feit in tekst, (formaat, feit)
        for geheim in GEHEIM:
            assert geheim not in tekst, (formaat, geheim)
        assert "(naam weggelaten) belt niemand" in tekst  # free text, the name left out
    else:
        assert "Kees Vlinder" in tekst and "06-99998888" in tekst


@pytest.mark.parametrize("soort", ["plan", "sessie"])
def test_html_zonder_script_of_externe_url(soort: str) -> None:
    [(_, inhoud)] = bestanden(_met_plan(), soort, "html")  # type: ignore[arg-type]
    parser = _Tekst()
    parser.feed(inhoud.decode("utf-8"))
    assert "script" not in parser.tags and "link" not in parser.tags
    assert "iframe" not in parser.tags and "img" not in parser.tags
    laag = inhoud.decode("utf-8").lower()
    assert not re.search(r"https?:|//[a-z]|\bsrc=|\bhref=|url\(|@import", laag)


def test_docx_rooster_als_tabel_en_tekeningen_als_tekst() -> None:
    from tests.test_export_plan import GEMAAKT

    [(_, inhoud)] = bestanden(_met_plan(), "plan", "docx", gemaakt=GEMAAKT)
    word = WordDocument(io.BytesIO(inhoud))
    [week] = [t for t in word.tables if t.rows[0].cells[0].text == "Dag"]
    dagen = [rij.cells[0].text for rij in week.rows[1:]]
    assert dagen == ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    assert "— nog niemand" in week.rows[7].cells[1].text  # Sunday: only Kees, who is not shown
    [(_, sessie)] = bestanden(_met_plan(), "sessie", "docx")
    mono = [
        p
        for p in WordDocument(io.BytesIO(sessie)).paragraphs
        if p.runs and p.runs[0].font.name == "Courier New"
    ]
    # The genogram, the circle, the ecogram and the olievlek, each as its text drawing.
    assert len(mono) == 4 and any("Riet de Boer" in p.text for p in mono)


def _graaf(soort: str, pseudoniem: bool = False) -> nx.MultiDiGraph[str]:
    s = _met_plan()
    s.personen[4].ouders = ["p-riet"]  # Kees is Riet's son
    s.zet_partner("p-karim", "p-els")
    [(naam, inhoud)] = bestanden(s, soort, "graphml", pseudoniem=pseudoniem)  # type: ignore[arg-type]
    assert naam.endswith(".graphml")
    g = nx.read_graphml(io.BytesIO(inhoud))
    assert isinstance(g, nx.MultiDiGraph)
    return g


def test_graphml_met_elk_kenmerk_en_elke_verbinding() -> None:
    g = _graaf("sessie")
    assert set(g.nodes) == {p.id for p in familie().personen}
    riet = g.nodes["p-riet"]
    assert riet["naam"] == "Riet de Boer" and riet["relatie"] == "oma (moederskant)"
    assert riet["sector"] == "familie" and riet["generatie"] == "grootouders"
    assert riet["toestemming"] == "ja" and riet["ring: Wie weet ervan?"] == "alles al weten"
    assert g.nodes["p-kees"]["ring: Wie weet ervan?"] == "niets weten"
    soorten = sorted((b, d, data["soort"]) for b, d, data in g.edges(data=True))
    assert soorten == [
        ("p-karim", "p-els", "partner"),
        ("p-riet", "p-kees", "ouder"),
        ("p-riet", "p-kees", "via"),
    ]


def test_graphml_gedeeld_alleen_met_toestemming_en_pseudoniem() -> None:
    g = _graaf("plan")
    assert "p-kees" not in g and "p-joke" not in g
    assert all(d["toestemming"] == "ja" for _, d in g.nodes(data=True))
    anoniem = _graaf("sessie", pseudoniem=True)
    tekst = nx.generate_graphml(anoniem)
    for naam in ("Riet", "Kees", "Karim", "Joke", "p-riet", "Vlinder"):
        assert naam not in "".join(tekst), naam
    assert {d["naam"] for _, d in anoniem.nodes(data=True)} >= {"oma (moederskant)", "oom"}


def test_csv_personen_en_verbindingen(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    s = _bewaar(data)
    assert main(["exporteer", s.id, "--formaat", "csv", "--soort", "sessie"]) == 0
    knopen, randen = _paden(capsys.readouterr().out)
    assert knopen.name.endswith("-personen.csv") and randen.name.endswith("-verbindingen.csv")
    rijen = list(csv.DictReader(io.StringIO(knopen.read_text(encoding="utf-8-sig"))))
    kees = next(r for r in rijen if r["id"] == "p-kees")
    assert kees["naam"] == "Kees Vlinder" and kees["toestemming"] == "nee"
    assert kees["ring: Wie weet ervan?"] == "niets weten" and kees["sector"] == "familie"
    verbindingen = list(csv.DictReader(io.StringIO(randen.read_text(encoding="utf-8-sig"))))
    assert {"bron": "p-riet", "doel": "p-kees", "soort": "via"} in verbindingen


def test_csv_gedeeld_zonder_wie_geen_toestemming_heeft() -> None:
    knopen, randen = bestanden(_met_plan(), "plan", "csv")
    tekst = knopen[1].decode("utf-8-sig") + randen[1].decode("utf-8-sig")
    for geheim in GEHEIM:
        assert geheim not in tekst
    assert "Riet de Boer" in tekst


# -- encrypted to the organisation -----------------------------------------------------------


def _zet_sleutel(config: Path, sleutel: str) -> None:
    config.mkdir(parents=True, exist_ok=True)
    (config / "instellingen.toml").write_text(f'organisatie_sleutel = "{sleutel}"\n')


@pytest.mark.parametrize("formaat", ["html", "docx", "csv"])
def test_age_export_opent_met_de_privesleutel(
    data: Path, config: Path, formaat: str, capsys: pytest.CaptureFixture[str]
) -> None:
    s = _bewaar(data)
    identiteit = pyrage.x25519.Identity.generate()
    _zet_sleutel(config, str(identiteit.to_public()))
    assert Instellingen.laad(config).organisatie_sleutel.startswith("age1")
    assert main(["exporteer", s.id, "--formaat", formaat]) == 0
    uit = capsys.readouterr().out
    paden = _paden(uit)
    assert paden and all(p.suffix == ".age" for p in paden) and "versleuteld" in uit
    # The same export written plainly (by choice): the encrypted one holds exactly that.
    assert main(["exporteer", s.id, "--formaat", formaat, "--onversleuteld"]) == 0
    verwacht = {p.name: p.read_bytes() for p in _paden(capsys.readouterr().out)}
    for pad in paden:
        versleuteld = pad.read_bytes()
        assert versleuteld.startswith(b"age-encryption.org/v1")
        assert b"Riet" not in versleuteld
        open_ = pyrage.decrypt(versleuteld, [identiteit])
        naam = pad.name.removesuffix(".age")
        if formaat == "docx":  # a DOCX (zip) holds its time of making: compare the text
            assert docx_tekst(open_) == docx_tekst(verwacht[naam])
        else:
            assert open_ == verwacht[naam]
    # Another key does not open it.
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(paden[0].read_bytes(), [pyrage.x25519.Identity.generate()])


def test_verkeerde_organisatiesleutel_schrijft_niets(
    data: Path, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s = _bewaar(data)
    _zet_sleutel(config, "age1geen-sleutel")
    assert main(["exporteer", s.id]) == 1
    assert "geen geldige age-sleutel" in capsys.readouterr().err
    assert not (data / "exports").exists() or not list((data / "exports").iterdir())


def test_versleutelde_map_weigert_leesbare_export_zonder_keuze(tmp_path: Path) -> None:
    s = _met_plan()
    with pytest.raises(ExportFout, match="--onversleuteld"):
        schrijf_export(s, Keuze("plan", "html"), data=tmp_path, map_versleuteld=True)
    assert not (tmp_path / "exports").exists()
    [pad] = schrijf_export(
        s, Keuze("plan", "html", onversleuteld=True), data=tmp_path, map_versleuteld=True
    )
    assert pad.suffix == ".html" and "Riet de Boer" in pad.read_text(encoding="utf-8")
    # With the organisation's key an encrypted folder needs no question: the file is too.
    sleutel = str(pyrage.x25519.Identity.generate().to_public())
    [pad] = schrijf_export(
        s, Keuze("plan", "md"), data=tmp_path, map_versleuteld=True, sleutel=sleutel
    )
    assert pad.name.endswith(".md.age")


def test_cli_in_versleutelde_map_weigert_zonder_onversleuteld(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    s = _bewaar(data)
    Opslag(data).versleutel("paardenbloem 42")
    monkeypatch.setenv("WIEVRAAG_WACHTWOORD", "paardenbloem 42")
    assert main(["exporteer", s.id, "--formaat", "docx"]) == 1
    fout = capsys.readouterr().err
    assert "Je sessies zijn versleuteld" in fout and "--onversleuteld" in fout
    assert not (data / "exports").exists() or not list((data / "exports").iterdir())
    assert main(["exporteer", s.id, "--formaat", "docx", "--onversleuteld"]) == 0
    [pad] = _paden(capsys.readouterr().out)
    assert "Riet de Boer" in docx_tekst(pad.read_bytes())


async def test_x_in_de_app_exporteert_word_en_vraagt_eerst_in_versleutelde_map(
    data: Path, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.widgets import RadioButton

    from tests.pilot import wacht_tot
    from wievraag.tui.app import WievraagApp
    from wievraag.tui.dialogs import Bevestig
    from wievraag.tui.screens.exporteer import ExportDialoog
    from wievraag.tui.screens.sessie import SessieScreen

    _bewaar(data)
    app = WievraagApp(data, config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="sessie")
        await pilot.press("x")
        await wacht_tot(pilot, lambda: isinstance(app.screen, ExportDialoog), wat="dialoog")
        app.screen.query_one("#formaat-docx", RadioButton).value = True
        await pilot.click("#ja")
        await wacht_tot(pilot, lambda: (data / "exports").exists(), wat="export")
        [pad] = list((data / "exports").iterdir())
        assert pad.name.endswith("-plan.docx")
        tekst = docx_tekst(pad.read_bytes())
        assert "Riet de Boer" in tekst and "Kees" not in tekst
        # The same session, now as if the folder were encrypted: the app asks first.
        pad.unlink()
        with monkeypatch.context() as m:  # only while exporting: saving stays as it was
            m.setattr(Opslag, "versleuteld", property(lambda _: True))
            await pilot.press("x")
            await wacht_tot(pilot, lambda: isinstance(app.screen, ExportDialoog), wat="dialoog")
            await pilot.click("#ja")
            await wacht_tot(pilot, lambda: isinstance(app.screen, Bevestig), wat="vraag")
            await pilot.click("#nee")
            await wacht_tot(pilot, lambda: isinstance(app.screen, SessieScreen), wat="terug")
            assert not list((data / "exports").iterdir())  # "no" writes nothing
            await pilot.press("x")
            await wacht_tot(pilot, lambda: isinstance(app.screen, ExportDialoog), wat="dialoog")
            await pilot.click("#ja")
            await wacht_tot(pilot, lambda: isinstance(app.screen, Bevestig), wat="vraag")
            await pilot.click("#ja")
            await wacht_tot(pilot, lambda: bool(list((data / "exports").iterdir())), wat="export")
        await pilot.press("ctrl+q")


def test_csv_naar_eigen_bestandsnaam_geeft_twee_bestanden(tmp_path: Path) -> None:
    doel = tmp_path / "netwerk.csv"
    paden = schrijf_export(_met_plan(), Keuze("sessie", "csv"), doel, data=tmp_path)
    assert [p.name for p in paden] == ["netwerk-personen.csv", "netwerk-verbindingen.csv"]
    assert all(p.parent == tmp_path and p.read_bytes().startswith(b"\xef\xbb\xbf") for p in paden)
