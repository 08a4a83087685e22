"""Chinese text that copies and searches as what it says, in every PDF eventviewer writes.

Qt writes each embedded font's ToUnicode map by looking up, for every glyph, the *lowest*
Unicode code point the font maps to it. CJK fonts such as Noto Sans CJK draw a radical and the
ideograph it looks like with one glyph, and the radicals come first (U+2E80–U+2FDF), so 人
extracts as the Kangxi radical ⼈ (U+2F08) and 龙 as ⻰ (U+2EF0): search and copy fail.

The fix rewrites those entries of the uncompressed ToUnicode maps Qt writes: a Kangxi radical
goes to its compatibility decomposition (NFKC: ⼈ → 人); a radical of the supplement goes to the
unified ideograph the installed CJK font draws with the same glyph (⻰ → 龙). A code is
replaced by one of the same length, so no offset in the file moves.
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
    if not _CODE.search(pdf):
        return pdf
    used = tuple(sorted({m.decode() for m in _BASE_FONT.findall(pdf)}))
    table = equivalents(used)

    def replace(match: re.Match[bytes]) -> bytes:
        ideograph = table.get(int(match.group(1), 16))
        return b"<%04X>" % ideograph if ideograph is not None else match.group()

    return _CMAP.sub(lambda m: _CODE.sub(replace, m.group()), pdf)


@functools.cache
def equivalents(fonts: tuple[str, ...] = ()) -> dict[int, int]:
    """Radical → unified ideograph: NFKC for the Kangxi radicals, the shared glyph of the
    installed CJK fonts for the supplement — first the fonts the PDF embeds (``fonts``: their
    PostScript names)."""
    found: dict[int, int] = {}
    for code in RADICALS:
        nfkc = unicodedata.normalize("NFKC", chr(code))
        if len(nfkc) == 1 and nfkc != chr(code) and ord(nfkc) <= 0xFFFF:
            found[code] = ord(nfkc)
    missing = [c for c in RADICALS if c not in found]
    for family in _cjk_families(fonts):
        for code, ideograph in _same_glyph(family, missing).items():
            found.setdefault(code, ideograph)
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


def _same_glyph(family: str, radicals: list[int]) -> dict[int, int]:
    """The unified ideograph ``family`` draws with each radical's glyph (the first of several)."""
    from PySide6.QtGui import QFont, QRawFont

    font = QRawFont.fromFont(QFont(family))
    if not font.isValid():
        return {}
    by_glyph: dict[int, int] = {}
    for block in IDEOGRAPHS:
        text = "".join(map(chr, block))
        for code, glyph in zip(block, font.glyphIndexesForString(text), strict=True):
            if glyph:
                by_glyph.setdefault(glyph, code)
    glyphs = font.glyphIndexesForString("".join(map(chr, radicals)))
    return {r: by_glyph[g] for r, g in zip(radicals, glyphs, strict=True) if g in by_glyph}
