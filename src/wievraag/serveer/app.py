"""The app as the workshop serves it: WievraagApp with a steady cursor.

A blinking cursor redraws its line twice a second for as long as a text field has the focus:
in every tab, whether anyone types or not. With 30 attendees on one 2-core laptop that is 60
screen updates a second that each wake an app, the server and a browser, and it takes CPU
from the keys people do type (issue 19). A steady cursor is also easier to find on a
projector, and nothing on the screen blinks for ever (accessibility guidelines ask for that).
"""

from __future__ import annotations

import inspect
from pathlib import Path

from textual import events
from textual.widgets import Input, TextArea

from wievraag.tui.app import WievraagApp


class DeelnemerApp(WievraagApp):
    # Textual looks for a relative CSS_PATH next to the subclass: the app's own, by path.
    CSS_PATH = str(Path(inspect.getfile(WievraagApp)).with_name(WievraagApp.CSS_PATH))

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # Every text field of the app, dialogs too: they all report their focus up to here.
        if isinstance(event.widget, (Input, TextArea)):
            event.widget.cursor_blink = False
