"""Where bundled files live, from source and from a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def fonts_dir() -> Path:
    return root() / "resources" / "fonts"


def i18n_dir() -> Path:
    return root() / "i18n"
