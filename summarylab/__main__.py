"""``python -m summarylab``: the same as the ``summarylab`` command (see summarylab.cli)."""
from .cli import main

raise SystemExit(main())
