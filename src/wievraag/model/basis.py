"""Shared base for every domain model: strict about unknown keys, friendly to TOML.

`extra="forbid"` is deliberate: a key we do not know (a typo in a hand-edited file, or a
field from a newer app) must be refused loudly rather than silently dropped on the next save.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, field_validator


class Basis(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        populate_by_name=True,
        str_strip_whitespace=False,
    )

    @field_validator("*", mode="before")
    @classmethod
    def _normaliseer(cls, waarde: Any) -> Any:
        # TOML turns a line break inside a multi-line string into "\n"; store it that way from
        # the start (text pasted from Windows has "\r\n"), so what is saved reads back the same.
        if isinstance(waarde, str) and "\r" in waarde:
            return _zonder_cr(waarde)
        if isinstance(waarde, list) and any(isinstance(w, str) and "\r" in w for w in waarde):
            return [_zonder_cr(w) if isinstance(w, str) else w for w in waarde]  # ring labels
        if isinstance(waarde, dict) and any(
            isinstance(w, str) and "\r" in w for w in waarde.values()
        ):
            # answers by question id (the closing conversation)
            return {k: _zonder_cr(w) if isinstance(w, str) else w for k, w in waarde.items()}
        # A hand-typed time without offset is local time; naive and aware times cannot be sorted.
        if isinstance(waarde, datetime) and waarde.tzinfo is None:
            return waarde.astimezone()
        return waarde


def _zonder_cr(tekst: str) -> str:
    return tekst.replace("\r\n", "\n").replace("\r", "\n")


def nieuw_id(voorvoegsel: str) -> str:
    """A short random id; random rather than counting so merged or copied lists never clash.
    48 bits: with 32, a family of 4,000 people had a one-in-500 chance of two equal ids, and a
    session with a duplicate id does not load. Older files keep their 8-digit ids."""
    return f"{voorvoegsel}-{secrets.token_hex(6)}"


def nu() -> datetime:
    """Local time with offset, to the second: what a person reads back in the TOML file."""
    return datetime.now().astimezone().replace(microsecond=0)


class Verwijzer(Protocol):
    """A part of the session that points at people in the register (by id, never by name).

    Every part implements these two, so the session can check its references on load and
    remove or merge a person everywhere with one loop, however many parts the method grows.
    """

    @property
    def id(self) -> str: ...

    def persoon_ids(self) -> list[str]: ...

    def vervang_persoon(self, oud: str, nieuw: str | None) -> None:
        """Point at `nieuw` wherever `oud` was (a merge), or drop `oud` when `nieuw` is None."""
        ...


def vervangen(ids: list[str], oud: str, nieuw: str | None) -> list[str]:
    """`ids` with `oud` replaced by `nieuw` (or left out), each id once, order kept."""
    uit: list[str] = []
    for i in ids:
        if i == oud:
            if nieuw is None:
                continue
            i = nieuw
        if i not in uit:
            uit.append(i)
    return uit
