"""Printing: one rendering path (page.render_page) for print, preview and PDF export."""
