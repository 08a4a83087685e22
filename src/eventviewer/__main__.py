from eventviewer.cli import entry

entry()
