"""Messages that flow up from screens and widgets to the app."""

from __future__ import annotations

from textual.message import Message


class SessieGewijzigd(Message):
    """Something in the open session changed: the app saves it within a second."""
