"""The user's settings (`<config>/instellingen.toml`): idle lock and retention.

Optional and forgiving: a missing file, or a missing or wrong value, gives the default, so a
typo never keeps someone from working. Privacy defaults are on without any file.

    vergrendel_na_minuten = 10   # lock the screen after this long without input (0 = never)
    bewaartermijn_maanden = 3    # mark sessions unchanged this long: export and delete
    organisatie_sleutel = "age1…"  # the organisation's age public key: exports encrypted to it
    thema = "textual-light"      # the colour theme last chosen in the app (Ctrl+P, Kleurenschema)
    weergave = "compact"         # automatisch, compact or ruim (Ctrl+P, Weergave; see WEERGAVEN)
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from wievraag import locations

VERGRENDEL_MINUTEN = 10.0
BEWAAR_MAANDEN = 3.0
# How much a screen shows around its tables (tui/app.py applies it): "automatisch" folds the
# counts and details under a table to a line when the screen is low (below 30 rows);
# "compact" always does (a projector with big letters, a small window: the most rows of
# people in view); "ruim" never does (everything written out; the table scrolls instead).
WEERGAVEN = ("automatisch", "compact", "ruim")


@dataclass(frozen=True)
class Instellingen:
    vergrendel_na: float = VERGRENDEL_MINUTEN * 60  # seconds; 0 = never
    bewaar_maanden: float = BEWAAR_MAANDEN
    # The organisation's age public key ("age1…"); "" = exports are written as they are.
    organisatie_sleutel: str = ""
    # The colour theme chosen last (the app writes it, bewaar_thema); "" = Textual's default.
    thema: str = ""
    weergave: str = "automatisch"  # one of WEERGAVEN

    @classmethod
    def laad(cls, config: Path | None = None) -> Instellingen:
        pad = locations.instellingen_file(config or locations.config_dir())
        try:
            tekst = pad.read_text(encoding="utf-8")
            import tomllib  # only when there is a settings file: not at every start-up

            ruw = tomllib.loads(tekst)
        except (OSError, ValueError):
            ruw = {}
        minuten = _getal(ruw.get("vergrendel_na_minuten"), VERGRENDEL_MINUTEN)
        maanden = _getal(ruw.get("bewaartermijn_maanden"), BEWAAR_MAANDEN)
        seconden = minuten * 60
        # For tests and demos: seconds instead of minutes.
        override = os.environ.get("WIEVRAAG_VERGRENDEL_SECONDEN")
        if override:
            seconden = _getal(override, seconden)
        sleutel = ruw.get("organisatie_sleutel")
        thema = ruw.get("thema")
        weergave = ruw.get("weergave")
        return cls(
            vergrendel_na=seconden,
            bewaar_maanden=maanden,
            # Checked when it is used (uitvoer.py): a wrong key must stop an export loudly,
            # not silently write it unencrypted.
            organisatie_sleutel=sleutel.strip() if isinstance(sleutel, str) else "",
            thema=thema.strip() if isinstance(thema, str) else "",
            weergave=weergave if weergave in WEERGAVEN else "automatisch",
        )


def bewaar_thema(thema: str, config: Path | None = None) -> None:
    """Remember the colour theme chosen in the app."""
    bewaar_instelling("thema", thema, config)


def bewaar_weergave(weergave: str, config: Path | None = None) -> None:
    """Remember the view chosen in the app (one of WEERGAVEN)."""
    if weergave not in WEERGAVEN:
        raise ValueError(weergave)
    bewaar_instelling("weergave", weergave, config)


def bewaar_instelling(sleutel: str, waarde: str, config: Path | None = None) -> None:
    """Remember one setting the app chose in the settings file: only its own line changes,
    so the user's comments and other settings stay as they wrote them. A file that cannot be
    read as TOML is left untouched (the app keeps the choice for this run only)."""
    import json  # as in `laad`: not at every start-up
    import tomllib

    from wievraag.bestanden import schrijf_atomisch

    pad = locations.instellingen_file(config or locations.config_dir())
    try:
        tekst = pad.read_text(encoding="utf-8")
        tomllib.loads(tekst)
    except FileNotFoundError:
        tekst = ""
    except (OSError, ValueError):
        return
    regel = f"{sleutel} = {json.dumps(waarde)}"  # a TOML basic string is a JSON string here
    regels = tekst.splitlines()
    for n, oud in enumerate(regels):
        if oud.split("=", 1)[0].strip() == sleutel and "=" in oud:
            regels[n] = regel
            break
    else:
        # Before any table, or it would land inside one.
        tabel = next((n for n, r in enumerate(regels) if r.lstrip().startswith("[")), len(regels))
        regels.insert(tabel, regel)
    nieuw = "\n".join(regels) + "\n"
    if nieuw != tekst:
        schrijf_atomisch(pad, nieuw.encode("utf-8"))


def _getal(waarde: object, standaard: float) -> float:
    if isinstance(waarde, bool):
        return standaard
    try:
        getal = float(waarde)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return standaard
    return getal if getal >= 0 else standaard


def apparaat_id(config: Path | None = None) -> str:
    """This device's id for the stamps of a shared session (store/sync.py): made once, kept
    in the config folder. `apparaat = "…"` in instellingen.toml wins (a laptop restored from
    another one's backup must get an id of its own). Its own file rather than a line added to
    instellingen.toml: that file is the user's, and rewriting it could lose their comments.
    Imports here: only a session that is opened or merged needs this (start-up stays lean)."""
    import re
    import secrets
    import tomllib

    geldig = re.compile(r"[0-9a-z]{8,32}")
    map_ = config or locations.config_dir()
    try:
        ruw = tomllib.loads(locations.instellingen_file(map_).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        ruw = {}
    eigen = ruw.get("apparaat")
    if isinstance(eigen, str) and geldig.fullmatch(eigen.strip()):
        return eigen.strip()
    pad = locations.apparaat_file(map_)
    try:
        bestaand = pad.read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        bestaand = ""
    if geldig.fullmatch(bestaand):
        return bestaand
    from wievraag.bestanden import schrijf_atomisch

    nieuw = secrets.token_hex(4)
    # A read-only config: this run still stamps with one id.
    with contextlib.suppress(OSError):
        schrijf_atomisch(pad, (nieuw + "\n").encode("ascii"))
    return nieuw
