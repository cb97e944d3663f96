"""`python -m wievraag` does what the `wievraag` command does."""

from wievraag.cli import main

raise SystemExit(main())
