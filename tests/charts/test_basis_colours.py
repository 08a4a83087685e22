"""One colour per basis: fixed, the same in every chart on screen (light, dark) and on paper,
and told apart by people with the common colour-vision deficiencies."""

from __future__ import annotations

import itertools
import typing

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from eventviewer.charts.compare_chart import BASIS_COLOURS, NOT_STATED_COLOUR, CompareChart, Style
from eventviewer.charts.tier_chart import print_colours, screen_colours
from eventviewer.domain.bundled import edition_ids
from eventviewer.domain.compare import CHARTED, SortKey, load_comparison
from eventviewer.domain.formatting import NO_BASIS
from eventviewer.domain.schema import InvestmentBasis

# Machado, Oliveira & Fernandes (2009), severity 1: linear RGB to what the viewer sees.
SIMULATIONS = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                   [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                     [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                   [0.004733, 0.691367, 0.303900]],
    "typical": [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
}  # fmt: skip
APART = 15.0  # CIELAB ΔE*ab: clearly different at a glance


def lab(colour: str, simulation: str) -> typing.Any:
    srgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)], float) / 255
    linear = np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)
    seen = np.clip(np.array(SIMULATIONS[simulation]) @ linear, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    t = (xyz @ seen) / np.array([0.95047, 1.0, 1.08883])
    f = np.where(t > 0.008856, np.cbrt(t), 7.787 * t + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_every_charted_basis_has_its_own_colour_and_fill() -> None:
    bases = typing.get_args(typing.get_args(InvestmentBasis)[0])
    assert set(bases) == set(BASIS_COLOURS)
    looks = [
        (Style(b, print_colours()).colour.name(), Style(b, print_colours()).solid) for b in bases
    ]
    looks.append((NOT_STATED_COLOUR, Style(NO_BASIS, print_colours()).solid))
    assert len(set(looks)) == len(looks), "two bases drawn alike"


@pytest.mark.parametrize("simulation", list(SIMULATIONS))
def test_bases_drawn_with_the_same_fill_stay_apart_with_colour_blindness(simulation: str) -> None:
    colours = {**BASIS_COLOURS, NO_BASIS: NOT_STATED_COLOUR}
    for solid in (True, False):
        group = {b: c for b, c in colours.items() if Style(b, print_colours()).solid == solid}
        for (a, ca), (b, cb) in itertools.combinations(group.items(), 2):
            apart = float(np.linalg.norm(lab(ca, simulation) - lab(cb, simulation)))
            assert apart >= APART, f"{a} and {b}: ΔE {apart:.1f} under {simulation}"


def test_a_basis_keeps_its_colour_whatever_is_charted_beside_it(qtbot: QtBot) -> None:
    """Four editions and all thirteen, amount and projects, sorted two ways, light and dark
    screens and paper: each basis has one colour (and one fill on white)."""
    from PySide6.QtGui import QPalette

    seen: dict[str, set[tuple[str, bool]]] = {}
    fills: dict[str, set[str]] = {}
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, "#202020"),
        (QPalette.ColorRole.Window, "#202020"),
    ):
        dark.setColor(role, colour)
    media = {"light": None, "dark": screen_colours(dark), "paper": print_colours()}
    four = ["2023-yunnan", "2023-guangxi", "2024-gansu", "2025-hunan"]
    sorts: tuple[SortKey, ...] = ("date", "amount")
    for names in (four, edition_ids()):
        comparison = load_comparison(names)
        for figure, sort, (medium, colours) in itertools.product(CHARTED, sorts, media.items()):
            chart = CompareChart()
            qtbot.addWidget(chart)
            chart.set_colours(colours)
            chart.set_comparison(comparison.sorted_by(sort), figure)
            for basis, style in chart.styles.items():
                seen.setdefault(basis, set()).add((style.colour.name(), style.solid))
                if medium != "dark":
                    fills.setdefault(basis, set()).add(style.fill.name())
    assert {"signed", "solicited", "expected"} <= set(seen)
    assert all(len(looks) == 1 for looks in seen.values()), seen
    assert all(len(f) == 1 for f in fills.values()), fills
