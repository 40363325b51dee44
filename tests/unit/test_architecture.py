"""The layers below the UI never import Qt (DESIGN.md §1): they are used by the
server, the admin command line and the tests without a display."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import desk_app

QT_FREE = ("models", "storage", "services", "sync", "server")
PACKAGE_DIR = Path(desk_app.__file__).parent

# Alembic's env.py runs migrations when imported; Alembic loads it, not Python.
SKIP = ("desk_app.storage.migrations.env",)

# Runs in a fresh interpreter, so nothing imported by this test session counts.
_IMPORT_ALL = """
import importlib, json, pkgutil, sys
imported, missing = [], []
for name in {packages!r}:
    full = "desk_app." + name
    try:
        package = importlib.import_module(full)
    except ModuleNotFoundError as error:
        if error.name == full:  # the package does not exist yet
            missing.append(full)
            continue
        raise
    imported.append(full)
    path = getattr(package, "__path__", None)
    if path is None:
        continue
    for info in pkgutil.walk_packages(path, full + "."):
        if info.name in {skip!r}:
            continue
        importlib.import_module(info.name)
        imported.append(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({{"imported": imported, "missing": missing, "qt": qt}}))
"""


def test_lower_layers_import_no_qt() -> None:
    script = _IMPORT_ALL.format(packages=QT_FREE, skip=SKIP)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    # The walk really reached the modules (a broken walk would pass vacuously).
    for module in (
        "desk_app.models.tickets",
        "desk_app.storage.db",
        "desk_app.storage.migrate",
        "desk_app.services.intake",
        "desk_app.services.ticket_list",
        "desk_app.storage.migrations.versions.0001_initial_schema",
    ):
        assert module in report["imported"]
    assert report["qt"] == [], f"Qt imported by the lower layers: {report['qt']}"


_QT_IMPORT = re.compile(r"^\s*(?:import|from)\s+(?:PySide6|shiboken6)\b", re.MULTILINE)


def test_lower_layers_have_no_qt_import_statement() -> None:
    """Also catches imports inside functions, which the import walk never runs."""
    offenders = []
    scanned = 0
    for name in QT_FREE:
        for source in sorted((PACKAGE_DIR / name).rglob("*.py")):
            scanned += 1
            if _QT_IMPORT.search(source.read_text("utf-8")):
                offenders.append(str(source.relative_to(PACKAGE_DIR.parent)))
    assert scanned > 10
    assert offenders == []


def test_static_check_recognises_qt_imports() -> None:
    assert _QT_IMPORT.search("from PySide6.QtCore import QObject")
    assert _QT_IMPORT.search("def f():\n    import PySide6\n")
    assert not _QT_IMPORT.search("# we never import PySide6 here")
