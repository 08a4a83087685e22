"""Chinese text that copies and searches as what it says, in every PDF eventviewer writes.

Qt writes each embedded font's ToUnicode map by looking up, for every glyph, the *lowest*
Unicode code point the font maps to it. CJK fonts such as Noto Sans CJK draw a radical and the
ideograph it looks like with one glyph, and the radicals come first (U+2E80–U+2FDF), so 人
extracts as the Kangxi radical ⼈ (U+2F08) and 龙 as ⻰ (U+2EF0): search and copy fail.

The fix rewrites those entries of the uncompressed ToUnicode maps Qt writes: a Kangxi radical
goes to its compatibility decomposition (NFKC: ⼈ → 人); a radical of the supplement goes to the
unified ideograph the installed CJK font draws with the same glyph (⻰ → 龙). A code is
replaced by one of the same length, so no offset in the file moves.

Upstream: the lowest-code-point choice is Qt's (``QFontSubset`` in qtbase's
src/gui/text/qfontsubset.cpp); the same defect in the Qt that wkhtmltopdf ships is
wkhtmltopdf/wkhtmltopdf#4414. No Qt bug report for it was found (README, "Workarounds").
"""

from __future__ import annotations

import functools
import re
import unicodedata

RADICALS = range(0x2E80, 0x2FE0)
IDEOGRAPHS = (range(0x4E00, 0xA000), range(0x3400, 0x4DC0))
_CMAP = re.compile(rb"begincmap.*?endcmap", re.S)
_CODE = re.compile(rb"<(2[EF][0-9A-Fa-f]{2})>")


_BASE_FONT = re.compile(rb"/BaseFont /(?:[A-Z]{6}\+)?([A-Za-z0-9-]+)")


def repair_to_unicode(pdf: bytes) -> bytes:
    """``pdf`` with every radical in its ToUnicode maps replaced by its ideograph."""
    maps = _CMAP.findall(pdf)
    needed = {int(code, 16) for m in maps for code in _CODE.findall(m)}
    if not needed:
        return pdf
    used = tuple(sorted({m.decode() for m in _BASE_FONT.findall(pdf)}))
    table = equivalents(frozenset(needed), used)

    def replace(match: re.Match[bytes]) -> bytes:
        ideograph = table.get(int(match.group(1), 16))
        return b"<%04X>" % ideograph if ideograph is not None else match.group()

    return _CMAP.sub(lambda m: _CODE.sub(replace, m.group()), pdf)


def equivalents(radicals: frozenset[int], fonts: tuple[str, ...] = ()) -> dict[int, int]:
    """Each of ``radicals`` → its unified ideograph: NFKC for a Kangxi radical; for one of the
    supplement, the ideograph an installed CJK font draws with the same glyph — the fonts the
    PDF embeds (``fonts``: PostScript names) first, the others only while some are left."""
    found: dict[int, int] = {}
    for code in radicals:
        nfkc = unicodedata.normalize("NFKC", chr(code))
        if len(nfkc) == 1 and nfkc != chr(code) and ord(nfkc) <= 0xFFFF:
            found[code] = ord(nfkc)
    missing = sorted(radicals - set(found))
    for family in _cjk_families(fonts) if missing else ():
        glyphs = _glyphs(family)
        for code in missing:
            glyph = glyphs.radical.get(code)
            if glyph is not None and glyph in glyphs.ideograph:
                found.setdefault(code, glyphs.ideograph[glyph])
        missing = [c for c in missing if c not in found]
        if not missing:
            break
    return found


def _cjk_families(fonts: tuple[str, ...]) -> list[str]:
    """The installed CJK families, those embedded in the PDF first (NotoSansCJKjp-Regular is
    the family Noto Sans CJK JP)."""
    from PySide6.QtGui import QFontDatabase

    names = [f.lower() for f in fonts]
    families = [f for f in QFontDatabase.families() if "CJK" in f or "Han" in f]

    def embedded(family: str) -> bool:
        key = family.replace(" ", "").lower()
        return any(name.startswith(key) for name in names)

    return sorted(families, key=lambda f: not embedded(f))


class _Glyphs:
    """A font's glyph of each radical, and the first unified ideograph drawn with each glyph."""

    def __init__(self, radical: dict[int, int], ideograph: dict[int, int]) -> None:
        self.radical, self.ideograph = radical, ideograph


@functools.cache
def _glyphs(family: str) -> _Glyphs:
    from PySide6.QtGui import QFont, QRawFont

    font = QRawFont.fromFont(QFont(family))
    if not font.isValid():
        return _Glyphs({}, {})
    ideograph: dict[int, int] = {}
    for block in IDEOGRAPHS:
        text = "".join(map(chr, block))
        for code, glyph in zip(block, font.glyphIndexesForString(text), strict=True):
            if glyph:
                ideograph.setdefault(glyph, code)
    codes = list(RADICALS)
    glyphs = font.glyphIndexesForString("".join(map(chr, codes)))
    return _Glyphs({c: g for c, g in zip(codes, glyphs, strict=True) if g}, ideograph)
