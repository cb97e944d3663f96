"""`wievraag exporteer` and `wievraag vragen`: finding the session, the file on disk (0600)."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from tests.exportfamilie import familie
from wievraag.bestanden import schrijf_atomisch
from wievraag.cli import main
from wievraag.model import Sessie
from wievraag.store import Opslag, codeer
from wievraag.vragen import Vragen


def _bewaar(opslag: Opslag, sessie: Sessie) -> None:
    opslag.zorg_voor_map()
    schrijf_atomisch(opslag.pad_voor(sessie), codeer(sessie))


def _geschreven(uit: str) -> Path:
    regel = uit.strip().splitlines()[-1]
    assert regel.startswith("Geschreven: ")
    return Path(regel.removeprefix("Geschreven: "))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_exporteer_op_label_prive_bestand(
    opslag: Opslag, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _bewaar(opslag, familie())
    assert main(["exporteer", "gezin vlinder", "--soort", "plan", "--formaat", "html"]) == 0
    pad = _geschreven(capsys.readouterr().out)
    assert pad.parent == data / "exports" and pad.name == "20261102-a1b2c3d4-plan.html"
    assert stat.S_IMODE(pad.stat().st_mode) == 0o600
    assert stat.S_IMODE(pad.parent.stat().st_mode) == 0o700
    tekst = pad.read_text(encoding="utf-8")
    assert "Ons netwerkplan – Gezin Vlinder" in tekst and "Kees" not in tekst


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_exporteer_naar_eigen_bestand_laat_map_met_rust(
    opslag: Opslag, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _bewaar(opslag, familie())
    map_ = tmp_path / "bureaublad"
    map_.mkdir(mode=0o755)
    map_.chmod(0o755)
    doel = map_ / "sessie.md"
    assert main(["exporteer", "20261102-a1b2c3d4", "--soort", "sessie", "--formaat", "md",
                 "-o", str(doel)]) == 0  # fmt: skip
    assert _geschreven(capsys.readouterr().out) == doel
    assert stat.S_IMODE(doel.stat().st_mode) == 0o600
    assert stat.S_IMODE(map_.stat().st_mode) == 0o755  # the user's folder keeps its mode
    tokens = MarkdownIt("commonmark").enable("table").parse(doel.read_text(encoding="utf-8"))
    assert any(t.type == "table_open" for t in tokens)
    # A folder as target gets the standard name.
    assert main(["exporteer", "Vlinder", "--formaat", "md", "-o", str(map_)]) == 0
    assert _geschreven(capsys.readouterr().out) == map_ / "20261102-a1b2c3d4-plan.md"


def test_exporteer_pseudoniem_ook_bestandsnaam(
    opslag: Opslag, capsys: pytest.CaptureFixture[str]
) -> None:
    _bewaar(opslag, familie())
    assert main(["exporteer", "Vlinder", "--soort", "sessie", "--pseudoniem"]) == 0
    pad = _geschreven(capsys.readouterr().out)
    assert "a1b2c3d4" not in pad.name and "Vlinder" not in pad.name
    tekst = pad.read_text(encoding="utf-8")
    assert "Vlinder" not in tekst and "Riet" not in tekst and "Gezin X" in tekst


def test_exporteer_onbekend_en_dubbelzinnig(
    opslag: Opslag, capsys: pytest.CaptureFixture[str]
) -> None:
    een = opslag.nieuw("Gezin Zwaan")
    twee = opslag.nieuw("Gezin Zwaan")
    assert main(["exporteer", "Merel"]) == 1
    assert "Geen sessie gevonden" in capsys.readouterr().err
    assert main(["exporteer", "gezin zwaan"]) == 1
    fout = capsys.readouterr().err
    assert "meer dan één sessie" in fout and een.id in fout and twee.id in fout
    assert main(["exporteer", een.id, "--formaat", "md"]) == 0
    assert "Geschreven" in capsys.readouterr().out


def test_exporteer_naar_map_die_niet_bestaat(
    opslag: Opslag, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _bewaar(opslag, familie())
    assert main(["exporteer", "Vlinder", "-o", str(tmp_path / "nergens" / "x.html")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert not (tmp_path / "nergens").exists()


def test_vragen_favorieten_als_markdown(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vragen = Vragen.laad(config)
    eerste = vragen.bank.vragen[0]
    vragen.wissel_favoriet(eerste.id)
    eigen = vragen.voeg_toe("Wie belt er <als> het ‘mis’ gaat & waarom?")
    assert main(["vragen", "--favorieten", "--formaat", "md"]) == 0
    uit = capsys.readouterr().out
    assert uit.startswith("# Mijn favoriete wie-vragen")
    assert "## Favorieten" in uit and "## Mijn eigen vragen" in uit
    assert vragen.bank.vragen[1].tekst not in uit
    html = MarkdownIt("commonmark").render(uit)
    assert "Wie belt er &lt;als&gt; het ‘mis’ gaat &amp; waarom?" in html
    assert eerste.tekst.split()[0] in uit and eigen.id not in uit
    # A hand-out names where its question texts come from: only the sources it uses.
    [bron] = [b for b in vragen.bank.bronnen if eerste.bron.startswith(b.id)]
    assert "## Bronnen" in uit and bron.titel in uit
    andere = [b.titel for b in vragen.bank.bronnen if b.id != bron.id]
    assert not [t for t in andere if t in uit]


def test_vragenlijst_noemt_bronnen_en_licentie(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vragen", "--formaat", "md"]) == 0
    uit = capsys.readouterr().out
    bronnen = uit.split("## Bronnen", 1)[1]
    assert "Kwetsbare gezinnen en de vertrouwde mensen om hen heen" in bronnen
    assert "CC BY-NC-SA 4.0" in bronnen


def test_alleen_eigen_favorieten_zonder_bronnen(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vragen = Vragen.laad(config)
    eigen = vragen.voeg_toe("Wie haalt er boodschappen?")
    vragen.wissel_favoriet(eigen.id)
    assert main(["vragen", "--favorieten", "--formaat", "md"]) == 0
    uit = capsys.readouterr().out
    assert "Wie haalt er boodschappen?" in uit and "Bronnen" not in uit


def test_vragen_alles_als_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doel = tmp_path / "vragen.html"
    assert main(["vragen", "--formaat", "html", "-o", str(doel)]) == 0
    tekst = doel.read_text(encoding="utf-8")
    assert tekst.count("<h2>") >= 5 and "<script" not in tekst


@pytest.mark.parametrize("formaat", ["html", "md", "docx", "graphml", "csv"])
def test_elk_formaat_met_vijandige_tekst(
    opslag: Opslag, capsys: pytest.CaptureFixture[str], formaat: str
) -> None:
    """Markup, an escape sequence and control characters in the label and a name (a damaged
    or hostile file): every format is written, readable, and carries no escape sequence."""
    import zipfile
    from xml.etree import ElementTree

    from tests.test_tui_opmaak_vijandig import vijandig

    sessie = vijandig(familie())
    sessie.gezin = "Gezin [/bold] [@click=app.quit]V[/] \x1b]0;weg\x07\x00<b>x</b>"
    sessie.personen[0].naam = "Kees\x1b[31m\x0b"
    sessie.personen[0].toestemming = "ja"
    _bewaar(opslag, sessie)
    assert main(["exporteer", sessie.id, "--soort", "sessie", "--formaat", formaat]) == 0
    pad = _geschreven(capsys.readouterr().out)
    if formaat == "docx":
        with zipfile.ZipFile(pad) as z:
            inhoud = z.read("word/document.xml").decode("utf-8")
        ElementTree.fromstring(inhoud)
    else:
        inhoud = pad.read_text(encoding="utf-8-sig")
        if formaat == "graphml":
            ElementTree.fromstring(inhoud)
    assert "\x1b" not in inhoud and "\x07" not in inhoud and "\x00" not in inhoud
    if formaat in ("html", "md", "docx"):
        assert "@click=app.quit" in inhoud
