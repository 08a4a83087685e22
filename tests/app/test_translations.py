"""The window in Chinese: Qt Linguist files that are complete and current, and --lang / LANG."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eventviewer.domain.bundled import edition_ids

from ..conftest import REPO, python_output

TS = REPO / "resources" / "translations" / "eventviewer_zh_CN.ts"
QM = TS.with_suffix(".qm")
SOURCES = sorted((REPO / "src" / "eventviewer").rglob("*.py"))


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} comes with PySide6 and should be beside {sys.executable}")
    return found


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_string_has_a_chinese_translation() -> None:
    found = messages(TS)
    assert len(found) >= 100
    untranslated = [
        source
        for (_, source), message in found.items()
        if not (message.findtext("translation") or "").strip()
        or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert untranslated == []


def test_the_ts_file_holds_every_string_the_code_marks(tmp_path: Path) -> None:
    """lupdate over the code finds no string the committed .ts lacks (or keeps one it lost)."""
    fresh = tmp_path / "fresh.ts"
    args = [*map(str, SOURCES), "-ts", str(fresh), "-no-obsolete", "-locations", "none"]
    subprocess.run([tool("pyside6-lupdate"), *args], check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(TS))


def test_the_qm_file_is_compiled_from_the_ts_file(tmp_path: Path) -> None:
    out = tmp_path / "fresh.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True
    )
    assert out.read_bytes() == QM.read_bytes()


WINDOW = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from eventviewer.app import _application
app = _application("system", sys.argv[1] if len(sys.argv) > 1 else None, saved=False)
from eventviewer.ui.main_window import MainWindow
from eventviewer.ui.settings import SettingsStore
from PySide6.QtCore import QSettings
import tempfile
store = SettingsStore(QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat))
w = MainWindow(store)
print(app.property("eventviewer_language"))
print("|".join(a.text() for a in w.menuBar().actions()))
print("|".join(w.tabs.tabText(i) for i in range(w.tabs.count())))
print(w.library.windowTitle())
"""


def test_lang_zh_shows_the_window_in_chinese_and_lang_en_in_english() -> None:
    zh = python_output(WINDOW, "zh").splitlines()
    assert zh == ["zh", "文件(&F)|视图(&V)|帮助(&H)", "概览|投资档次|活动安排|参会者", "资料库"]
    en = python_output(WINDOW, "en").splitlines()
    assert en == [
        "en",
        "&File|&View|&Help",
        "Overview|Investment tiers|Activities|Participants",
        "Library",
    ]


HAN_FACE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from eventviewer.app import _application
app = _application("system", sys.argv[1], saved=False)
from PySide6.QtGui import QGuiApplication, QTextLayout
layout = QTextLayout("所令直：", QGuiApplication.font())
layout.beginLayout(); layout.createLine(); layout.endLayout()
print(sorted({run.rawFont().familyName() for run in layout.glyphRuns()}))
"""


def test_the_window_draws_han_in_simplified_chinese_shapes() -> None:
    """On a C locale, where fontconfig offers the Japanese face first: 所, 令, 直 and the
    colon in the Simplified Chinese face when the reader's language is Chinese."""
    families = python_output(HAN_FACE, "zh").strip()
    assert families == "['Noto Sans CJK SC']", families


USD_IN_CHINESE = """
import json, os, sys, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from eventviewer.app import _application
app = _application("system", "zh", saved=False)
from PySide6.QtCore import QSettings
from eventviewer.domain import bundled_event_path, load_event
from eventviewer.ui.main_window import MainWindow
from eventviewer.ui.settings import SettingsStore
data = json.loads(bundled_event_path().read_text(encoding="utf-8"))
data["investment"]["currency"] = sys.argv[1]
folder = tempfile.mkdtemp()
path = os.path.join(folder, "e.json")
open(path, "w", encoding="utf-8").write(json.dumps(data))
window = MainWindow(SettingsStore(QSettings(folder + "/s.ini", QSettings.Format.IniFormat)))
window.set_loaded(load_event(path))
window.select_tab("tiers")
chart = window.tiers.ensure_chart()
print(window.tiers.amount_button.text())
print(chart.getPlotItem().getAxis("left").labelText)
print(window.summary.key_figures[1].text)
"""


def test_amounts_in_another_currency_are_never_labelled_yi_yuan() -> None:
    """亿元 only for RMB: a USD file in the Chinese window is written in 亿美元, scaled as its
    unit says (USD 396.6 bn is 3966亿美元; 亿元 there was once ten times off and in the wrong
    currency), and a currency without a Chinese name keeps its code."""
    button, axis, amount = python_output(USD_IN_CHINESE, "USD").splitlines()
    assert "亿元" not in button + axis + amount, (button, axis, amount)
    assert "亿美元" in button and axis == "亿美元" and amount == "3966亿美元"
    *_, amount = python_output(USD_IN_CHINESE, "CHF").splitlines()
    assert amount == "3966亿CHF"
    button, axis, amount = python_output(USD_IN_CHINESE, "RMB").splitlines()
    assert "亿元" in button and axis == "亿元" and amount == "3966亿元"


SLANTED = """
import os, sys, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from eventviewer.app import _application
app = _application("system", sys.argv[1], saved=False)
from PySide6.QtCore import QSettings, Qt
from eventviewer.domain import bundled_event_path, load_event
from eventviewer.ui.main_window import MainWindow
from eventviewer.ui.settings import SettingsStore
folder = tempfile.mkdtemp()
window = MainWindow(SettingsStore(QSettings(folder + "/s.ini", QSettings.Format.IniFormat)))
window.set_loaded(load_event(bundled_event_path()))
window.select_tab("tiers")
model = window.tiers.tier_model
derived = [r for r in range(model.rowCount()) if model.record(r).derived][0]
font = model.data(model.index(derived, 0), Qt.ItemDataRole.FontRole)
print(window.overview.theme.font().italic(), font.italic())
"""


def test_no_han_is_slanted() -> None:
    """The theme and the derived tier row are italic in English; in Chinese (CJK faces have no
    italic, and Qt would slant the glyphs) they are upright, told apart by colour and mark."""
    assert python_output(SLANTED, "en").split() == ["True", "True"]
    assert python_output(SLANTED, "zh").split() == ["False", "False"]


def test_the_system_locale_chooses_chinese() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    zh = python_output(WINDOW, env={**env, "LANG": "zh_CN.UTF-8", "LANGUAGE": "zh_CN"})
    assert zh.splitlines()[0] == "zh"
    en = python_output(WINDOW, env={**env, "LANG": "en_GB.UTF-8", "LANGUAGE": "en_GB"})
    assert en.splitlines()[0] == "en"


def test_summary_in_chinese_writes_figures_the_chinese_way() -> None:
    from ..conftest import run_cli

    out = run_cli("--summary", "--lang", "zh")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert text.startswith(
        "2023中国产业转移发展对接活动(云南)\n"
    )  # the name in the reader's language
    for expected in (
        "382个项目",
        "3966亿元",
        "2023年9月3日",
        "TDI，第2段",
        "活动期间签约",
        "截至2024年6月底",
    ):
        assert expected in text, expected
    english = run_cli("--summary", "--lang", "en").stdout
    assert "382" in english and "RMB 396.6 bn" in english and "3 September 2023" in english
    assert "382个项目" not in english and "  3966亿元" not in english  # only inside quotes


def test_the_printed_pages_in_chinese_have_real_characters(tmp_path: Path) -> None:
    from ..conftest import NO_DISPLAY_AT_ALL, need_tool, run_cli

    out = tmp_path / "zh.pdf"
    result = run_cli("--print-summary", str(out), "--lang", "zh", unset=NO_DISPLAY_AT_ALL)
    assert result.returncode == 0, result.stderr
    info = subprocess.run([need_tool("pdfinfo"), str(out)], capture_output=True, text=True).stdout
    assert "Pages:           2" in info
    fonts = subprocess.run([need_tool("pdffonts"), str(out)], capture_output=True, text=True)
    assert all(" yes " in line for line in fonts.stdout.splitlines()[2:])
    # Han in its Simplified Chinese shapes, not the Japanese face a C locale falls back to
    assert "NotoSansCJKsc" in fonts.stdout and "CJKjp" not in fonts.stdout, fonts.stdout
    text = subprocess.run(
        [need_tool("pdftotext"), str(out), "-"], capture_output=True, text=True
    ).stdout
    assert not any(0x2E80 <= ord(c) <= 0x2FDF for c in text)
    for expected in (
        "382个项目",
        "3966亿元",
        "2023年9月3日",
        "分档投资情况",
        "来源",
        "第2页，共2页",
    ):
        assert expected in text, expected


def test_the_printed_comparison_chart_speaks_chinese_too(tmp_path: Path) -> None:
    """The chart's own words (an unstated figure, the lower-bound mark) follow the language."""
    from ..conftest import NO_DISPLAY_AT_ALL, need_tool, run_cli

    out = tmp_path / "zh.pdf"
    names = edition_ids()  # Shaanxi 2023: an amount not stated; Gansu 2024: "more than"
    result = run_cli("--print-compare", str(out), *names, "--lang", "zh", unset=NO_DISPLAY_AT_ALL)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        [need_tool("pdftotext"), str(out), "-"], capture_output=True, text=True
    ).stdout
    assert "▲ 下限值（来源称“超过”）" in text
    assert "not stated" not in text and "open-ended" not in text
    from ..domain.test_chinese_text import LATIN_WORD, OURS_IN_ANY_LANGUAGE, ours

    before_sources = text.split("各届来源")[0]  # the sources' own names and titles follow
    for name in names:  # the editions' ids under their names
        before_sources = ours(name, before_sources)
    english = [w for w in LATIN_WORD.findall(before_sources) if w not in OURS_IN_ANY_LANGUAGE]
    assert not english, english


def test_help_in_the_reader_s_language() -> None:
    from ..conftest import run_cli

    zh = run_cli("--help", "--lang", "zh")
    assert zh.returncode == 0 and "输出纯文本简报" in zh.stdout and "不指定“文件”" in zh.stdout
    en = run_cli("--help", "--lang", "en")
    assert "print a plain-text briefing" in en.stdout


WINDOW_WORDS = """
import os, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from eventviewer.app import _application, settle
app = _application("system", "zh", saved=False)
from PySide6.QtCore import QSettings
from eventviewer.domain.bundled import bundled_event_path
from eventviewer.ui.activities import ActivitiesTab
from eventviewer.ui.main_window import MainWindow
from eventviewer.ui.settings import SettingsStore
from eventviewer.charts.tier_chart import TierChart
store = SettingsStore(QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat))
w = MainWindow(store)
w.show()
w.open_path(bundled_event_path(), remember=False)
for i in range(w.tabs.count()):
    w.tabs.setCurrentIndex(i)
    settle(app, w)
chart = w.findChild(TierChart)
activities = w.findChild(ActivitiesTab)
print(repr(chart.accessibleName()))
print(repr(chart.bars[-1].item.toolTip()))
print(repr(activities.structure.text()))
print(repr(activities.tree.accessibleName()))
"""


def test_the_window_s_own_words_in_tooltips_and_sentences_are_chinese() -> None:
    """The tier chart's bar tooltips, the programme sentence and accessible names follow the
    language, and a derived figure's formula is written in 亿元 with its sources in Chinese."""
    name, tooltip, programme, tree = map(eval, python_output(WINDOW_WORDS).splitlines())
    assert name == "投资档次图" and tree == "活动安排结构"
    for expected in ("项目：362*", "金额：2129亿元*", "金额占比：53.7%*", "平均每个项目：5.9亿元*"):
        assert expected in tooltip, expected
    assert "3966 − 1008 − 829——依据：TDI，第2、3段" in tooltip  # amounts as on screen, in 亿元
    assert "Projects" not in tooltip and "Share of" not in tooltip and "from TDI" not in tooltip
    assert programme.replace("\u200b", "") == (  # a break opportunity after the comma
        "“1+7+2”系列活动：1场综合活动、18场专题活动（7个主题）和2场延伸活动，共21场*。"
    )


def test_audit_findings_and_derived_formulas_in_chinese(
    event_dict: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    from ..conftest import run_cli

    event_dict["participants"]["categories"][0]["count"]["value"] = 5000
    path = write_json(event_dict)
    zh = run_cli("--validate", str(path), "--lang", "zh")
    assert zh.returncode == 0
    assert zh.stderr.endswith(": warning: 5000多于参会企业总数2066家\n")
    text = run_cli("--summary", str(path), "--lang", "zh").stdout
    assert "5000多于参会企业总数2066家" in text
    assert "2129亿元* = 3966 − 1008 − 829——依据：TDI，第2、3段" in text
    assert "活动总数：21场* = 1 + 18 + 2（综合 + 专题 + 延伸）" in text
    english = run_cli("--summary", str(path), "--lang", "en").stdout
    assert "RMB 212.9 bn* = 396.6 − 100.8 − 82.9 — from TDI paragraphs 2, 3" in english


def test_the_chinese_summary_wraps_at_88_columns() -> None:
    """A wide character takes two columns; lines break between CJK characters, never before
    closing punctuation; only an unbreakable word (an address) may run past the edge."""
    import re
    import unicodedata

    from ..conftest import run_cli

    def columns(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    text = run_cli("--summary", "--lang", "zh").stdout
    for line in text.splitlines():
        assert columns(line) <= 88 or " " not in line.strip(), line
        assert not line.lstrip().startswith(("，", "。", "、", "”", "）")), line
    tiers = text[text.index("投资档次\n") :].splitlines()
    header, first = tiers[2], tiers[3]
    assert header.startswith("  档次 ") and first.startswith("  100亿元以上 ")
    ends = [[columns(row[: m.end()]) for m in re.finditer(r"\S+", row)] for row in (header, first)]
    assert ends[0][1:] == ends[1][1:]  # the figures' columns line up under their headings


def test_a_bad_file_is_reported_in_chinese_with_the_same_locations(tmp_path: Path) -> None:
    from ..conftest import run_cli

    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"schema_version": 2, "event": {"name": {"value": 5, "refs": []}}, "colour": 1}',
        encoding="utf-8",
    )
    zh = run_cli("--validate", str(bad), "--lang", "zh")
    en = run_cli("--validate", str(bad), "--lang", "en")
    assert zh.returncode == en.returncode == 1
    assert zh.stderr.splitlines() == [
        f"{bad}:$: 未知字段 `colour`",
        f"{bad}:$: 缺少必填字段 `sources`",
        f"{bad}:$.event.name.refs: 至少需要1项",
        f"{bad}:$.event.name.value: 应为文本或对象，实为整数",
    ]
    assert (
        en.stderr.splitlines()[3]
        == f"{bad}:$.event.name.value: expected text or an object, got a whole number"
    )
    truncated = tmp_path / "cut.json"
    truncated.write_text('{"schema_version": 2', encoding="utf-8")
    cut = run_cli("--validate", str(truncated), "--lang", "zh")
    assert cut.stderr == f"{truncated}:1:21: 文件意外结束（是否被截断？）\n"


COMPARE_WORDS = """
import itertools
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from eventviewer.app import _application
app = _application("system", "zh", saved=False)
from eventviewer.domain.compare import load_comparison
from eventviewer.ui.compare import CompareWindow
w = CompareWindow()
w.view.set_comparison(load_comparison(["2023-yunnan", "2025-hunan"]))
print(repr(w.view.notices.toolTip()))
print(repr(w.view.sort_box.currentText()))
"""


def test_the_comparison_explains_itself_in_chinese() -> None:
    tooltip, sort = map(eval, python_output(COMPARE_WORDS).splitlines())
    assert "口径不同的数据统计内容不同" in tooltip and "basis" not in tooltip
    assert sort == "开幕日期"


def test_the_markdown_export_in_chinese_has_chinese_headings(tmp_path: Path) -> None:
    from ..conftest import run_cli

    out = tmp_path / "zh.md"
    result = run_cli("--export-summary", str(out), "--lang", "zh")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    for heading in ("## 主要数据", "| 数据 | 数值 | 口径 | 来源 |", "## 投资档次", "## 来源"):
        assert heading in text, heading
    assert "Key figures" not in text and "*“" not in text  # no slanted Han
    # each source in Chinese punctuation, its address a link after it
    assert "1. 工人日报，发布于2023年9月7日，中文，<https://workercn.cn/" in text


def test_chinese_labels_end_in_a_full_width_colon() -> None:
    """项目：96, not 项目: 96 (the review counted ASCII colons after every Chinese label)."""
    from ..conftest import run_cli

    text = run_cli("--summary", "--lang", "zh").stdout
    assert "开幕：" in text and "闭幕：" in text and "开幕:" not in text


def test_place_names_are_chinese_for_a_chinese_reader() -> None:
    from eventviewer.domain import build_summary, load_event
    from eventviewer.domain.bundled import edition_path
    from eventviewer.domain.compare import load_comparison
    from eventviewer.domain.i18n import _State

    from ..conftest import run_cli

    text = run_cli("--summary", "--lang", "zh").stdout
    assert "中国·云南·昆明" in text and "Kunming, Yunnan" not in text
    english = build_summary(load_event(edition_path("2023-yunnan"))).place.text
    assert english == "Kunming, Yunnan, China" and _State.language == "en"
    assert [e.short for e in load_comparison(["2023-yunnan"]).editions] == ["Yunnan 2023"]


@pytest.mark.parametrize("edition", edition_ids())
def test_chinese_pages_never_part_a_number_from_its_unit(edition: str, tmp_path: Path) -> None:
    """3086亿元 stays on one line (the review found 3086亿 / 元 and 2023 / 年7月16日), and no
    line starts with a closing mark."""
    import re

    from ..conftest import NO_DISPLAY_AT_ALL, need_tool, run_cli

    out = tmp_path / "zh.pdf"
    result = run_cli("--print-summary", str(out), edition, "--lang", "zh", unset=NO_DISPLAY_AT_ALL)
    assert result.returncode == 0, result.stderr
    text = subprocess.run([need_tool("pdftotext"), str(out), "-"], capture_output=True, text=True)
    lines = [line for line in text.stdout.splitlines() if line.strip()]
    for before, after in itertools.pairwise(lines):
        assert not (re.search(r"\d$", before) and re.match(r"[亿万元个家人场项年月日%]", after)), (
            before,
            after,
        )
        assert not re.match(r"[：；，。）」”]", after), after
    # and says no English word of ours (the page's stamp names the file, its digest and format)
    from ..domain.test_chinese_text import LATIN_WORD, OURS_IN_ANY_LANGUAGE, ours, without_people

    stamp = re.compile(r"\S+\.json|SHA-256 \w+|\bv\d+\b")
    shown = without_people(ours(edition, stamp.sub("", text.stdout)), edition)
    english = [w for w in LATIN_WORD.findall(shown) if w.strip(".-") not in OURS_IN_ANY_LANGUAGE]
    assert not english, english


def test_help_and_list_say_their_own_words_in_chinese_too() -> None:
    """argparse's words (usage:, options, show this help…) and the --list table's header."""
    import re

    from ..conftest import run_cli

    shown = run_cli("--help", "--lang", "zh").stdout
    assert shown.startswith("用法：eventviewer") and "\n选项：\n" in shown, shown[:300]
    assert "显示本帮助信息并退出" in shown and "文件" in shown
    # what stays in Latin letters: options, their values and metavariables' file extensions
    prose = re.sub(r"--?[a-z-]+|\{[^}]*\}|\b(?:pdf|png|svg|csv|md|ID)\b", "", shown)
    english = re.findall(
        r"\b(?:usage|options|positional|arguments|show|help|message|exit)\b", prose
    )
    assert not english, english
    listed = run_cli("--list", "--lang", "zh").stdout.splitlines()
    assert listed[0].split() == ["ID", "年份", "省份", "城市", "开幕日期", "项目数", "金额"]
    assert "382个项目（活动期间签约）" in next(r for r in listed if r.startswith("2023-yunnan"))


def test_csv_in_chinese_names_its_columns_in_chinese_and_counts_amounts_in_yi_yuan(
    tmp_path: Path,
) -> None:
    import csv

    from ..conftest import run_cli

    out = tmp_path / "tiers.csv"
    assert run_cli("--export-table", "tiers", str(out), "--lang", "zh").returncode == 0
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0][:6] == [
        "档次",
        "项目数",
        "项目数口径",
        "项目数是否为计算值",
        "项目数来源",
        "金额（亿元）",
    ]
    top = rows[1]
    assert top[0] == "100亿元以上" and top[5] == "1008" and top[3] == "否"  # RMB 100.8 bn
    assert rows[3][3] == "是"  # the tier below 50亿元 is derived
