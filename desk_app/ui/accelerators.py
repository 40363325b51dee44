"""Alt accelerators (mnemonics): what each window and each menu offers, and
where two things share a letter.

One window is one level: its labels with a buddy, its buttons, check boxes,
group boxes, tab titles and the titles of its menu bar all answer Alt+letter
at the same time. Each menu is a level of its own (its actions, and its
submenus' titles). A letter used twice on one level does not do what the
agent expects (Qt cycles between the two), so every screen is checked
in every language by ``duplicates``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QStackedWidget,
    QTabBar,
    QToolBar,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The accelerator letter of a text ("Sa&ve" → "v"), folded for
    comparison; None when it has none ("&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            following = text[i + 1]
            if following != "&":
                return following.casefold()
            i += 2
            continue
        i += 1
    return None


def plain_text(text: str) -> str:
    """A command's words as a person reads them: no accelerator marks, no
    trailing ellipsis."""
    words = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return words.removesuffix("…").removesuffix("...").strip()


def _widget_texts(window: QWidget) -> Iterator[tuple[str, QWidget]]:
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue  # a child dialog or a popup: a window of its own
        if isinstance(widget, QLabel):
            if widget.buddy() is not None:
                yield widget.text(), widget
        elif isinstance(widget, QAbstractButton):
            # A toolbar shows its actions' words without the accelerator.
            if not isinstance(widget.parentWidget(), QToolBar):
                yield widget.text(), widget
        elif isinstance(widget, QGroupBox):
            yield widget.title(), widget
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield widget.tabText(i), widget
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                yield action.text(), widget


def _menus(window: QWidget) -> Iterator[QMenu]:
    seen: set[int] = set()
    pending: list[QMenu] = []
    for bar in window.findChildren(QMenuBar):
        pending.extend(_submenus(bar.actions()))
    pending.extend(m for m in window.findChildren(QMenu) if m.window() is m)
    while pending:
        menu = pending.pop(0)
        if id(menu) in seen:
            continue
        seen.add(id(menu))
        yield menu
        pending.extend(_submenus(menu.actions()))


def _submenus(actions: list[QAction]) -> list[QMenu]:
    return [m for a in actions if isinstance(m := a.menu(), QMenu)]


def _page_of(widget: QWidget, window: QWidget) -> QWidget | None:
    """The page of a stacked widget (a console page, a tab) ``widget`` is on.
    Qt ignores the Alt letters of a hidden page, so each page is a level of its
    own, together with what the window shows beside the pages."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not window:
        if isinstance(parent, QStackedWidget):
            return child
        child, parent = parent, parent.parentWidget()
    return None


def levels(window: QWidget) -> dict[str, list[tuple[str, str]]]:
    """Each level's (letter, text) pairs: the window itself (each page of a
    stacked widget with the window's own parts), then each menu."""
    found: dict[str, list[tuple[str, str]]] = {}
    name = window.objectName() or type(window).__name__
    common: list[tuple[str, str]] = []
    pages: dict[int, tuple[QWidget, list[tuple[str, str]]]] = {}
    for text, widget in _widget_texts(window):
        letter = mnemonic(text)
        if letter is None:
            continue
        page = _page_of(widget, window)
        if page is None:
            common.append((letter, text))
        else:
            pages.setdefault(id(page), (page, []))[1].append((letter, text))
    found[name] = common
    for index, (page, pairs) in enumerate(pages.values()):
        found[f"{name} › {page.objectName() or index}"] = common + pairs
    for menu in _menus(window):
        actions: list[QAction] = [a for a in menu.actions() if not a.isSeparator()]
        label = f"{name} › {plain_text(menu.title()) or menu.objectName()}"
        found[label] = [(letter, a.text()) for a in actions if (letter := mnemonic(a.text()))]
    return found


def duplicates(window: QWidget) -> list[str]:
    """One line per letter used more than once on a level ("" when none)."""
    problems = []
    for level, pairs in levels(window).items():
        by_letter: dict[str, list[str]] = defaultdict(list)
        for letter, text in pairs:
            by_letter[letter].append(text)
        for letter, texts in by_letter.items():
            if len(texts) > 1:
                problems.append(f"{level}: Alt+{letter} on {' / '.join(texts)}")
    return problems
