"""pyside6-lupdate finds a string only where it is written as a literal in a
``tr()`` or ``QCoreApplication.translate()`` call: a helper such as
``def _tr(text): return translate("Ctx", text)`` hides every string passed to
it, and the screen stays in English in every language. Texts translated from a
variable must belong to a context declared elsewhere (DECLARED_CONTEXTS)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "desk_app"

# Calls whose text is declared as literals elsewhere: validation messages are
# marked with QT_TRANSLATE_NOOP in services/messages.py (no Qt below the UI).
# Contexts whose messages are declared as literals below the UI with
# QT_TRANSLATE_NOOP (services/messages.py, services/permissions.REASONS) and
# translated from the object that carries them.
DECLARED_CONTEXTS = {"VALIDATION", "PERMISSIONS", "'Permissions'"}


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
        if name == "translate" and ast.unparse(node.args[0]) in DECLARED_CONTEXTS:
            continue
        found.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_every_translated_text_is_a_literal_lupdate_can_see() -> None:
    found = [c for p in sorted(ROOT.rglob("*.py")) for c in _dynamic_calls(p)]
    assert found == []
