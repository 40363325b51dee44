"""Changing a catalogue's JSON form in place, for the editor: adding,
removing and moving categories and extra fields, and finding the part of the
document a reader's error is about.

A part is named by its path in the JSON: ``("categories", 0, "children", 2)``
is a category, ``(..., "fields", 1)`` one of its own extra fields, ``()`` the
catalogue as a whole. The editor keeps the document as plain JSON and checks
it with the reader after every change, so nothing here validates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desk_app.services.catalogue_model import CatalogueError

Step = str | int
NodePath = tuple[Step, ...]

TOP: NodePath = ()
_INDEXED = re.compile(r"^(categories|children|fields|options|queue_rules)\[(\d+)\]")
# A reason's first quoted word that names a key the editor shows.
_QUOTED = re.compile(r'"([a-z_]+)"')


def new_category() -> dict[str, Any]:
    return {"code": "", "name": {"en": "", "ar": ""}}


def new_field() -> dict[str, Any]:
    return {"key": "", "type": "text", "label": {"en": "", "ar": ""}}


def is_field(path: NodePath) -> bool:
    return len(path) >= 2 and path[-2] == "fields"


def is_category(path: NodePath) -> bool:
    return len(path) >= 2 and path[-2] in ("categories", "children")


def node(doc: dict[str, Any], path: NodePath) -> dict[str, Any]:
    here: Any = doc
    for step in path:
        here = here[step]
    if not isinstance(here, dict):
        raise KeyError(path)
    return here


def _list_of(doc: dict[str, Any], path: NodePath) -> list[Any]:
    """The list that holds the part at ``path``."""
    holder = node(doc, path[:-2])
    found = holder.setdefault(str(path[-2]), [])
    if not isinstance(found, list):
        raise KeyError(path)
    return found


def category_of(path: NodePath) -> NodePath:
    """The category a field belongs to (a category is its own)."""
    return path[:-2] if is_field(path) else path


def add_category(doc: dict[str, Any], parent: NodePath) -> NodePath:
    """A new, empty category as the last child of ``parent`` (at the top
    level for ``TOP``); its path."""
    key = "categories" if parent == TOP else "children"
    children = node(doc, parent).setdefault(key, [])
    children.append(new_category())
    return (*parent, key, len(children) - 1)


def add_sibling(doc: dict[str, Any], path: NodePath) -> NodePath:
    """A new, empty category right after the category at ``path``."""
    if not is_category(path):
        return add_category(doc, TOP)
    siblings = _list_of(doc, path)
    index = int(path[-1]) + 1
    siblings.insert(index, new_category())
    return (*path[:-1], index)


def add_field(doc: dict[str, Any], path: NodePath) -> NodePath:
    """A new text field at the end of the category's own fields (after the
    chosen field, when a field is chosen)."""
    category = category_of(path)
    fields = node(doc, category).setdefault("fields", [])
    index = int(path[-1]) + 1 if is_field(path) else len(fields)
    fields.insert(index, new_field())
    return (*category, "fields", index)


def remove(doc: dict[str, Any], path: NodePath) -> NodePath:
    """Remove a category (with what is under it) or a field; the path to show
    next: the one that took its place, else the one before, else its parent."""
    siblings = _list_of(doc, path)
    index = int(path[-1])
    del siblings[index]
    if index < len(siblings):
        return path
    if index > 0:
        return (*path[:-1], index - 1)
    holder = path[:-2]
    if not siblings:
        node(doc, holder).pop(str(path[-2]), None)
    return holder


def move(doc: dict[str, Any], path: NodePath, step: int) -> NodePath:
    """Move a category or field up (-1) or down (+1) among its siblings; its
    new path (the same one when it cannot move further)."""
    siblings = _list_of(doc, path)
    index = int(path[-1])
    target = index + step
    if not 0 <= target < len(siblings):
        return path
    siblings[index], siblings[target] = siblings[target], siblings[index]
    return (*path[:-1], target)


def category_paths(doc: dict[str, Any]) -> list[NodePath]:
    """Every category's path, depth first in file order (as the reader reads)."""
    found: list[NodePath] = []

    def walk(items: object, prefix: NodePath, key: str) -> None:
        if not isinstance(items, list):
            return
        for index, item in enumerate(items):
            path = (*prefix, key, index)
            found.append(path)
            if isinstance(item, dict):
                walk(item.get("children"), path, "children")

    walk(doc.get("categories"), TOP, "categories")
    return found


def earlier_fields(doc: dict[str, Any], path: NodePath) -> list[dict[str, Any]]:
    """The fields a condition of the field at ``path`` may name: those its
    category inherits, then the category's own fields before it."""
    category = category_of(path)
    found: list[dict[str, Any]] = []
    steps = [category[: i + 2] for i in range(0, len(category), 2)]
    for depth, step_path in enumerate(steps):
        data = node(doc, step_path)
        if data.get("inherit_fields", True) is False:
            found = []
        own = [f for f in data.get("fields", []) if isinstance(f, dict)]
        last = depth == len(steps) - 1
        found.extend(own[: int(path[-1])] if last and is_field(path) else own)
    return found


@dataclass(frozen=True)
class ErrorPlace:
    """Where a reader's error belongs: the part (a category, a field, or the
    whole catalogue) and the key of that part's form ("" when none fits)."""

    path: NodePath
    key: str
    row: int | None = None  # an option's or a queue rule's row


def error_place(error: CatalogueError) -> ErrorPlace:
    path: NodePath = TOP
    key = ""
    row: int | None = None
    for step in error.place:
        found = _INDEXED.match(step)
        if found is None:
            key = key or step  # "name", "label", "when"
            continue
        name, index = found.group(1), int(found.group(2))
        if name in ("options", "queue_rules"):
            key, row = name, index
        else:
            path = (*path, name, index)
    return ErrorPlace(path, key or _key_in(error.reason), row)


def _key_in(reason: str) -> str:
    for start, key in (
        ("code ", "code"),
        ("key ", "key"),
        ("the default priority", "priority"),
        ("unknown type", "type"),
        ("more than", "fields"),
        ("a choice field", "options"),
        ("priority_matrix", "priority_matrix"),
        ("version", "version"),
    ):
        if reason.startswith(start):
            return key
    quoted = _QUOTED.search(reason)
    return quoted.group(1) if quoted is not None else ""
