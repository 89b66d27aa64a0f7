"""`python -m summitry` runs the CLI."""

from summitry.cli import app

app()
