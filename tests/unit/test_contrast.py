"""Every text/background pair the style uses is legible: WCAG AA (4.5:1) in every scheme."""

from __future__ import annotations

import re

import pytest

from app.ui.style import (
    RULES,
    SCHEMES,
    build_sheet,
    contrast_ratio,
    pairs_in_scheme,
    relative_luminance,
    text_pairs,
)

WCAG_AA = 4.5


def test_luminance_and_ratio_match_wcag() -> None:
    assert relative_luminance("#000000") == 0.0
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    # WCAG's own example figures: #767676 on white is the lightest grey that passes AA
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < WCAG_AA


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_every_text_pair_meets_aa(scheme: str) -> None:
    failing = [f"{where}: {fg} on {bg} is {ratio:.2f}:1"
               for fg, bg, where, ratio in pairs_in_scheme(scheme) if ratio < WCAG_AA]
    assert not failing, "\n".join(failing)


def test_the_old_greys_would_fail() -> None:
    """The light sheet's hint grey before the schemes: the test can fail."""
    assert contrast_ratio("#8a8f98", "#fbfbfa") < WCAG_AA


def test_every_rule_with_text_names_its_background() -> None:
    for rule in RULES:
        if rule.text:
            assert rule.backgrounds(), f"{rule.selector} sets a text colour on nothing named"


def test_no_colour_reaches_the_sheet_outside_the_roles() -> None:
    """A rule's free css holds no colour of its own: a colour is a role, so its pair is
    data the contrast test sees."""
    for rule in RULES:
        assert not re.search(r"#[0-9a-fA-F]{3}|rgb|\bcolor\s*:|\bwhite\b|\bblack\b",
                             rule.css), rule.selector
    for scheme in SCHEMES.values():
        sheet = build_sheet(scheme, 10.0)
        # every "color:" in the built sheet comes from a rule's text role
        assert sheet.count("color:") == sum(1 for rule in RULES if rule.text)


def test_sheet_sizes_text_in_points_never_pixels() -> None:
    small, large = build_sheet(SCHEMES["light"], 9.0), build_sheet(SCHEMES["light"], 18.0)
    assert not re.search(r"font-size:\s*[\d.]+px", small)
    sizes = [float(s) for s in re.findall(r"font-size:\s*([\d.]+)pt", small)]
    assert sizes and [float(s) for s in re.findall(r"font-size:\s*([\d.]+)pt", large)] == \
        [pytest.approx(2 * s, abs=0.1) for s in sizes]


def test_pairs_cover_each_scheme_alike() -> None:
    pairs = text_pairs()
    assert len(pairs) > 40
    for scheme in SCHEMES:
        assert len(list(pairs_in_scheme(scheme))) == len(pairs)
