"""wievraag — de wie-vraag aan tafel: het netwerk van kwetsbare gezinnen in kaart.

Kept import-free on purpose: `wievraag --version` and the model must not pay for Textual.
"""

__version__ = "0.1.0"
