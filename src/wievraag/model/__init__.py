"""The domain, in the method's own Dutch words. Pure pydantic: no Textual, no file I/O."""

from wievraag.model.antwoord import STATUSSEN, Antwoord, Status
from wievraag.model.basis import nieuw_id, nu
from wievraag.model.persoon import (
    CONTACTEN,
    GENERATIES,
    SECTOREN,
    TOESTEMMINGEN,
    Persoon,
)
from wievraag.model.sessie import SCHEMA, Sessie
from wievraag.model.vragen import (
    EIGEN_THEMA,
    Bron,
    EigenVraag,
    MijnVragen,
    Thema,
    Vraag,
    Vragenbank,
    vragen_van,
)

__all__ = [
    "CONTACTEN",
    "EIGEN_THEMA",
    "GENERATIES",
    "SCHEMA",
    "SECTOREN",
    "STATUSSEN",
    "TOESTEMMINGEN",
    "Antwoord",
    "Bron",
    "EigenVraag",
    "MijnVragen",
    "Persoon",
    "Sessie",
    "Status",
    "Thema",
    "Vraag",
    "Vragenbank",
    "nieuw_id",
    "nu",
    "vragen_van",
]
