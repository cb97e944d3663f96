"""The user's settings (`<config>/instellingen.toml`): idle lock and retention.

Optional and forgiving: a missing file, or a missing or wrong value, gives the default, so a
typo never keeps someone from working. Privacy defaults are on without any file.

    vergrendel_na_minuten = 10   # lock the screen after this long without input (0 = never)
    bewaartermijn_maanden = 3    # mark sessions unchanged this long: export and delete
    organisatie_sleutel = "age1…"  # the organisation's age public key: exports encrypted to it
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from wievraag import locations

VERGRENDEL_MINUTEN = 10.0
BEWAAR_MAANDEN = 3.0


@dataclass(frozen=True)
class Instellingen:
    vergrendel_na: float = VERGRENDEL_MINUTEN * 60  # seconds; 0 = never
    bewaar_maanden: float = BEWAAR_MAANDEN
    # The organisation's age public key ("age1…"); "" = exports are written as they are.
    organisatie_sleutel: str = ""

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
        return cls(
            vergrendel_na=seconden,
            bewaar_maanden=maanden,
            # Checked when it is used (uitvoer.py): a wrong key must stop an export loudly,
            # not silently write it unencrypted.
            organisatie_sleutel=sleutel.strip() if isinstance(sleutel, str) else "",
        )


def _getal(waarde: object, standaard: float) -> float:
    if isinstance(waarde, bool):
        return standaard
    try:
        getal = float(waarde)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return standaard
    return getal if getal >= 0 else standaard
