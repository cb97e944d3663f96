"""Shared base for every domain model: strict about unknown keys, friendly to TOML.

`extra="forbid"` is deliberate: a key we do not know (a typo in a hand-edited file, or a
field from a newer app) must be refused loudly rather than silently dropped on the next save.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

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
            return waarde.replace("\r\n", "\n").replace("\r", "\n")
        # A hand-typed time without offset is local time; naive and aware times cannot be sorted.
        if isinstance(waarde, datetime) and waarde.tzinfo is None:
            return waarde.astimezone()
        return waarde


def nieuw_id(voorvoegsel: str) -> str:
    """A short random id; random rather than counting so merged or copied lists never clash."""
    return f"{voorvoegsel}-{secrets.token_hex(4)}"


def nu() -> datetime:
    """Local time with offset, to the second: what a person reads back in the TOML file."""
    return datetime.now().astimezone().replace(microsecond=0)
