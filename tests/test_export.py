"""Exports: CSV tables, the Markdown summary, the chart as PNG and SVG — headless."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import BUNDLED, NO_DISPLAY_AT_ALL, run_cli


def export(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, unset=NO_DISPLAY_AT_ALL)


def test_the_tier_table_round_trips_through_dict_reader(tmp_path: Path) -> None:
    out = tmp_path / "tiers.csv"
    assert export("--export-table", "tiers", str(out)).returncode == 0
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data  # no BOM, RFC 4180 lines
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [r["tier"] for r in rows] == ["≥ RMB 10 bn", "RMB 5–10 bn", "< RMB 5 bn", "Total"]
    first, remainder, total = rows[0], rows[2], rows[3]
    assert (first["projects"], first["amount (RMB bn)"]) == ("6", "100.8")  # plain numbers
    assert first["amount (RMB bn) derived"] == "no"
    assert first["amount (RMB bn) basis"] == "signed during the event"  # the headline's
    assert "TDI, paragraph 3" in first["amount (RMB bn) source"]
    assert (remainder["amount (RMB bn)"], remainder["amount (RMB bn) derived"]) == ("212.9", "yes")
    assert remainder["amount (RMB bn) source"].startswith("396.6 − 100.8 − 82.9")
    assert first["share of amount (%)"] == "25.416"  # derived: four places, no mark in it
    assert total["amount (RMB bn) basis"] == "signed during the event"


def test_itemized_tables_export_every_record(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "make_large_event.py"
    subprocess.run(
        [
            sys.executable,
            str(script),
            "--projects",
            "25000",
            "--organizations",
            "3",
            "--out",
            str(big),
        ],
        check=True,
    )
    out = tmp_path / "projects.csv"
    assert export("--export-table", "projects", str(out), str(big)).returncode == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert len(rows) == 25_000 and rows[0]["project"] == "Synthetic project 0000001"
    for kind in ("programme", "categories", "organizations"):
        assert (
            export("--export-table", kind, str(tmp_path / f"{kind}.csv"), str(big)).returncode == 0
        )


def test_the_markdown_summary_carries_every_fact_and_links_its_sources(tmp_path: Path) -> None:
    out = tmp_path / "summary.md"
    assert export("--export-summary", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# China Industrial Transfer & Development Matchmaking Activity")
    assert "| Projects | 382 | signed during the event |" in text
    assert "<https://workercn.cn/papers/grrb/2023/09/07/4/news-5.html>" in text
    assert "\\< RMB 5 bn (derived) | 362\\*" in text  # markup characters escaped
    summary = run_cli("--summary").stdout.rstrip()
    assert summary in text  # the full briefing, every fact of --summary


def test_the_chart_as_png_and_as_svg_look_alike(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    assert export("--export-chart", str(png)).returncode == 0
    assert export("--export-chart", str(svg)).returncode == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (2000, 1120)  # twice the device pixels
    text = svg.read_text(encoding="utf-8")
    assert "RMB 212.9 bn*" in text  # text as text
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    drawn = QImage(image.size(), QImage.Format.Format_ARGB32)
    drawn.fill(QColor("white"))
    painter = QPainter(drawn)
    renderer.render(painter)
    painter.end()

    def ink(picture: QImage) -> float:
        small = picture.scaled(200, 112)
        dark = sum(
            1 for x in range(200) for y in range(112) if QColor(small.pixel(x, y)).lightness() < 200
        )
        return dark / (200 * 112)

    assert ink(drawn) == pytest.approx(ink(image), rel=0.25)  # the same bars, hatching, text


@pytest.mark.parametrize(
    "args",
    [
        ["--export-table", "tiers", "out.txt"],
        ["--export-table", "everything", "out.csv"],
        ["--export-summary", "out.pdf"],
        ["--export-chart", "out.jpg"],
    ],
)
def test_a_wrong_format_is_a_usage_error(tmp_path: Path, args: list[str]) -> None:
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.startswith("eventviewer: ")
    assert list(tmp_path.iterdir()) == []


def test_an_export_never_writes_over_its_input(tmp_path: Path) -> None:
    data = tmp_path / "event.csv"
    data.write_bytes(BUNDLED.read_bytes())  # an event file that happens to end in .csv
    result = export("--export-table", "tiers", str(data), str(data))
    assert result.returncode == 1 and "refusing to write over the input" in result.stderr
    assert data.read_bytes() == BUNDLED.read_bytes()


def test_file_export_writes_what_the_window_shows(window: object, tmp_path: Path) -> None:
    from eventviewer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    titles = [a.text() for a in window.menus.export_menu.actions()]
    assert titles[:3] == ["Chart as &PNG…", "Chart as &SVG…", "&Summary as Markdown…"]
    for what, suffix in (("chart", ".svg"), ("summary", ".md"), ("categories", ".csv")):
        written = window.export_to(what, suffix, str(tmp_path / f"x{suffix}"))
        assert written is not None and written.stat().st_size > 100, what
    rows = list(csv.DictReader((tmp_path / "x.csv").open(encoding="utf-8", newline="")))
    assert [r["companies"] for r in rows] == ["161", "56", "100", "156"]


def test_an_edition_with_no_tiers_has_no_chart_to_export(window: object, tmp_path: Path) -> None:
    """Hunan 2025 states no tiers: the command says so and writes nothing, and the window's
    chart exports are greyed out (its other exports stay)."""
    from eventviewer.domain import load_event
    from eventviewer.domain.bundled import edition_path
    from eventviewer.ui.main_window import MainWindow

    out = tmp_path / "chart.png"
    result = export("--export-chart", str(out), "2025-hunan")
    assert result.returncode == 1 and not out.exists()
    assert result.stderr.endswith("(Hunan): the sources read state no investment tiers\n")
    assert isinstance(window, MainWindow)
    assert all(a.isEnabled() for a in window.menus.chart_exports)
    window.set_loaded(load_event(edition_path("2025-hunan")))
    assert window.menus.chart_exports and not any(a.isEnabled() for a in window.menus.chart_exports)
    assert window.menus.export_menu.isEnabled()


@pytest.mark.parametrize(
    ("kind", "edition", "why"),
    [
        ("tiers", "2025-hunan", "the sources read state no investment tiers"),
        ("projects", "2023-yunnan", "the file itemizes no projects"),
        ("organizations", "2023-yunnan", "the file itemizes no organizations"),
    ],
)
def test_a_table_with_nothing_to_write_is_refused_and_greyed(
    kind: str, edition: str, why: str, window: object, tmp_path: Path
) -> None:
    """They wrote a header-only CSV ("amount ( bn)") and exited 0."""
    from eventviewer.domain import load_event
    from eventviewer.domain.bundled import edition_path
    from eventviewer.ui.main_window import MainWindow

    out = tmp_path / "t.csv"
    result = export("--export-table", kind, str(out), edition)
    assert result.returncode == 1 and not out.exists()
    assert result.stderr.count("\n") == 1 and result.stderr.endswith(f": {why}\n")
    assert isinstance(window, MainWindow)
    window.set_loaded(load_event(edition_path(edition)))
    greyed = {e.kind for e, a in window.menus.exports if not a.isEnabled()}
    assert kind in greyed
    assert "summary" not in greyed
