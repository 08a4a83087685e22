"""Place names in the reader's language: the Chinese names of China's provincial divisions and
of the host cities, for a Chinese reader (the files name places in English, as their English
sources do). A name not listed stays as the file writes it."""

from __future__ import annotations

from .i18n import chinese

CHINESE_NAMES = {
    # provincial divisions
    "anhui": "安徽", "beijing": "北京", "chongqing": "重庆", "fujian": "福建", "gansu": "甘肃",
    "guangdong": "广东", "guangxi": "广西", "guizhou": "贵州", "hainan": "海南", "hebei": "河北",
    "heilongjiang": "黑龙江", "henan": "河南", "hong kong": "香港", "hubei": "湖北",
    "hunan": "湖南", "inner mongolia": "内蒙古", "jiangsu": "江苏", "jiangxi": "江西",
    "jilin": "吉林", "liaoning": "辽宁", "macao": "澳门", "ningxia": "宁夏", "qinghai": "青海",
    "shaanxi": "陕西", "shandong": "山东", "shanghai": "上海", "shanxi": "山西",
    "sichuan": "四川", "taiwan": "台湾", "tianjin": "天津", "tibet": "西藏", "xizang": "西藏",
    "xinjiang": "新疆", "yunnan": "云南", "zhejiang": "浙江", "china": "中国",
    # the host cities of the editions
    "kunming": "昆明", "hohhot": "呼和浩特", "nanning": "南宁", "xi'an": "西安", "xian": "西安",
    "chengdu": "成都", "harbin": "哈尔滨", "lanzhou": "兰州", "changsha": "长沙",
}  # fmt: skip


def place_name(name: str | None) -> str:
    """``云南`` for ``Yunnan`` when the reader's language is Chinese, else ``name`` (or "")."""
    if not name or not chinese():
        return name or ""
    return CHINESE_NAMES.get(name.strip().casefold(), name)


def place(*parts: str) -> str:
    """The parts of a place, widest first in Chinese (``中国·云南·昆明``), narrowest first in
    English (``Kunming, Yunnan, China``): ``parts`` are given narrowest first."""
    shown = _distinct([place_name(p) for p in parts if p])
    return "·".join(reversed(shown)) if chinese() else ", ".join(shown)


def _distinct(names: list[str]) -> list[str]:
    """A city that is its own province-level division is named once: 中国·重庆, not
    中国·重庆·重庆."""
    return [n for i, n in enumerate(names) if i == 0 or n != names[i - 1]]


def province_first(province: str, city: str) -> str:
    """A library's or a list's place, the province first: ``Yunnan, Kunming`` / ``云南·昆明``."""
    shown = _distinct([place_name(p) for p in (province, city) if p])
    return ("·" if chinese() else ", ").join(shown)
