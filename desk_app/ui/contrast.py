"""Text colours that stay readable on the palette in use.

A coloured word in the list or the reading pane (a priority, a service-level
state, an error) must reach WCAG's 4.5:1 against every background it is
drawn on: the list's rows (Base and AlternateBase) and the pane (Window).
The chosen colours pass on the light palettes; ``readable`` keeps that true
on any other palette (a dark theme, a high-contrast one) by darkening or
lightening the colour, keeping its hue, until it does.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QGuiApplication, QPalette

MINIMUM = 4.5
ROWS = (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
PANE = (QPalette.ColorRole.Window,)


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def backgrounds(
    palette: QPalette | None = None,
    roles: Iterable[QPalette.ColorRole] = (*ROWS, *PANE),
) -> list[QColor]:
    palette = palette or QGuiApplication.palette()
    return [palette.color(QPalette.ColorGroup.Active, role) for role in roles]


def readable(colour: QColor | str, palette: QPalette | None = None) -> QColor:
    """``colour`` itself if it reads at 4.5:1 on the list's rows and the pane,
    else the nearest shade of it (towards black on light backgrounds, towards
    white on dark ones) that does."""
    wanted = QColor(colour)
    grounds = backgrounds(palette)
    if all(contrast_ratio(wanted, g) >= MINIMUM for g in grounds):
        return wanted
    dark_ground = sum(relative_luminance(g) for g in grounds) / len(grounds) < 0.18
    # A grey's hue is -1: it has none to keep.
    hue, saturation = max(wanted.hslHueF(), 0.0), wanted.hslSaturationF()
    lightness, alpha = wanted.lightnessF(), wanted.alphaF()
    step = 0.02 if dark_ground else -0.02
    shade = QColor(wanted)
    while 0.0 <= lightness <= 1.0:
        lightness += step
        shade = QColor.fromHslF(hue, saturation, min(max(lightness, 0.0), 1.0), alpha)
        if all(contrast_ratio(shade, g) >= MINIMUM for g in grounds):
            return shade
    return QColor("white" if dark_ground else "black")
