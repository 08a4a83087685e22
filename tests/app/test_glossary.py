"""One Chinese term per concept: docs/glossary.md, held against every translated message."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..conftest import REPO

GLOSSARY = REPO / "docs" / "glossary.md"
TS = REPO / "resources" / "translations" / "eventviewer_zh_CN.ts"


def glossary() -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] not in ("English", "---"):
            english, chinese, avoid, _why = cells
            rows.append((english, chinese, [w for w in avoid.split("、") if w]))
    return rows


def messages() -> list[tuple[str, str]]:
    found = []
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        found.append((source.replace("&", ""), translation))
    return found


def test_the_glossary_has_its_terms() -> None:
    terms = {english for english, _, _ in glossary()}
    assert {"derived", "event file", "locator", "itemized", "estimated"} <= terms


def test_every_message_uses_the_glossary_s_chinese_term() -> None:
    wrong = []
    for english, chinese, avoid in glossary():
        word = re.compile(rf"\b{re.escape(english)}\b", re.IGNORECASE)
        for source, translation in messages():
            wanted = chinese.split(" / ")
            if (
                english != "vs"
                and word.search(source)
                and not any(w in translation for w in wanted)
            ):
                wrong.append(f"{source!r} → {translation!r}: wants {chinese}")
            for other in avoid:
                spaced = f" {other} " if other == "与" else other  # 与 as a list's joint
                if spaced in translation:
                    wrong.append(f"{source!r} → {translation!r}: says {other}, not {chinese}")
    assert not wrong, "\n".join(wrong)
