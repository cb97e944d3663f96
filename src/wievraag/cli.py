"""The `wievraag` command: start the app, or list and check sessions from the shell.

Heavy imports (Textual) happen only when the app actually starts, so `lijst`, `controleer`
and `--version` stay instant.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from wievraag import __version__
from wievraag.opmaak import aantal as aantal_
from wievraag.stuurtekens import veilige_regel

if TYPE_CHECKING:
    from wievraag.store import Opslag


class _Parser(argparse.ArgumentParser):
    """argparse speaking Dutch where the user sees it."""

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        kwargs.setdefault("formatter_class", _Opmaak)
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._positionals.title = "opdrachten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {_vertaal(message)}\n")


# argparse's own error messages (Python 3.11+), in Dutch: the user of a typo sees these.
_FOUTEN: list[tuple[str, str]] = [
    (r"^argument (\S+): ", r"bij \1: "),
    (r"the following arguments are required: ", "dit ontbreekt nog: "),
    (r"unrecognized arguments: ", "onbekend: "),
    (r"invalid choice: (.*) \(choose from (.*)\)$", r"ongeldige keuze \1 (kies uit \2)"),
    (r"invalid \S+ value: ", "ongeldige waarde: "),
    (r"expected one argument", "hier hoort een waarde achter"),
    (r"expected at most one argument", "hier hoort hooguit één waarde achter"),
    (r"expected at least one argument", "hier hoort minstens één waarde achter"),
    (r"not allowed with argument ", "niet samen met "),
    (r"ignored explicit argument ", "genegeerd: "),
    (r"ambiguous option: (\S+) could match ", r"onduidelijk: \1 kan zijn: "),
]


def _vertaal(melding: str) -> str:
    for patroon, vervanging in _FOUTEN:
        melding = re.sub(patroon, vervanging, melding)
    return melding


class _Opmaak(argparse.HelpFormatter):
    def add_usage(
        self, usage: str | None, actions: object, groups: object, prefix: str | None = None
    ) -> None:
        # argparse asks with prefix "" for the bare usage it puts in a subcommand's name:
        # only None means "the default prefix", or every subcommand says "gebruik: gebruik:".
        if prefix is None:
            prefix = "gebruik: "
        super().add_usage(usage, actions, groups, prefix)  # type: ignore[arg-type]


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="wievraag",
        description="De wie-vraag aan tafel: breng samen met het gezin het netwerk in kaart.",
        epilog="Zonder opdracht start de app. Gegevens: zie WIEVRAAG_DATA in de README.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"wievraag {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--data",
        metavar="MAP",
        type=Path,
        help="map met de sessies (standaard: je gebruikersmap; ook WIEVRAAG_DATA)",
    )
    parser.add_argument(
        "--training",
        action="store_true",
        help="trainersmodus: toon de uitleg (waarom, hoe, valkuilen) meteen; F3 wisselt",
    )
    sub = parser.add_subparsers(dest="opdracht", metavar="OPDRACHT", parser_class=_Parser)
    start = sub.add_parser("start", help="start de app (standaard)")
    demo = sub.add_parser(
        "demo",
        help="start de app met een verzonnen demogezin (je eigen sessies blijven buiten beeld)",
    )
    demo.add_argument(
        "--data",
        metavar="MAP",
        type=Path,
        dest="demo_map",
        help="schrijf het demogezin in deze map en stop (om een laptop klaar te zetten)",
    )
    serveer = sub.add_parser(
        "serveer",
        help="de app in de browser voor een workshop: elk tabblad een eigen demogezin",
    )
    serveer.add_argument(
        "--host", default=None, help="adres om op te luisteren (standaard 127.0.0.1)"
    )
    serveer.add_argument("--port", type=int, default=8000, help="poort (standaard 8000)")
    serveer.add_argument(
        "--netwerk",
        action="store_true",
        help="open de app voor andere computers in het lokale netwerk, met een sleutel in het "
        "adres",
    )
    serveer.add_argument(
        "--echt",
        action="store_true",
        help="toon je echte sessies in plaats van het demogezin (alleen als je dat echt wilt; "
        "altijd met sleutel)",
    )
    serveer.add_argument(
        "--max",
        type=_positief,
        default=None,
        metavar="N",
        dest="max_deelnemers",
        help="hooguit zoveel deelnemers tegelijk (standaard: wat deze computer aankan, hooguit 30)",
    )
    serveer.add_argument(
        "--voorraad",
        type=_positief_of_nul,
        default=None,
        metavar="N",
        help="start zoveel apps vooraf, zodat wie binnenkomt meteen kan beginnen (standaard: "
        "evenveel als --max, met --echt 1; 0: pas starten als iemand binnenkomt)",
    )
    sub.add_parser("lijst", help="toon alle sessies, één per regel")
    sub.add_parser("controleer", help="controleer alle sessiebestanden en de vragenbank")
    exp = sub.add_parser(
        "exporteer",
        prog="wievraag exporteer",
        help="maak het gedeelde plan of de hele sessie als HTML, Markdown, Word, GraphML of CSV",
        description="Exporteer een sessie: het gedeelde plan (voor gezin en netwerk, alleen "
        "mensen met toestemming) of de volledige sessie (voor je dossier).",
    )
    exp._positionals.title = "argumenten"
    exp.add_argument("sessie", metavar="SESSIE", help="id of label van het gezin")
    exp.add_argument(
        "--soort",
        choices=["plan", "sessie"],
        default="plan",
        help="plan = gedeeld plan, sessie = volledige sessie (standaard: plan)",
    )
    exp.add_argument(
        "--formaat",
        choices=["html", "md", "docx", "graphml", "csv"],
        default="html",
        help="html (printbaar, standaard), md, docx (Word, voor het dossier), graphml of csv "
        "(het netwerk, voor analyse; csv geeft twee bestanden: personen en verbindingen)",
    )
    exp.add_argument(
        "-o",
        "--uit",
        metavar="BESTAND",
        type=Path,
        help="bestand of map (standaard: de map exports/ naast je sessies)",
    )
    exp.add_argument(
        "--pseudoniem",
        action="store_true",
        help="vervang alle namen door rollen (voor intervisie of training)",
    )
    exp.add_argument(
        "--onversleuteld",
        action="store_true",
        help="schrijf leesbare tekst, ook als je sessies versleuteld zijn of de sleutel van je "
        "organisatie is ingesteld (zonder deze keuze weigert wievraag dat)",
    )
    vr = sub.add_parser(
        "vragen",
        prog="wievraag vragen",
        help="toon de wie-vragen (of alleen je favorieten en eigen vragen)",
        description="Druk de vragen af, bijvoorbeeld voor een training.",
    )
    vr.add_argument(
        "--favorieten", action="store_true", help="alleen je favorieten en eigen vragen"
    )
    vr.add_argument("--formaat", choices=["md", "html"], default="md", help="standaard: md")
    vr.add_argument("-o", "--uit", metavar="BESTAND", type=Path, help="schrijf naar een bestand")
    sub.add_parser("versleutel", help="versleutel alle sessies met een wachtwoord")
    sub.add_parser("ontsleutel", help="zet de versleuteling uit: sessies weer leesbaar")
    samen = sub.add_parser(
        "samenvoegen",
        help="voeg de kopieën van een sessie (van OneDrive, Nextcloud, Syncthing…) samen",
    )
    samen.add_argument("sessie", metavar="SESSIE", help="id of naam van het gezin")
    wis = sub.add_parser("wis", help="verwijder een sessie en elk spoor ervan definitief")
    wis.add_argument("sessie", metavar="SESSIE", help="id of (eenduidige) naam van het gezin")
    wis.add_argument("-j", "--ja", action="store_true", help="niet om bevestiging vragen")
    parser.add_argument(
        "--wachtwoord-stdin",
        action="store_true",
        help="lees het wachtwoord van de standaardinvoer (ook: WIEVRAAG_WACHTWOORD)",
    )
    # `wievraag serveer --training` reads naturally too: the flag after the command that
    # starts the app. SUPPRESS keeps `wievraag --training serveer` working as well.
    for opdracht in (start, demo, serveer):
        opdracht.add_argument(
            "--training",
            action="store_true",
            default=argparse.SUPPRESS,
            help="trainersmodus: de uitleg staat meteen open; F3 wisselt",
        )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.data is not None:
        # One override for every layer: the locations module reads it.
        os.environ["WIEVRAAG_DATA"] = str(args.data.expanduser().resolve())
    global _VAN_STDIN
    _VAN_STDIN = args.wachtwoord_stdin
    try:
        if args.opdracht in _MET_DATAMAP:
            _controleer_datamap()
        if args.opdracht == "lijst":
            return _lijst()
        if args.opdracht == "controleer":
            return _controleer()
        if args.opdracht == "versleutel":
            return _versleutel()
        if args.opdracht == "ontsleutel":
            return _ontsleutel()
        if args.opdracht == "wis":
            return _wis(args.sessie, args.ja)
        if args.opdracht == "samenvoegen":
            return _samenvoegen(args.sessie)
        if args.opdracht == "demo":
            return _demo(args.demo_map, args.training)
        if args.opdracht == "serveer":
            return _serveer(
                args.host,
                args.port,
                args.netwerk,
                args.echt,
                args.training,
                args.max_deelnemers,
                args.voorraad,
            )
        if args.opdracht == "exporteer":
            return _exporteer(args)
        if args.opdracht == "vragen":
            return _vragen(args)
    except _Stop as stop:
        print(stop, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nAfgebroken; er is niets veranderd.", file=sys.stderr)
        return 130
    return _start(args.training)


class _Stop(Exception):
    """A Dutch message for the user, and exit code 1."""


# The commands that read the data folder (None: the app itself).
_MET_DATAMAP = {
    None,
    "start",
    "lijst",
    "controleer",
    "versleutel",
    "ontsleutel",
    "wis",
    "exporteer",
    "samenvoegen",
}


def _controleer_datamap() -> None:
    """`--data` (or WIEVRAAG_DATA) naming a file: say that, not a confusing later error."""
    from wievraag import locations

    data = locations.data_dir()
    for pad, wat in ((data, "--data / WIEVRAAG_DATA"), (locations.sessies_dir(data), None)):
        if pad.exists() and not pad.is_dir():
            wie = f"{wat} wijst naar" if wat else "In de datamap staat"
            raise _Stop(
                f"{wie} een bestand, geen map: {_veilig(str(pad))}. Kies een map "
                "(bijvoorbeeld een nieuwe, lege map); het bestand blijft onaangeroerd."
            )


def _veilig(tekst: str) -> str:
    """User text (labels, file names, messages quoting them) as one safe terminal line."""
    return veilige_regel(tekst)


_VAN_STDIN = False


def _vraag_wachtwoord(vraag: str = "Wachtwoord: ") -> str:
    """From WIEVRAAG_WACHTWOORD, from stdin (--wachtwoord-stdin), or typed without echo."""
    if "WIEVRAAG_WACHTWOORD" in os.environ:
        return os.environ["WIEVRAAG_WACHTWOORD"]
    if _VAN_STDIN:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    return getpass.getpass(vraag)


def _opslag(wachtwoord: bool = True) -> Opslag:
    """The data folder; opened with the passphrase when it is encrypted."""
    from wievraag.store import Opslag
    from wievraag.versleuteling import VerkeerdWachtwoord

    opslag = Opslag()
    try:
        versleuteld = opslag.versleuteld
    except ValueError as fout:
        raise _Stop(f"De versleuteling van de map is niet te lezen: {fout}") from None
    if versleuteld and wachtwoord:
        try:
            opslag.ontgrendel(_vraag_wachtwoord())
        except VerkeerdWachtwoord as fout:
            raise _Stop(str(fout)) from None
    return opslag


def _versleutel() -> int:
    from wievraag.fouten import BestandFout
    from wievraag.store import SessieInGebruik
    from wievraag.versleuteling import MIN_LENGTE, VerkeerdWachtwoord

    opslag = _opslag(wachtwoord=False)
    marker = opslag.marker
    if marker is None:
        print(
            "Kies een wachtwoord voor alle sessies in deze map. Zonder dit wachtwoord zijn ze "
            "niet meer te lezen, ook niet door de beheerder: bewaar het goed."
        )
        wachtwoord = _vraag_wachtwoord("Nieuw wachtwoord: ")
        if len(wachtwoord) < MIN_LENGTE:
            raise _Stop(f"Kies een wachtwoord van minstens {MIN_LENGTE} tekens.")
        interactief = "WIEVRAAG_WACHTWOORD" not in os.environ and not _VAN_STDIN
        if interactief and _vraag_wachtwoord("Nog een keer: ") != wachtwoord:
            raise _Stop("De twee wachtwoorden zijn niet gelijk; er is niets veranderd.")
    else:
        if marker.versleuteld and marker.klaar:
            print("Deze map is al versleuteld; wievraag maakt een eventuele rest af.")
        wachtwoord = _vraag_wachtwoord()
    try:
        aantal = opslag.versleutel(wachtwoord)
    except VerkeerdWachtwoord as fout:
        raise _Stop(str(fout)) from None
    except SessieInGebruik:
        raise _Stop(
            "Een sessie is open in wievraag. Sluit de app en voer de opdracht opnieuw uit; "
            "wat al versleuteld is, blijft dat."
        ) from None
    except BestandFout as fout:
        raise _Stop(f"Gestopt bij {fout.melding}. Voer de opdracht opnieuw uit.") from None
    wat = aantal_(aantal, "sessie", "sessies")
    print(f"{wat} versleuteld in {opslag.map}. De map is nu versleuteld.")
    return 0


def _ontsleutel() -> int:
    from wievraag.fouten import BestandFout
    from wievraag.store import SessieInGebruik
    from wievraag.versleuteling import VerkeerdWachtwoord

    opslag = _opslag(wachtwoord=False)
    if opslag.marker is None:
        print("Deze map is niet versleuteld; er is niets te doen.")
        return 0
    try:
        aantal = opslag.ontsleutel(_vraag_wachtwoord())
    except VerkeerdWachtwoord as fout:
        raise _Stop(str(fout)) from None
    except SessieInGebruik:
        raise _Stop(
            "Een sessie is open in wievraag. Sluit de app en voer de opdracht opnieuw uit."
        ) from None
    except BestandFout as fout:
        raise _Stop(f"Gestopt bij {fout.melding}. Voer de opdracht opnieuw uit.") from None
    print(
        f"{aantal_(aantal, 'sessie', 'sessies')} ontsleuteld. "
        f"De sessies in {opslag.map} zijn weer gewone, "
        "leesbare tekstbestanden."
    )
    return 0


def _wis(wie: str, ja: bool) -> int:
    from wievraag.store import SessieInGebruik

    opslag = _opslag()
    alle = opslag.lijst().items
    items = [i for i in alle if not i.fout]
    # A file named exactly (readable or not, a copy or the original) is that file; an id,
    # label or part of one is the session: its original.
    treffers = [i for i in alle if i.pad.stem == wie or i.naam == wie]
    if not treffers:
        treffers = [i for i in items if i.id == wie and not i.is_kopie]
    if not treffers:
        zoek = wie.casefold().strip()
        gezinnen = {i.stam for i in items if (i.gezin or "").casefold() == zoek}
        if not gezinnen:
            gezinnen = {i.stam for i in items if zoek in (i.gezin or "").casefold()}
        if len(gezinnen) > 1:
            regels = [
                f"  {_veilig(i.pad.stem)}  {_veilig(i.gezin or '')}"
                for i in items
                if i.stam in gezinnen
            ]
            raise _Stop(
                f"“{_veilig(wie)}” past bij meer dan één sessie; geef het id:\n" + "\n".join(regels)
            )
        # The session's original, also when only a copy of it can be read.
        groep = [i for i in alle if i.stam in gezinnen]
        treffers = [i for i in groep if not i.is_kopie] or groep
    if not treffers:
        raise _Stop(f"Geen sessie gevonden voor “{_veilig(wie)}”. Zie `wievraag lijst`.")
    keuze = treffers[0]
    plan = opslag.wat_weg_gaat(keuze.pad)
    wat = (
        f"Sessie {_veilig(plan.stam)} ({_veilig(keuze.gezin or 'niet te lezen')})"
        if plan.hele_sessie
        else f"Alleen de kopie {_veilig(keuze.naam)}; het origineel blijft"
    )
    print(f"{wat} wordt definitief verwijderd. Weg gaan:")
    for spoor in opslag.sporen(plan):
        print(f"  - {_veilig(spoor)}")
    if not ja:
        antwoord = input("Typ ja om te verwijderen: ") if sys.stdin.isatty() else ""
        if antwoord.strip().casefold() != "ja":
            print("Niet verwijderd.")
            return 1
    try:
        resten = opslag.verwijder(plan)
    except SessieInGebruik:
        raise _Stop("Deze sessie is open in wievraag; sluit hem daar eerst.") from None
    if resten:
        print("Niet alles is weg. Nagekeken na het verwijderen, nog aanwezig:", file=sys.stderr)
        for rest in resten:
            print(f"  - {_veilig(rest)}", file=sys.stderr)
        return 1
    namen = ", ".join(p.name for p in plan.bestanden)
    print(
        f"Verwijderd en nagekeken: {_veilig(namen)} en de sporen ervan staan niet meer in "
        "de datamap."
    )
    print(
        "Let op: een back-up van je laptop of een synchronisatiemap buiten wievraag kan nog een "
        "kopie hebben; die beheert wievraag niet."
    )
    return 0


def _samenvoegen(wie: str) -> int:
    """Merge a session's sync copies into it; exit 1 while a question is open (for scripts),
    or when a copy could not be merged."""
    from wievraag.fouten import BestandFout
    from wievraag.store import SessieInGebruik
    from wievraag.store.versies import beschrijf_pad, voeg_kopieen_samen
    from wievraag.store.vorm import EXTENSIES
    from wievraag.uitvoer import ExportFout, zoek_sessie

    opslag = _opslag()
    # An id is its file, also when that file is cut off (the merge rebuilds it).
    pad = next((p for ext in EXTENSIES if (p := opslag.map / f"{wie}{ext}").exists()), None)
    try:
        if pad is None:
            item = zoek_sessie(opslag, wie)
            pad = opslag.map / f"{item.stam}{item.pad.suffix}"
        uit = voeg_kopieen_samen(opslag, pad)
    except ExportFout as fout:
        raise _Stop(f"wievraag: {fout.melding}") from None
    except SessieInGebruik:
        raise _Stop(
            "Deze sessie is open in wievraag; daar wordt hij bij het openen samengevoegd."
        ) from None
    except BestandFout as fout:
        raise _Stop(f"wievraag: {fout.melding}") from None
    for regel in uit.samenvatting():
        print(_veilig(regel))
    for conflict in uit.conflicten:
        wat = "verwijderd tegenover gewijzigd" if conflict.soort == "weg" else "twee waarden"
        print(f"  - {_veilig(beschrijf_pad(uit.sessie, conflict.pad))} ({wat})")
    if uit.conflicten:
        print("Open de sessie in wievraag om te kiezen.")
    return 1 if uit.conflicten or uit.gebleven else 0


def _lijst() -> int:
    from wievraag.store import kopieen

    lijst = _opslag().lijst()
    for item in lijst.items:  # each copy right after its original (store/kopieen.py)
        if item.fout:
            print(f"⚠ {_veilig(item.fout)}")
            continue
        wanneer = f"{item.gewijzigd:%d-%m-%Y %H:%M}" if item.gewijzigd else ""
        conflict = (
            f"  [{kopieen.omschrijf(item)} ({_veilig(item.naam)}): "
            f"{kopieen.verschil(item, lijst.origineel(item))}]"
            if item.is_kopie
            else ""
        )
        print(
            f"{_veilig(item.id or '')}  {wanneer}  {item.personen:>3} personen  "
            f"{_veilig(item.gezin or '')}{conflict}"
        )
    return 0


def _controleer() -> int:
    from wievraag.fouten import BestandFout
    from wievraag.vragen import Vragen

    problemen: list[str] = []
    try:
        vragen = Vragen.laad()
    except BestandFout as fout:
        problemen.append(f"vragenbank: {fout.melding}")
    except OSError as fout:
        problemen.append(f"vragenbank: niet te lezen ({fout.strerror})")
    else:
        if vragen.fout_mijn:
            problemen.append(f"eigen vragen: {vragen.fout_mijn}")
    opslag = _opslag()
    overzicht = opslag.controleer().items  # every file whole, not its head or the index
    problemen += [item.fout for item in overzicht if item.fout]
    goed = sum(1 for item in overzicht if not item.fout)
    for probleem in problemen:
        print(f"✗ {_veilig(probleem)}")
    print(
        f"{aantal_(goed, 'sessie', 'sessies')} in orde, "
        f"{aantal_(len(problemen), 'probleem', 'problemen')} ({opslag.map})"
    )
    return 1 if problemen else 0


def _exporteer(args: argparse.Namespace) -> int:
    from wievraag.fouten import BestandFout
    from wievraag.instellingen import Instellingen
    from wievraag.uitvoer import ExportFout, Keuze, schrijf_export, zoek_sessie

    opslag = _opslag()  # an encrypted folder asks the passphrase, like every other command
    try:
        item = zoek_sessie(opslag, args.sessie)
        sessie = opslag.laad(item.pad)
        keuze = Keuze(args.soort, args.formaat, args.pseudoniem, args.onversleuteld)
        paden = schrijf_export(
            sessie,
            keuze,
            args.uit,
            opslag.data,
            sleutel=Instellingen.laad().organisatie_sleutel,
            map_versleuteld=opslag.versleuteld,
        )
    except ExportFout as fout:
        print(f"wievraag: {fout.melding}", file=sys.stderr)
        return 1
    except BestandFout as fout:
        print(f"wievraag: {fout.melding}", file=sys.stderr)
        return 1
    except OSError as fout:
        print(f"wievraag: {fout.filename}: {fout.strerror}", file=sys.stderr)
        return 1
    for pad in paden:
        versleuteld = " (versleuteld voor je organisatie)" if pad.suffix == ".age" else ""
        print(f"Geschreven: {pad}{versleuteld}")
    return 0


def _vragen(args: argparse.Namespace) -> int:
    from wievraag.bestanden import schrijf_atomisch
    from wievraag.export import render
    from wievraag.export.vragen import maak_vragenlijst
    from wievraag.vragen import Vragen

    vragen = Vragen.laad()
    if vragen.fout_mijn:
        print(f"wievraag: eigen vragen: {vragen.fout_mijn}", file=sys.stderr)
    doc = maak_vragenlijst(
        vragen.themas,
        vragen.alle,
        vragen.mijn.favorieten,
        alleen_favorieten=args.favorieten,
        bronnen=vragen.bank.bronnen,
    )
    tekst = render(doc, args.formaat)
    if args.uit is None:
        sys.stdout.write(tekst)
        return 0
    pad: Path = args.uit.expanduser()
    try:
        schrijf_atomisch(pad, tekst.encode("utf-8"), prive_map=False)
    except OSError as fout:
        print(f"wievraag: kan {pad} niet schrijven: {fout.strerror}", file=sys.stderr)
        return 1
    print(f"Geschreven: {pad}")
    return 0


def _start(training: bool = False) -> int:
    from wievraag.tui.app import WievraagApp

    WievraagApp(training=training).run()
    return 0


def _demo(map_: Path | None, training: bool) -> int:
    import shutil
    import tempfile

    from wievraag.demo import maak_demo
    from wievraag.store import Opslag
    from wievraag.vragen import lees_bank

    sessie = maak_demo(lees_bank())
    if map_ is not None:
        pad = Opslag(map_.expanduser().resolve()).voeg_toe(sessie)
        print(f"Demogezin geschreven: {pad}")
        return 0
    # A fresh folder per start: the user's own sessions, favourites and own questions are
    # neither shown nor touched, and two demo starts never share a file.
    tijdelijk = Path(tempfile.mkdtemp(prefix="wievraag-demo-"))
    try:
        opslag = Opslag(tijdelijk / "data")
        opslag.voeg_toe(sessie)
        from wievraag.tui.app import WievraagApp

        WievraagApp(opslag.data, tijdelijk / "config", training=training).run()
    finally:
        shutil.rmtree(tijdelijk, ignore_errors=True)
    return 0


def _positief(tekst: str) -> int:
    try:
        getal = int(tekst)
    except ValueError:
        getal = 0
    if getal < 1:
        raise argparse.ArgumentTypeError(f"{tekst!r} is geen geheel getal groter dan 0")
    return getal


def _positief_of_nul(tekst: str) -> int:
    try:
        getal = int(tekst)
    except ValueError:
        getal = -1
    if getal < 0:
        raise argparse.ArgumentTypeError(f"{tekst!r} is geen geheel getal van 0 of meer")
    return getal


def _serveer(
    host: str | None,
    port: int,
    netwerk: bool,
    echt: bool,
    training: bool,
    max_deelnemers: int | None,
    voorraad: int | None,
) -> int:
    from wievraag.serveer import LOOPBACK, is_lokaal, serveer

    host = host or ("0.0.0.0" if netwerk else LOOPBACK)
    if not is_lokaal(host) and not netwerk:
        print(
            f"wievraag: {host} is bereikbaar voor andere computers; gebruik --netwerk als je "
            "dat echt wilt.",
            file=sys.stderr,
        )
        return 2
    if not is_lokaal(host):
        print(
            "LET OP: iedereen in dit netwerk die het adres kent, kan de app openen. "
            "Gebruik dit alleen in een workshop, op een vertrouwd netwerk.",
            file=sys.stderr,
        )
    if echt:
        print(
            "LET OP: je ECHTE sessies zijn nu te zien in de browser. Gebruik dit niet in een "
            "workshop.",
            file=sys.stderr,
        )
    return serveer(host, port, echt, training, netwerk, max_deelnemers, voorraad)
