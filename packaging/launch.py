"""The bundle's entry point: the same command as the ``eventviewer`` console script."""

from eventviewer.cli import entry

entry()
