"""The question bank's shape: themes and questions (texts verbatim from the sources).

Only the shape lives here; reading `data/vragen.toml` and the user's own file is `wievraag.vragen`.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from wievraag.model.basis import Basis


class Bron(Basis):
    id: str
    titel: str
    auteur: str = ""
    jaar: int | None = None
    licentie: str = ""


class Thema(Basis):
    id: str
    naam: str
    uitleg: str = ""
    bron: str = ""
    # Questions of other themes that belong here too (one text, one id, one state per session).
    ook: list[str] = Field(default_factory=list)


class Vraag(Basis):
    id: str
    thema: str
    tekst: str
    bron: str = ""
    tags: list[str] = Field(default_factory=list)


class Vragenbank(Basis):
    versie: int
    bronnen: list[Bron] = Field(default_factory=list)
    themas: list[Thema]
    vragen: list[Vraag]

    @model_validator(mode="after")
    def _samenhang(self) -> Vragenbank:
        # Session files point at question ids: a duplicate would make an answer ambiguous.
        gezien: set[str] = set()
        for vraag in self.vragen:
            if vraag.id in gezien:
                raise ValueError(f"vraag-id '{vraag.id}' komt twee keer voor")
            gezien.add(vraag.id)
        themas = {t.id for t in self.themas}
        if len(themas) != len(self.themas):
            raise ValueError("een thema-id komt twee keer voor")
        for thema in self.themas:
            for vraag_id in thema.ook:
                if vraag_id not in gezien:
                    raise ValueError(f"thema '{thema.id}' noemt onbekende vraag '{vraag_id}'")
        for vraag in self.vragen:
            if vraag.thema not in themas:
                raise ValueError(f"vraag '{vraag.id}' heeft onbekend thema '{vraag.thema}'")
            if not vraag.tekst.strip():
                raise ValueError(f"vraag '{vraag.id}' heeft geen tekst")
        return self

    def vraag(self, vraag_id: str) -> Vraag | None:
        return next((v for v in self.vragen if v.id == vraag_id), None)

    def thema(self, thema_id: str) -> Thema | None:
        return next((t for t in self.themas if t.id == thema_id), None)


def vragen_van(thema: Thema, vragen: list[Vraag]) -> list[Vraag]:
    """A theme's own questions, then those it borrows (`ook`), in the bank's order."""
    eigen = [v for v in vragen if v.thema == thema.id]
    per_id = {v.id: v for v in vragen}
    return eigen + [per_id[i] for i in thema.ook if i in per_id]


EIGEN_THEMA = Thema(
    id="eigen",
    naam="Mijn eigen vragen",
    uitleg="Vragen die je zelf hebt toegevoegd. Ze staan bij jou, niet in de sessie van een gezin.",
    bron="eigen",
)


class EigenVraag(Basis):
    id: str
    tekst: str


class MijnVragen(Basis):
    """The user's favourites and own questions: per professional, never inside a session."""

    versie: int = 1
    favorieten: list[str] = Field(default_factory=list)
    eigen: list[EigenVraag] = Field(default_factory=list)
