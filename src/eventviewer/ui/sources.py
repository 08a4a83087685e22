"""The source panel: where the figure a reader clicked comes from, source by source.

For a stated figure, each source that states it: the page read (and the outlet it reposts), its
date and language, the verbatim locator, the address as a link — opened in the browser only when
the reader follows it; nothing is ever fetched by the app — and "Copy citation". For a derived
figure, its formula and the sources of the figures it uses.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from ..domain.formatting import (
    citation,
    language_name,
    locator,
    long_date,
    not_given,
    site,
    source_name,
)
from ..domain.i18n import bracketed, chinese, labelled, lead
from ..domain.schema import Ref, Source
from ..domain.summary import Line
from ..domain.words import said

COPY = "copy:"


class SourcePanel(QDockWidget):
    """Every source of the figure followed: page, date, language, locator, address; a
    citation of each to copy (``copied`` says one was)."""

    copied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sources"))
        self.setObjectName("sources")  # for the window's saved state
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)  # a link is followed by anchorClicked, on request only
        self.view.setAccessibleName(self.tr("Sources of the figure"))
        self.view.anchorClicked.connect(self._on_link)
        self.setWidget(self.view)
        self.citations: list[str] = []
        self.line: Line | None = None
        self.clear()

    def clear(self) -> None:
        """Nothing followed yet (or the edition changed)."""
        self.line, self.citations = None, []
        hint = self.tr("Click a key figure (or select it and press Enter) to see its sources.")
        self.view.setPlainText(hint)

    def show_line(self, line: Line, sources: list[Source]) -> None:
        """Fill the panel for ``line`` and bring it up."""
        self.line = line
        self.citations = []
        by_id = {s.id: s for s in sources}
        e = html.escape
        head = labelled(line.label, line.marked) + (bracketed(line.basis) if line.basis else "")
        parts = [f"<h3>{e(head)}</h3>"]
        prov = line.provenance
        if prov.derived:
            derived = self.tr("Derived by eventviewer")
            parts.append(f"<p><b>{e(lead(derived))}</b>{e(prov.formula)}</p>")
            if prov.refs:
                uses = self.tr("The figures it uses are stated in:")
                parts.append(f"<p>{e(uses)}</p>")
        elif not prov.refs:
            parts.append(f"<p>{e(not_given().capitalize())}{'。' if chinese() else '.'}</p>")
        parts += [self._source_html(ref, by_id.get(ref.source)) for ref in prov.refs]
        if line.warning:
            parts.append(f"<p>⚠ {e(line.warning)}</p>")
        self.view.setHtml("".join(parts))
        self.show()
        self.raise_()

    def _source_html(self, ref: Ref, source: Source | None) -> str:
        e = html.escape
        if source is None:
            return f"<p>{e(lead(ref.source))}{e(locator(ref))}</p>"
        self.citations.append(citation(source, ref))
        rows = [(self.tr("Page"), source.outlet or site(source.url) or source.id)]
        if source.original_outlet:
            what = {"translation": self.tr("Translates"), "mirror": self.tr("Mirrors")}
            rows.append((what.get(source.carries, self.tr("Reposts")), source.original_outlet))
        if source.title:
            rows.append((self.tr("Title"), f"“{source.title}”"))
        date = source.published or source.dateline_date
        rows.append((self.tr("Date"), long_date(date) if date else self.tr("not stated")))
        if source.language:
            rows.append((self.tr("Language"), language_name(source.language)))
        rows.append((self.tr("Locator"), locator(ref)))
        if ref.note:  # why the quote does not hold the figure itself
            rows.append((self.tr("About the locator"), said(ref.note)))
        if source.note:
            rows.append((self.tr("Note"), said(source.note)))
        # the labels set apart in italics — Han has no italic (Qt would slant it): in Chinese,
        # in grey
        label = '<td style="color:gray">{}</td>' if chinese() else "<td><i>{}</i></td>"
        table = "".join(f"<tr>{label.format(e(k))}<td>{e(v)}</td></tr>" for k, v in rows)
        link = ""
        if source.url:
            url = e(source.url, quote=True)
            link = f'<p><a href="{url}">{e(source.url)}</a></p>'
        copy_text = self.tr("Copy citation")
        copy = f'<p><a href="{COPY}{len(self.citations) - 1}">{e(copy_text)}</a></p>'
        name = e(source_name(source))
        return f"<hr><p><b>{name}</b></p><table cellspacing=4>{table}</table>{link}{copy}"

    @Slot(QUrl)
    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(COPY):
            QGuiApplication.clipboard().setText(self.citations[int(text[len(COPY) :])])
            self.copied.emit()  # the window says so
            return
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)  # the reader asked for it
