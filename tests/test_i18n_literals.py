"""pyside6-lupdate finds a string only where it is written as a literal in a
``tr()`` or ``QCoreApplication.translate()`` call: a helper such as
``def _tr(text): return translate("Ctx", text)`` hides every string passed to
it, and the screen stays in English in every language. Texts translated from a
variable must be declared elsewhere (listed in ALLOWED with where they are)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "desk_app"

# Calls whose text is declared as literals elsewhere: validation messages are
# marked with QT_TRANSLATE_NOOP in services/messages.py (no Qt below the UI).
ALLOWED = {
    "QCoreApplication.translate(VALIDATION, error.message)",
    # Refusals are marked with QT_TRANSLATE_NOOP in services/permissions.py (REASONS).
    "QCoreApplication.translate(PERMISSIONS, message)",
}


def _dynamic_calls(path: Path) -> list[str]:
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        name = node.func.attr
        if name == "tr":
            text = node.args[0] if node.args else None
        elif name == "translate" and len(node.args) >= 2:
            text = node.args[1]
        else:
            continue
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            continue
        found.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_every_translated_text_is_a_literal_lupdate_can_see() -> None:
    found = [c for p in sorted(ROOT.rglob("*.py")) for c in _dynamic_calls(p)]
    assert [c for c in found if c.split(": ", 1)[1] not in ALLOWED] == []
