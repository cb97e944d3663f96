"""The domain, in the method's own Dutch words. Pure pydantic: no Textual, no file I/O."""

from wievraag.model.antwoord import STATUSSEN, Antwoord, Status
from wievraag.model.appel import (
    HELPEND,
    JANEE,
    SOORTEN,
    STAPPEN,
    UITKOMSTEN,
    VAN,
    Appel,
    StapId,
    Uitkomst,
)
from wievraag.model.basis import nieuw_id, nu
from wievraag.model.cirkel import RINGEN, Cirkel, CirkelSoort, Plaatsing, Ring
from wievraag.model.persoon import (
    CONTACTEN,
    GENERATIES,
    SECTOREN,
    STEUN_KORT,
    STEUNSOORTEN,
    TOESTEMMINGEN,
    Persoon,
)
from wievraag.model.sessie import SCHEMA, Herkomst, Sessie
from wievraag.model.vragen import (
    EIGEN_THEMA,
    AppelStap,
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
    "HELPEND",
    "JANEE",
    "RINGEN",
    "SCHEMA",
    "SECTOREN",
    "SOORTEN",
    "STAPPEN",
    "STATUSSEN",
    "STEUNSOORTEN",
    "STEUN_KORT",
    "TOESTEMMINGEN",
    "UITKOMSTEN",
    "VAN",
    "Antwoord",
    "Appel",
    "AppelStap",
    "Bron",
    "Cirkel",
    "CirkelSoort",
    "EigenVraag",
    "Herkomst",
    "MijnVragen",
    "Persoon",
    "Plaatsing",
    "Ring",
    "Sessie",
    "StapId",
    "Status",
    "Thema",
    "Uitkomst",
    "Vraag",
    "Vragenbank",
    "nieuw_id",
    "nu",
    "vragen_van",
]
