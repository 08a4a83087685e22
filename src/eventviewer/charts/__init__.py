"""pyqtgraph charts, one drawing for the screen, the printed page and the exports: above the
Qt-free domain, below printing and the window (import-linter contracts in pyproject.toml)."""
