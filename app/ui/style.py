"""The look: named colours per scheme (light, dark, high contrast), a style sheet built from
them, and a text size that follows the system's font and the user's zoom.

Every colour the sheet uses is a role of `Colours`, and every rule that sets a text colour
names the background it is read on, so `text_pairs()` is the complete list of text/background
pairs; tests/unit/test_contrast.py holds each to WCAG AA in every scheme.

The per-application state (the scheme forced by a caller, the zoom, the system's font size at
start) lives in the QApplication's own properties, not in this module.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from app.resources import resource

if TYPE_CHECKING:
    from collections.abc import Iterator

LIGHT = "light"
DARK = "dark"
HIGH_CONTRAST = "high-contrast"
HIGH_CONTRAST_LIGHT = "high-contrast-light"

MIN_SCALE = 0.7
MAX_SCALE = 2.0
SCALE_STEP = 0.1

# QApplication properties (per app, so tests and the self-test each start clean)
_SCHEME_PROPERTY = "hearthScheme"  # the scheme applied now
_FORCED_PROPERTY = "hearthSchemeForced"  # "" while following the system
_SCALE_PROPERTY = "hearthTextScale"
_BASE_POINTS_PROPERTY = "hearthBasePointSize"  # the system's font size, before any zoom
_FOLLOWING_PROPERTY = "hearthFollowsSystem"  # colorSchemeChanged is connected
_SYSTEM_CONTRAST_PROPERTY = "hearthSystemContrast"  # the system palette's text contrast
_SYSTEM_DARK_PROPERTY = "hearthSystemDark"  # the system palette's window is dark


@dataclass(frozen=True)
class Colours:
    """One scheme's named colours. A role holds "#rrggbb"."""

    window: str  # the main window and the message column
    sidebar: str  # the conversation list
    base: str  # text boxes and lists
    text: str
    strong_text: str  # a message's "You" / "Assistant"
    muted: str  # hints, dates, message actions
    selected: str
    selected_text: str
    user_bubble: str
    user_border: str
    assistant_bubble: str
    assistant_border: str
    note_text: str  # a message's note ("stopped", "edited")
    banner: str
    banner_border: str
    banner_text: str
    detail_text: str  # a failed message's details
    danger: str
    warning: str
    success: str
    accent: str  # links, the edit notice, a hovered message action
    offer: str
    offer_border: str
    border: str
    divider: str
    button: str
    button_text: str
    send: str
    send_text: str
    send_disabled: str
    send_disabled_text: str
    code: str  # a code block's background (rendered Markdown)
    tooltip: str
    tooltip_text: str


SCHEMES: dict[str, Colours] = {
    LIGHT: Colours(
        window="#fbfbfa", sidebar="#f1f0ed", base="#ffffff", text="#1d2433",
        strong_text="#3b4252", muted="#57606a", selected="#dfe7f5", selected_text="#1d2433",
        user_bubble="#e8effb", user_border="#c9d6ef", assistant_bubble="#ffffff",
        assistant_border="#e0ddd6", note_text="#735619", banner="#fff4e5",
        banner_border="#f0c987", banner_text="#6b4a12", detail_text="#8a3b12",
        danger="#c21d29", warning="#845800", success="#1a7f37", accent="#1d4ed8",
        offer="#eef4ff", offer_border="#cfdcf5", border="#c3c8d1", divider="#e6e6e6",
        button="#f3f3f3", button_text="#1d2433", send="#2f6fde", send_text="#ffffff",
        send_disabled="#d5dcea", send_disabled_text="#4a5366", code="#f6f8fa",
        tooltip="#1d2433", tooltip_text="#ffffff",
    ),
    DARK: Colours(
        window="#1e1f22", sidebar="#26282c", base="#2b2d31", text="#e6e7ea",
        strong_text="#d8dee9", muted="#a7aebb", selected="#253c63", selected_text="#ffffff",
        user_bubble="#243149", user_border="#34476b", assistant_bubble="#2a2c30",
        assistant_border="#3c3f45", note_text="#e2bd74", banner="#3a2d12",
        banner_border="#7a5a1e", banner_text="#f5d9a0", detail_text="#f2a985",
        danger="#ff8a80", warning="#e3b341", success="#56d364", accent="#8ab4f8",
        offer="#1d2940", offer_border="#34476b", border="#4d525b", divider="#35383d",
        button="#35383e", button_text="#e6e7ea", send="#2563eb", send_text="#ffffff",
        send_disabled="#3a3f4a", send_disabled_text="#b4bac6", code="#1d1f23",
        tooltip="#e6e7ea", tooltip_text="#1e1f22",
    ),
    # Like Windows' "High Contrast Black": pure black and white, yellow and cyan marks
    HIGH_CONTRAST: Colours(
        window="#000000", sidebar="#000000", base="#000000", text="#ffffff",
        strong_text="#ffffff", muted="#e0e0e0", selected="#0037a6", selected_text="#ffffff",
        user_bubble="#000000", user_border="#ffffff", assistant_bubble="#000000",
        assistant_border="#ffffff", note_text="#ffff00", banner="#000000",
        banner_border="#ffff00", banner_text="#ffff00", detail_text="#ffff00",
        danger="#ff8080", warning="#ffff00", success="#3ff23f", accent="#1aebff",
        offer="#000000", offer_border="#ffffff", border="#ffffff", divider="#ffffff",
        button="#000000", button_text="#ffffff", send="#1aebff", send_text="#000000",
        send_disabled="#000000", send_disabled_text="#c0c0c0", code="#000000",
        tooltip="#ffffff", tooltip_text="#000000",
    ),
    # Like "High Contrast White": black on white, dark blue and purple marks
    HIGH_CONTRAST_LIGHT: Colours(
        window="#ffffff", sidebar="#ffffff", base="#ffffff", text="#000000",
        strong_text="#000000", muted="#202020", selected="#c8e1ff", selected_text="#000000",
        user_bubble="#ffffff", user_border="#000000", assistant_bubble="#ffffff",
        assistant_border="#000000", note_text="#5c0000", banner="#ffffff",
        banner_border="#000000", banner_text="#000000", detail_text="#5c0000",
        danger="#a00000", warning="#5c3c00", success="#005c00", accent="#00009f",
        offer="#ffffff", offer_border="#000000", border="#000000", divider="#000000",
        button="#ffffff", button_text="#000000", send="#00009f", send_text="#ffffff",
        send_disabled="#ffffff", send_disabled_text="#404040", code="#ffffff",
        tooltip="#000000", tooltip_text="#ffffff",
    ),
}

ROLES = frozenset(f.name for f in fields(Colours))


@dataclass(frozen=True)
class Rule:
    """One style sheet rule. `text` and the backgrounds are roles of Colours; `on` names
    the backgrounds the text is read on when the rule does not paint its own; `css` holds
    the rest, and may hold no colour (tests check that)."""

    selector: str
    text: str | None = None
    background: str | None = None
    on: tuple[str, ...] = ()
    border: str | None = None  # a 1px border in this role
    css: str = ""
    font_scale: float | None = None  # relative to the app's font

    def backgrounds(self) -> tuple[str, ...]:
        return (self.background,) if self.background else self.on


BUBBLES = ("user_bubble", "assistant_bubble")

RULES: tuple[Rule, ...] = (
    Rule("QMainWindow, QWidget#messageColumn", background="window", text="text"),
    Rule("QListView", background="sidebar", text="text", css="border: none;"),
    Rule("QListView::item", css="border-radius: 6px; margin: 1px 2px;"),
    Rule("QListView::item:selected", background="selected", text="selected_text"),
    Rule("QFrame#userMessage", background="user_bubble", text="text", border="user_border",
         css="border-radius: 10px;"),
    Rule("QFrame#assistantMessage", background="assistant_bubble", text="text",
         border="assistant_border", css="border-radius: 10px;"),
    Rule("QLabel#messageRole", text="strong_text", on=BUBBLES, css="font-weight: 600;"),
    Rule("QLabel#messageNote", text="note_text", on=BUBBLES, css="padding-left: 6px;"),
    Rule("QLabel#chatTitle", text="text", on=("window",), font_scale=1.4,
         css="font-weight: 600; padding: 4px 2px;"),
    Rule("QFrame#bannerFrame", background="banner", text="banner_text",
         border="banner_border", css="border-radius: 6px;"),
    Rule("QLabel#banner", text="banner_text", on=("banner",),
         css="background: transparent; border: none; padding: 2px;"),
    Rule("QFrame#bannerFrame QPushButton", background="button", text="button_text",
         border="border", css="padding: 4px 10px; border-radius: 4px;"),
    Rule("QLabel#messageDetail", text="detail_text", on=BUBBLES, css="padding: 2px 0;"),
    Rule('QLabel#messageDetail[empty="true"]', text="muted", on=BUBBLES,
         css="font-style: italic;"),
    Rule("QPushButton#showAllButton", css="padding: 4px 10px; margin-top: 4px;"),
    Rule("QLabel#draftProblem", text="danger", on=("window",), css="padding: 2px 4px;"),
    Rule("QFrame#offerBar", background="offer", text="text",
         css="border: none; border-bottom: 1px solid {offer_border};"),
    Rule("QFrame#offerBar QLabel", text="text", on=("offer",)),
    Rule("QLabel#contextMeter", text="muted", on=("window",), css="padding: 0 8px;"),
    Rule('QLabel#contextMeter[level="near"]', text="warning", on=("window",),
         css="font-weight: 600;"),
    Rule('QLabel#contextMeter[level="over"]', text="danger", on=("window",),
         css="font-weight: 600;"),
    Rule("QLabel#editNotice", text="accent", on=("window",), css="padding: 2px 4px;"),
    Rule("QPushButton#messageAction", text="muted", on=BUBBLES,
         css="padding: 1px 6px; min-width: 0;"),
    Rule("QPushButton#messageAction:hover, QPushButton#messageAction:focus", text="accent",
         on=BUBBLES),
    Rule("QLabel#messageVersion", text="muted", on=BUBBLES, css="padding: 0 2px;"),
    # room for the menu's arrow: without it the arrow covered the last letter
    Rule("QToolButton#documentsButton", css="padding-right: 18px;"),
    # a reply's sources read as links, and show where the keyboard is, as the actions do
    Rule("QPushButton#sourceButton", text="accent", on=BUBBLES,
         css="border: none; padding: 1px 4px; text-align: left;"),
    Rule("QPushButton#sourceButton:hover, QPushButton#sourceButton:focus", text="accent",
         on=BUBBLES, css="text-decoration: underline;"),
    Rule("QListWidget#pickList", background="base", text="text", border="border",
         css="border-radius: 6px;"),
    Rule("QListWidget#pickList::item", css="padding: 6px 8px; "
         "border-bottom: 1px solid {divider};"),
    Rule("QListWidget#pickList::item:selected", background="selected", text="selected_text"),
    Rule("QLabel#trimNotice", text="muted", on=("window",),
         css="font-style: italic; padding: 4px;"),
    Rule("QLabel#emptyHint", text="muted", on=("window",), font_scale=1.3,
         css="padding: 40px;"),
    Rule("QPlainTextEdit", background="base", text="text", border="border",
         css="border-radius: 8px; padding: 6px;"),
    Rule("QPushButton#sendButton", background="send", text="send_text",
         css="border-radius: 8px; padding: 8px 14px; font-weight: 600;"),
    Rule("QPushButton#sendButton:disabled", background="send_disabled",
         text="send_disabled_text"),
    Rule("QToolTip", background="tooltip", text="tooltip_text", border="border"),
)

# Text the widgets draw from the palette or from these roles themselves (the conversation
# list's delegate, rendered Markdown, the catalog's fit column), read on these backgrounds
PALETTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"), ("text", "base"), ("text", "sidebar"), ("muted", "sidebar"),
    ("muted", "base"), ("accent", "sidebar"), ("selected_text", "selected"),
    ("button_text", "button"), ("tooltip_text", "tooltip"), ("accent", "base"),
    ("accent", "user_bubble"), ("accent", "assistant_bubble"), ("text", "code"),
    ("muted", "code"), ("accent", "code"), ("success", "base"), ("warning", "base"),
    ("danger", "base"), ("muted", "window"),
    # the list's delegate draws a selected row's date in the muted colour
    ("muted", "selected"),
)


def text_pairs() -> list[tuple[str, str, str]]:
    """Every (text role, background role, where) the app shows."""
    pairs = [(rule.text, background, rule.selector)
             for rule in RULES if rule.text for background in rule.backgrounds()]
    pairs += [(text, background, "palette") for text, background in PALETTE_PAIRS]
    return pairs


def build_sheet(colours: Colours, point_size: float) -> str:
    """The style sheet in these colours; font sizes in points, relative to `point_size`
    (the app's font after zoom), so text follows the system's size and the zoom."""
    roles = {name: getattr(colours, name) for name in ROLES}
    lines = []
    for rule in RULES:
        parts = []
        if rule.background:
            parts.append(f"background: {roles[rule.background]};")
        if rule.text:
            parts.append(f"color: {roles[rule.text]};")
        if rule.border:
            parts.append(f"border: 1px solid {roles[rule.border]};")
        if rule.font_scale:
            parts.append(f"font-size: {point_size * rule.font_scale:.1f}pt;")
        if rule.css:
            parts.append(rule.css.format(**roles))
        lines.append(f"{rule.selector} {{ {' '.join(parts)} }}")
    return "\n".join(lines) + "\n"


def build_palette(colours: Colours) -> QPalette:
    """The widgets' palette in these colours, so standard widgets (menus, dialogs, combo
    boxes, the conversation list's own painting) match the sheet."""
    palette = QPalette()
    role = QPalette.ColorRole
    for qt_role, name in (
        (role.Window, "window"), (role.WindowText, "text"), (role.Base, "base"),
        (role.AlternateBase, "sidebar"), (role.Text, "text"), (role.Button, "button"),
        (role.ButtonText, "button_text"), (role.BrightText, "danger"),
        (role.Highlight, "selected"), (role.HighlightedText, "selected_text"),
        (role.Link, "accent"), (role.LinkVisited, "accent"), (role.ToolTipBase, "tooltip"),
        (role.ToolTipText, "tooltip_text"), (role.PlaceholderText, "muted"),
        (role.Light, "base"), (role.Midlight, "divider"), (role.Mid, "border"),
        (role.Dark, "border"), (role.Shadow, "border"), (role.Accent, "accent"),
    ):
        palette.setColor(QPalette.ColorGroup.All, qt_role, QColor(getattr(colours, name)))
    disabled = QPalette.ColorGroup.Disabled
    for qt_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, qt_role, QColor(colours.muted))
    return palette


# WCAG 2.x contrast


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of "#rrggbb"."""
    value = colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    light, dark = sorted((relative_luminance(first), relative_luminance(second)),
                         reverse=True)
    return (light + 0.05) / (dark + 0.05)


# following the system


def system_scheme(app: QGuiApplication) -> str:
    """The scheme the system asks for now."""
    hints = app.styleHints()
    contrast = app.property(_SYSTEM_CONTRAST_PROPERTY)
    return choose_scheme(
        hints.colorScheme(),
        hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast,
        contrast if isinstance(contrast, float) else None,
        bool(app.property(_SYSTEM_DARK_PROPERTY)))


def choose_scheme(color_scheme: Qt.ColorScheme, high_contrast: bool,
                  palette_contrast: float | None, palette_dark: bool) -> str:
    """High contrast where Qt reports it, or, where it cannot, where the system's palette
    is pure black on white or white on black; else dark or light as the system says."""
    # Ordinary light themes reach about 18:1 (black on #efefef); only pure black and white
    # reach 21
    high = high_contrast or (palette_contrast is not None and palette_contrast >= 20.0)
    if color_scheme == Qt.ColorScheme.Unknown:
        dark = palette_dark
    else:
        dark = color_scheme == Qt.ColorScheme.Dark
    if high:
        return HIGH_CONTRAST if dark else HIGH_CONTRAST_LIGHT
    return DARK if dark else LIGHT


def _remember_system(app: QApplication) -> None:
    """Before our palette replaces it, note what the system's palette says."""
    if app.property(_BASE_POINTS_PROPERTY) is not None:
        return
    font = app.font()
    points = font.pointSizeF()
    if points <= 0:  # a font set in pixels
        points = font.pixelSize() * 72 / 96
    app.setProperty(_BASE_POINTS_PROPERTY, float(points))
    palette = app.palette()
    app.setProperty(_SYSTEM_DARK_PROPERTY,
                    palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5)
    app.setProperty(_SYSTEM_CONTRAST_PROPERTY, contrast_ratio(
        palette.color(QPalette.ColorRole.Window).name(),
        palette.color(QPalette.ColorRole.WindowText).name()))


def _float_property(app: QApplication, name: str, default: float) -> float:
    value = app.property(name)
    return float(value) if isinstance(value, (int, float)) else default


def clamp_scale(scale: float) -> float:
    return round(min(MAX_SCALE, max(MIN_SCALE, scale)), 2)


def apply_style(app: QApplication, scheme: str | None = None,
                scale: float | None = None) -> None:
    """Style the app. `scheme` None follows the system (and its later changes); a name
    forces that scheme. `scale` None keeps the text size already chosen."""
    _remember_system(app)
    if scheme is not None and scheme not in SCHEMES:
        raise ValueError(f"unknown scheme {scheme!r}")
    app.setProperty(_FORCED_PROPERTY, scheme or "")
    if scale is not None:
        app.setProperty(_SCALE_PROPERTY, clamp_scale(scale))
    if not app.property(_FOLLOWING_PROPERTY):
        app.setProperty(_FOLLOWING_PROPERTY, True)
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
        hints.accessibility().contrastPreferenceChanged.connect(
            lambda _preference: _follow_system(app))
    _apply(app)
    app.setWindowIcon(QIcon(str(resource("icons", "hearth.png"))))


def _follow_system(app: QApplication) -> None:
    """The system's scheme changed: follow it, unless a caller forced one."""
    if not app.property(_FORCED_PROPERTY):
        _apply(app)


def _apply(app: QApplication) -> None:
    forced = app.property(_FORCED_PROPERTY)
    name = forced if isinstance(forced, str) and forced else system_scheme(app)
    colours = SCHEMES[name]
    points = _float_property(app, _BASE_POINTS_PROPERTY, 10.0) * text_scale(app)
    app.setStyle("Fusion")
    app.setProperty(_SCHEME_PROPERTY, name)
    app.setPalette(build_palette(colours))
    font = app.font()
    font.setPointSizeF(points)
    app.setFont(font)
    app.setStyleSheet(build_sheet(colours, points))


def current_scheme(app: QApplication) -> str:
    name = app.property(_SCHEME_PROPERTY)
    return name if isinstance(name, str) and name in SCHEMES else LIGHT


def current_colours(app: QApplication | None = None) -> Colours:
    """The colours applied now, for widgets that paint some themselves."""
    instance = app or QApplication.instance()
    if not isinstance(instance, QApplication):
        return SCHEMES[LIGHT]
    return SCHEMES[current_scheme(instance)]


def text_scale(app: QApplication) -> float:
    return _float_property(app, _SCALE_PROPERTY, 1.0)


def set_text_scale(app: QApplication, scale: float) -> float:
    """Size every text at `scale` times the system's size (bounded); returns the scale
    applied."""
    scale = clamp_scale(scale)
    if app.property(_SCHEME_PROPERTY) is None:  # not styled yet
        apply_style(app, scale=scale)
    elif scale != text_scale(app):
        app.setProperty(_SCALE_PROPERTY, scale)
        _apply(app)  # in the scheme applied now, forced or the system's
    return scale


def pairs_in_scheme(name: str) -> Iterator[tuple[str, str, str, float]]:
    """(text colour, background colour, where, ratio) for every pair, in one scheme."""
    colours = SCHEMES[name]
    for text, background, where in text_pairs():
        fg, bg = getattr(colours, text), getattr(colours, background)
        yield fg, bg, f"{where}: {text} on {background}", contrast_ratio(fg, bg)


# Pygments' style for code blocks on each scheme's `code` background
CODE_HIGHLIGHT = {LIGHT: "default", DARK: "github-dark", HIGH_CONTRAST: "bw",
                  HIGH_CONTRAST_LIGHT: "bw"}


def code_style(app: QApplication | None = None) -> str:
    """The Pygments style for code blocks in the scheme shown now."""
    instance = app or QApplication.instance()
    scheme = current_scheme(instance) if isinstance(instance, QApplication) else LIGHT
    return CODE_HIGHLIGHT[scheme]
