"""Keys that work in every keyboard layout.

Alt + an underlined letter works only while the keyboard layout matches the
menu's language (an Arabic letter needs the Arabic layout). Ctrl + a Latin
letter and the F-keys are matched by the key itself, so every command of the
main window has one (listed in Help → Keyboard shortcuts), and every dialog
saves with Ctrl+S or Ctrl+Enter and closes with Esc.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S")
# The knowledge window, and an article written from the resolved ticket in the pane.
KNOWLEDGE_KEYS = "Ctrl+K"
WRITE_ARTICLE_KEYS = "Ctrl+Shift+K"


def save_keys(dialog: QWidget, save: Callable[[], object]) -> list[QShortcut]:
    """Ctrl+Enter and Ctrl+S do what the dialog's main button does, wherever
    the focus is in it (Enter alone may be a new line in a text box). A key
    the dialog already binds is left as it is (two bindings of one key in one
    window would cancel each other)."""
    bound = [s.key() for s in dialog.findChildren(QShortcut)]
    made = []
    for keys in SAVE_KEYS:
        sequence = QKeySequence(keys)
        if sequence in bound:
            continue
        made.append(QShortcut(sequence, dialog, save))
    return made


def layout_independent(sequence: QKeySequence) -> bool:
    """A shortcut matched by its key in any layout: an F-key; or Ctrl (not
    Alt, which is AltGr on many layouts) with a Latin letter, a digit or a key
    that types no character (Delete, Return, an arrow)."""
    if sequence.isEmpty():
        return False
    combination = sequence[0]  # type: ignore[index]  # PySide6 lacks the stub
    key = combination.key().value
    modifiers = combination.keyboardModifiers()
    if Qt.Key.Key_F1.value <= key <= Qt.Key.Key_F35.value:
        return True
    ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
    latin = Qt.Key.Key_A.value <= key <= Qt.Key.Key_Z.value
    digit = Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value
    special = key >= Qt.Key.Key_Escape.value  # 0x01000000 and up: no character
    return ctrl and not alt and (latin or digit or special)


# A letter from the ticket in the pane, and the letter register.
WRITE_LETTER_KEYS = "Ctrl+Shift+W"
LETTER_REGISTER_KEYS = "Ctrl+Shift+F"
NEW_MEMO_KEYS = "Ctrl+Shift+N"
