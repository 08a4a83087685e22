"""The printed pages: real text, embedded fonts, vector chart, safe writes (their legibility
and how they fill and continue: test_legibility.py)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from eventviewer.domain import build_summary, bundled_event_path, load_event

from ..conftest import NO_DISPLAY_AT_ALL, WAIT_MS, need_tool, run_cli, with_many_tiers
from ..domain.test_summary import DERIVED, STATED


def print_pdf(out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("--print-summary", str(out), *args, unset=NO_DISPLAY_AT_ALL)  # no display


def tool(name: str, *args: str) -> str:
    return subprocess.run(
        [need_tool(name), *args], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def a4(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "summary.pdf"
    result = print_pdf(out)  # no display at all
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    return out


def pages(pdf: Path) -> int:
    found = re.search(r"^Pages:\s+(\d+)$", tool("pdfinfo", str(pdf)), re.M)
    assert found is not None
    return int(found.group(1))


@pytest.mark.parametrize(("size", "points"), [("A4", "595 x 842"), ("Letter", "612 x 792")])
def test_two_pages_of_the_right_size(size: str, points: str, tmp_path: Path) -> None:
    """The bundled summary at the type scale: its essentials on page 1, the rest on page 2."""
    out = tmp_path / f"{size}.pdf"
    assert print_pdf(out, "--page-size", size).returncode == 0
    assert pages(out) == 2
    for page in (1, 2):
        info = tool("pdfinfo", "-f", str(page), "-l", str(page), str(out))
        assert re.search(rf"^Page\s+{page} size:\s+{points} pts", info, re.M), info


def test_every_figure_is_extractable_text(a4: Path) -> None:
    laid_out = " ".join(tool("pdftotext", "-layout", str(a4), "-").split())
    text = laid_out + " " + " ".join(tool("pdftotext", str(a4), "-").split())  # columns apart
    for figure in STATED + DERIVED:
        assert figure in text, figure
    for phrase in (
        "China Industrial Transfer & Development Matchmaking Activity (Yunnan) 2023",
        "Coordinated and Open Regional Development for a Win-Win Future",
        "closing date not given in the sources read",
        "Ministry of Industry and Information Technology",
        "6. Not named in the source",
        "may overlap",
        "Derived: computed by eventviewer",
        "The Diplomatic Insight (TDI), dateline Kunming, 5 September 2023",
        "Stated in the source",  # the chart legend, as text
        "< RMB 5 bn (derived)",
    ):
        assert phrase in text, phrase
    sha = load_event(bundled_event_path()).sha256[:12]
    assert re.search(
        rf"Data file 2023-yunnan\.json · SHA-256 {sha} · schema v2 · eventviewer", text
    )


def test_fonts_embedded_and_chart_is_vector(a4: Path) -> None:
    fonts = tool("pdffonts", str(a4)).splitlines()[2:]
    assert fonts
    assert all(line.split()[-5] == "yes" for line in fonts), fonts  # the 'emb' column
    assert tool("pdfimages", "-list", str(a4)).splitlines()[2:] == []


def test_chinese_text_prints_with_real_glyphs(
    tmp_path: Path, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    name = "中国产业转移发展对接活动（云南）2023"
    event_dict["event"]["name"]["value"] = name
    event_dict["participants"]["categories"][1]["name"] = "国家级制造业单项冠军"
    out = tmp_path / "cjk.pdf"
    assert print_pdf(out, str(write_json(event_dict))).returncode == 0
    text = tool("pdftotext", str(out), "-")
    assert name in text and "国家级制造业单项冠军" in text
    fonts = tool("pdffonts", str(out))
    assert "CJK" in fonts, fonts  # a real CJK face, embedded, not boxes


def test_markup_in_data_prints_literally(
    tmp_path: Path, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    event_dict["event"]["name"]["value"] = "<b>x</b> & <img src=file:///etc/passwd>"
    out = tmp_path / "markup.pdf"
    assert print_pdf(out, str(write_json(event_dict))).returncode == 0
    assert "<b>x</b> & <img src=file:///etc/passwd>" in tool("pdftotext", str(out), "-")


def test_a_richer_file_counts_what_it_does_not_list(
    tmp_path: Path, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    ref = [{"source": "S2", "paragraph": 9}]
    event_dict["participants"]["categories"] += [
        {
            "name": f"Extra category number {i} with a fairly long descriptive name",
            "count": {"value": i, "refs": ref},
        }
        for i in range(30)
    ]
    event_dict["activities"]["theme_count"]["value"] = 40
    event_dict["activities"]["themes"] += [{"name": f"Theme {i}", "refs": ref} for i in range(30)]
    event_dict["projects"] = [{"name": f"Project {i}", "amount_bn": 1.0} for i in range(5000)]
    out = tmp_path / "rich.pdf"
    result = print_pdf(out, str(write_json(event_dict)))
    assert result.returncode == 0, result.stderr
    assert pages(out) <= 3
    text = tool("pdftotext", str(out), "-")
    assert "Itemized projects: 5,000" in text and "Project 17" not in text
    assert "… and 22 more categories (listed in the app)" in text  # 34 categories, 12 shown
    assert "… and 28 more themes (listed in the app)" in text  # 40 counted, 12 shown


def test_the_largest_lists_the_schema_allows_are_counted_not_crushed(
    tmp_path: Path, event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    ref = [{"source": "S2", "paragraph": 9}]
    event_dict["participants"]["categories"] = [
        {"name": f"Category {i} " + "with a long name " * 5, "count": {"value": i, "refs": ref}}
        for i in range(1000)
    ]
    event_dict["activities"]["theme_count"]["value"] = 1000
    event_dict["activities"]["themes"] = [{"name": f"Theme {i}", "refs": ref} for i in range(1000)]
    out = tmp_path / "largest.pdf"
    result = print_pdf(out, str(write_json(event_dict)))
    assert result.returncode == 0, result.stderr
    assert pages(out) <= 3
    text = tool("pdftotext", str(out), "-")
    assert "… and 988 more categories" in text
    assert "Data file event.json" in text  # the stamp at the foot is still on the page


def test_refuses_to_write_over_the_input_file(
    tmp_path: Path, bundled_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    data = write_json(bundled_dict, "event.pdf")  # an event file may have any name
    before = data.read_bytes()
    result = print_pdf(data, str(data))
    assert result.returncode == 1
    assert "refusing to write over the input data file" in result.stderr
    assert data.read_bytes() == before


def test_unwritable_places_give_a_clear_error(tmp_path: Path) -> None:
    for target, reason in (
        (tmp_path / "missing-folder" / "x.pdf", "does not exist"),
        (Path("/proc/eventviewer-test.pdf"), "cannot write in /proc"),
        (tmp_path / "folder.pdf", "is a directory"),
    ):
        (tmp_path / "folder.pdf").mkdir(exist_ok=True)
        result = print_pdf(target)
        assert result.returncode == 1, target
        assert reason in result.stderr and "Traceback" not in result.stderr


def test_failed_render_leaves_the_existing_pdf_untouched(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventviewer.printing import output

    out = tmp_path / "keep.pdf"
    out.write_bytes(b"%PDF-1.4 existing document %%EOF")
    loaded = load_event(bundled_event_path())

    def boom(*args: object) -> bool:
        raise RuntimeError("disk vanished mid-write")

    monkeypatch.setattr(output, "render_page", boom)
    with pytest.raises(RuntimeError):
        output.write_pdf(out, loaded, build_summary(loaded))
    assert out.read_bytes() == b"%PDF-1.4 existing document %%EOF"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.pdf"]


FULL_DISK = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
from eventviewer.cli import main
sys.exit(main(["--print-summary", sys.argv[1]]))
"""


def test_a_write_that_fails_midway_is_reported_and_keeps_the_old_pdf(tmp_path: Path) -> None:
    """A file size limit makes the writes fail after 4 KiB, as a full disk does."""
    out = tmp_path / "x.pdf"
    out.write_bytes(b"%PDF-1.4 existing document %%EOF")
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(out)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr == (  # the system's reason (it said "Writing canceled by application")
        f"eventviewer: {out}: could not be written completely: file too large; "
        "the old file was kept\n"
    )
    assert out.read_bytes() == b"%PDF-1.4 existing document %%EOF"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.pdf"]


def test_print_preview_opens_and_paints(qtbot: QtBot, window: Any) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    painted: list[object] = []
    from eventviewer.ui.print_dialogs import preview_summary

    dialog = preview_summary(window, window.loaded, window.summary, "A4")
    dialog.paintRequested.connect(painted.append)
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    preview_widget = dialog.findChild(QPrintPreviewWidget)
    assert preview_widget is not None
    preview_widget.updatePreview()
    qtbot.waitUntil(lambda: bool(painted), timeout=WAIT_MS)
    assert preview_widget.pageCount() == 2  # as printed: the same rendering
    assert dialog.isVisible()
    dialog.close()


@pytest.mark.parametrize(("tiers", "shares"), [(1000, 1), (3, 200)])
def test_a_thousand_tiers_or_two_hundred_shares_are_counted_with_the_essentials_on_page_one(
    tiers: int,
    shares: int,
    event_dict: dict[str, Any],
    write_json: Callable[..., Path],
    tmp_path: Path,
) -> None:
    """What does not fit is counted on the page, and the essentials stay on it."""
    data = write_json(with_many_tiers(event_dict, tiers, shares))
    out = tmp_path / "many.pdf"
    result = print_pdf(out, str(data))
    assert result.returncode == 0, result.stderr
    assert pages(out) <= 3
    first = " ".join(tool("pdftotext", "-l", "1", "-layout", str(out), "-").split())
    for phrase in ("Projects", "Amount", "Total"):
        assert phrase in first, phrase
    text = " ".join(tool("pdftotext", "-layout", str(out), "-").split())
    for phrase in ("Sources", "SHA-256"):
        assert phrase in text, phrase
    if tiers > 12:
        assert f"… and {tiers + 1 - 12:,} more tiers (listed in the app)" in text  # + remainder
        assert f"(the sum of the {tiers:,} stated tiers)" in text
    else:
        assert f"… and {shares - 12:,} more sector shares (listed in the app)" in text
        assert "more than 0.2% of the total amount" in text


def test_written_files_get_the_permissions_the_umask_gives(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY_AT_ALL}
    for mode, out in (
        ("--print-summary", tmp_path / "a.pdf"),
        ("--screenshot", tmp_path / "a.png"),
    ):
        subprocess.run(
            [sys.executable, "-m", "eventviewer", mode, str(out)],
            check=True,
            capture_output=True,
            env=env,
            umask=0o027,
            timeout=120,
        )
        assert out.stat().st_mode & 0o777 == 0o640, mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "a.png"]  # no temporary left


def test_no_writer_overwrites_the_event_file_it_shows(
    tmp_path: Path, bundled_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    for mode, suffix in (("--print-summary", ".pdf"), ("--screenshot", ".png")):
        data = write_json(bundled_dict, f"event{suffix}")  # an event file may have any name
        link = tmp_path / f"link{suffix}"
        link.symlink_to(data)
        before = data.read_bytes()
        for target in (data, link):
            result = run_cli(mode, str(target), str(data), unset=NO_DISPLAY_AT_ALL)
            assert result.returncode == 1, (mode, target)
            assert "refusing to write over the input data file" in result.stderr
            assert "Traceback" not in result.stderr
        assert data.read_bytes() == before


def test_outputs_never_go_inside_the_app_or_replace_a_device(tmp_path: Path) -> None:
    from eventviewer.domain import bundled_event_path

    inside = bundled_event_path().parent / "x.png"
    for fifo in ("fifo.pdf", "fifo.png"):
        os.mkfifo(tmp_path / fifo)
    for mode, out, reason in (
        ("--screenshot", inside, "refusing to write inside the installed eventviewer"),
        ("--print-summary", tmp_path / "fifo.pdf", "is not a regular file"),
        ("--screenshot", tmp_path / "fifo.png", "is not a regular file"),
    ):
        result = run_cli(mode, str(out), unset=NO_DISPLAY_AT_ALL)
        assert result.returncode == 1, (mode, out, result.stderr)
        assert reason in result.stderr and result.stderr.count("\n") == 1
    assert not inside.exists()
    assert (tmp_path / "fifo.pdf").is_fifo() and (tmp_path / "fifo.png").is_fifo()


@pytest.mark.parametrize("args", [("--screenshot", ""), ("--print-summary", ""), ("--summary", "")])
def test_an_empty_name_is_wrong_usage(args: tuple[str, str]) -> None:
    result = run_cli(*args, unset=NO_DISPLAY_AT_ALL)
    assert result.returncode == 2
    assert result.stderr == "eventviewer: an empty string is not a file name\n"


def test_long_lists_and_texts_are_shortened_visibly_and_the_stamp_stays(
    event_dict: dict[str, Any], write_json: Callable[..., Path], tmp_path: Path
) -> None:
    host = event_dict["event"]["hosts"][0]
    event_dict["event"]["hosts"] = [{**host, "name": f"Host {i} " + "x" * 490} for i in range(1000)]
    event_dict["event"]["name"]["value"] = "N" * 5000
    out = tmp_path / "long.pdf"
    result = print_pdf(out, str(write_json(event_dict)))
    assert result.returncode == 0, result.stderr
    assert pages(out) <= 4
    text = " ".join(tool("pdftotext", "-layout", str(out), "-").split())
    assert "… and 988 more hosts (listed in the app)" in text
    assert "(shortened on paper; in full in the app)" in text
    for essential in ("Projects", "RMB 396.6 bn", "Total", "Sources", "SHA-256"):
        assert essential in text, essential


STOPPED_MIDWAY = """
import os, signal, sys
from eventviewer import cli
from eventviewer.printing import output

def render_then_stop(device, *args):
    from PySide6.QtGui import QPainter
    painter = QPainter(device)  # the PDF has begun
    painter.drawText(100, 100, "a first part of the page")
    os.kill(os.getpid(), signal.SIGTERM)  # as `kill` or a logout would, while writing
    painter.end()
    return True

output.render_page = render_then_stop
sys.argv = ["eventviewer", "--print-summary", sys.argv[1]]
cli.entry()
"""


def test_a_command_stopped_while_writing_leaves_no_file_behind(tmp_path: Path) -> None:
    out = tmp_path / "stopped.pdf"
    result = subprocess.run(
        [sys.executable, "-c", STOPPED_MIDWAY, str(out)], capture_output=True, timeout=120
    )
    assert result.returncode == 128 + 15, result.stderr
    assert list(tmp_path.iterdir()) == []  # neither the PDF nor a temporary file


def test_hostile_output_paths_end_in_one_line_never_a_traceback(tmp_path: Path) -> None:
    long_name = tmp_path / ("a" * 246 + ".png")  # a legal 250-byte name
    folder = tmp_path / "folder.png"
    folder.mkdir()
    cases = [("--screenshot", long_name, 0), ("--screenshot", folder, 1)]
    cases += [("--print-summary", tmp_path / ("b" * 246 + ".pdf"), 0)]
    for mode, out, code in cases:
        result = run_cli(mode, str(out), unset=NO_DISPLAY_AT_ALL)
        assert result.returncode == code, (mode, out, result.stderr)
        assert "Traceback" not in result.stderr
        if code:
            assert result.stderr.count("\n") == 1 and "is a directory" in result.stderr
    assert long_name.is_file()
    names = ["a" * 246 + ".png", "b" * 246 + ".pdf", "folder.png"]
    assert sorted(p.name for p in tmp_path.iterdir()) == names


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to run as another user")
@pytest.mark.parametrize("where", ["sticky", "closed"])
def test_a_file_another_user_cannot_replace(tmp_path: Path, where: str) -> None:
    """Run as nobody: a sticky folder anyone may write in, holding root's read-only file; or a
    folder nobody may enter. Either way: one line, exit 1, the file as it was."""
    try:
        probe = [sys.executable, "-c", "import eventviewer"]
        subprocess.run(probe, user=65534, group=65534, extra_groups=[], check=True, timeout=60)
    except (PermissionError, subprocess.CalledProcessError):
        pytest.skip("this Python or eventviewer cannot be run as another user here")
    base = Path(tempfile.mkdtemp(dir="/tmp"))  # /tmp/pytest-of-root is closed to others
    base.chmod(0o755 if where == "sticky" else 0o700)
    folder = base / "shared"
    folder.mkdir()
    folder.chmod(0o1777)
    out = folder / "summary.pdf"
    out.write_bytes(b"%PDF-1.4 root's document %%EOF")
    out.chmod(0o444)
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY_AT_ALL}
    env["HOME"] = str(folder)
    result = subprocess.run(
        [sys.executable, "-m", "eventviewer", "--print-summary", str(out)],
        capture_output=True,
        text=True,
        env=env,
        user=65534,
        group=65534,
        extra_groups=[],
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith(f"eventviewer: {out}: ") and result.stderr.count("\n") == 1
    assert out.read_bytes() == b"%PDF-1.4 root's document %%EOF"
    assert sorted(p.name for p in folder.iterdir()) == ["summary.pdf"]
    shutil.rmtree(base)


EDITIONS = ["2023-yunnan", "2025-hunan", "2023-chongqing", "2024-heilongjiang", "2023-shaanxi"]
EDITIONS += ["2023-inner-mongolia", "2023-guangxi", "2024-gansu", "2025-sichuan"]


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_every_edition_prints_with_its_sources_as_footnotes(tmp_path: Path, paper: str) -> None:
    """One process prints each edition (as a user would, by id); each says each key figure's
    basis, numbers its sources, and puts differing reports side by side, on one page or two."""
    for edition in EDITIONS:
        out = tmp_path / f"{edition}-{paper}.pdf"
        result = print_pdf(out, edition, "--page-size", paper)
        assert result.returncode == 0, result.stderr
        assert pages(out) <= 2, edition
        text = " ".join(tool("pdftotext", "-layout", str(out), "-").split())
        assert "Sources [1]" in text or "Source [1]" in text, edition
        radicals = [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF]
        assert not radicals, f"{edition}: Chinese extracts as radicals {radicals[:5]}"
        if edition == "2023-yunnan":
            assert "signed during the event [1, 2, 3]" in text
            assert "[2] The Diplomatic Insight (TDI), dateline Kunming" in text
            assert "as of the end of June 2024 [5]" in text
            assert "Kunming Dianchi International Convention and Exhibition Center" in text
        if edition == "2025-hunan":
            assert "solicited [1]" in text and "intended investment [1]" in text
            assert "543 projects solicited during the activity" in text
            assert "Projects: 337, intended investment [2]" in text
        if edition == "2023-chongqing":
            assert "On November 19, Chongqing and Shanxi" in text
        if edition == "2024-heilongjiang":
            assert "The sources read state no projects, amounts or participants" in text
            assert "Not stated in the sources read." in text
            assert "Investment by tier" not in text


def test_radicals_in_a_to_unicode_map_become_the_ideographs_they_stand_for() -> None:
    """Qt maps a glyph shared by 人 and ⼈ to the radical; the repair maps it back, keeping
    every byte offset of the file."""
    from PySide6.QtWidgets import QApplication

    from eventviewer.printing.cjk import repair_to_unicode

    _app = QApplication.instance() or QApplication([])
    cmap = b"begincmap\n<0001> <0004> [<2F08> <2EF0> <4E2D> <2EC4>]\nendcmap"
    pdf = b"%PDF-1.4\n/BaseFont /NotoSansCJKjp-Regular\n" + cmap + b"\n<2F08> outside\n"
    fixed = repair_to_unicode(pdf)
    assert len(fixed) == len(pdf)
    assert b"[<4EBA> <9F99> <4E2D> <897F>]" in fixed  # 人 龙 中 西
    assert fixed.endswith(b"<2F08> outside\n")  # only inside the maps


def test_a_short_page_is_set_larger_until_it_fills_the_page(tmp_path: Path) -> None:
    """Content a third of a page at the type scale: set larger (never past MAX_SCALE) until the
    page is at least FILL_GOAL full, on one page, in a few tries; never smaller than 1."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from eventviewer.printing.flow import FILL_GOAL, MAX_SCALE, Block, paint_pages

    writer = QPdfWriter(str(tmp_path / "fit.pdf"))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF()
        )
    )
    rect = writer.pageLayout().paintRectPixels(writer.logicalDpiX())
    width, height = rect.width(), rect.height()
    tried: list[float] = []

    def fill(scale: float) -> float:  # a third of the page, growing as the area of its text
        return 0.34 * scale**2

    def lay_out(logical_width: float) -> tuple[list[Block], Callable[[], None]]:
        scale = width / logical_width
        tried.append(scale)
        return [Block(fill(scale) * height / scale, lambda painter, x, y: None)], lambda: None

    assert paint_pages(writer, lay_out, lambda _: pytest.fail("one page has no furniture"))
    fitting = [s for s in tried if fill(s) <= 1]
    assert min(tried) == 1.0 and max(tried) <= MAX_SCALE
    assert fill(max(fitting)) >= min(FILL_GOAL, fill(MAX_SCALE)) and len(tried) <= 7, tried


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "… and 2 more editions (listed in the app)"), ("zh", "……另有2项（详见应用内列表）")],
)
def test_a_comparison_longer_than_its_table_counts_the_rest(
    lang: str, said: str, tmp_path: Path
) -> None:
    """42 editions: the table holds 40, over three pages, and the page counts the other two
    in the reader's language. (The table's part carried to page 2 ran past its foot, its last
    rows and this note lost; and the note said "more editions" in English in any language.)"""
    from ..conftest import NO_DISPLAY_AT_ALL, REPO, need_tool, run_cli

    editions = tmp_path / "editions"
    script = REPO / "benchmarks" / "make_large_event.py"
    subprocess.run(
        [sys.executable, str(script), "--editions", "42", "--out", str(editions)], check=True
    )
    out = tmp_path / "c.pdf"
    files = sorted(str(p) for p in editions.glob("*.json"))
    result = run_cli("--print-compare", str(out), *files, "--lang", lang, unset=NO_DISPLAY_AT_ALL)
    assert result.returncode == 0, result.stderr
    text = subprocess.run([need_tool("pdftotext"), str(out), "-"], capture_output=True, text=True)
    shown = " ".join(text.stdout.split())
    assert said in shown, shown[-500:]
    # the table's last row comes before the note under the table
    assert shown.index("edition-0040.json") < shown.index(said), "the last rows are missing"
