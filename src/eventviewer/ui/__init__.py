"""The Qt layer: one module per tab, widgets that receive data and never open files."""
