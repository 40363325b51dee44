"""Letter templates: the library an administrator keeps of the desk's written
replies (seed 003: rejection letters, requests for information, follow-ups,
internal memos), each in Arabic and English.

A template's subject and body hold placeholders written ``{{name}}``; the
names are the fixed set in ``Placeholder``, filled from the ticket, the
customer, the branch and the person writing (services.letter_values). A
placeholder the library does not know is refused when the template is
saved, never printed blank: a letter that silently lost the customer's name
is worse than one that cannot be saved.

The library is one configuration document ("letter_templates", versioned and
synced through services.config_store like the catalogue); until an
administrator saves one, the starter library below is in force.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desk_app.services.messages import (
    QT_TRANSLATE_NOOP,
    REQUIRED,
    TOO_LONG,
    FieldError,
    ValidationFailed,
)

DOCUMENT_KEY = "letter_templates"
LANGUAGES = ("ar", "en")
NAME_MAX = 120
SUBJECT_MAX = 300
BODY_MAX = 20_000
TEMPLATES_MAX = 200
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
# "{{ name }}": spaces inside the braces are allowed, as people type them.
_PLACEHOLDER = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")

UNKNOWN_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "Validation", "Unknown placeholder {{{{{name}}}}}: use one from the list."
)
UNCLOSED_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "Validation", "A placeholder is not closed: write it as {{{{name}}}}."
)
NO_LANGUAGE = QT_TRANSLATE_NOOP("Validation", "A template needs its Arabic or English text.")
BAD_TEMPLATE_ID = QT_TRANSLATE_NOOP(
    "Validation", "A template code is lower-case Latin letters, digits, - and _."
)
TEMPLATE_ID_TWICE = QT_TRANSLATE_NOOP("Validation", "Two templates have the code {code}.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("Validation", "Unknown kind of letter.")
TOO_MANY_TEMPLATES = QT_TRANSLATE_NOOP("Validation", "At most {limit} templates are allowed.")
NOT_A_LIBRARY = QT_TRANSLATE_NOOP("Validation", "This is not a library of letter templates.")


class LetterKind(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    REQUEST_FOR_INFORMATION = "request_for_information"
    FOLLOW_UP = "follow_up"
    RESOLUTION = "resolution"
    REJECTION = "rejection"
    COMPLAINT_RESPONSE = "complaint_response"
    INTERNAL_MEMO = "internal_memo"


class Placeholder(StrEnum):
    """Everything a letter may say about its ticket; dates come in both
    calendars because Arabic correspondence dates a letter in both."""

    CUSTOMER_NAME = "customer_name"
    CUSTOMER_TITLE = "customer_title"  # "Mr", "Dr", "الأستاذ": as typed on the customer
    TICKET_NUMBER = "ticket_number"
    TICKET_SUBJECT = "ticket_subject"
    OPENED_DATE = "opened_date"
    OPENED_DATE_HIJRI = "opened_date_hijri"
    TODAY = "today"
    TODAY_HIJRI = "today_hijri"
    DUE_DATE = "due_date"
    DUE_DATE_HIJRI = "due_date_hijri"
    AGENT_NAME = "agent_name"
    BRANCH_NAME = "branch_name"
    REFERENCE = "reference"  # the letter register's reference
    FREE_TEXT = "free_text"  # what the writer adds for this letter


KNOWN = frozenset(p.value for p in Placeholder)


@dataclass(frozen=True)
class LetterText:
    subject: str
    body: str


@dataclass(frozen=True)
class LetterTemplate:
    id: str
    kind: LetterKind
    names: Mapping[str, str]  # language -> the template's name
    texts: Mapping[str, LetterText]  # language -> its text; at least one

    def name(self, language: str) -> str:
        return self.names.get(language) or next(iter(self.names.values()), self.id)

    def has(self, language: str) -> bool:
        return language in self.texts


@dataclass(frozen=True)
class TemplateLibrary:
    templates: tuple[LetterTemplate, ...] = field(default_factory=tuple)

    def get(self, template_id: str) -> LetterTemplate | None:
        return next((t for t in self.templates if t.id == template_id), None)

    def of_kind(self, kind: LetterKind) -> tuple[LetterTemplate, ...]:
        return tuple(t for t in self.templates if t.kind is kind)


def placeholders_in(text: str) -> list[str]:
    """The placeholder names ``text`` uses, in order, as written."""
    return [match.group(1) for match in _PLACEHOLDER.finditer(text)]


def text_problems(path: str, text: str, limit: int) -> list[FieldError]:
    """What is wrong with one subject or body: too long, an unknown
    placeholder (named), a pair of braces opened and never closed."""
    problems: list[FieldError] = []
    if len(text) > limit:
        problems.append(FieldError(path, TOO_LONG, {"length": len(text), "limit": limit}))
    for name in placeholders_in(text):
        if name not in KNOWN:
            problems.append(FieldError(path, UNKNOWN_PLACEHOLDER, {"name": name}))
    if "{{" in _PLACEHOLDER.sub("", text):
        problems.append(FieldError(path, UNCLOSED_PLACEHOLDER))
    return problems


def parse_library(body: Any) -> TemplateLibrary:
    """The library a document holds; ValidationFailed naming every problem by
    its place ("templates.2.ar.body")."""
    if not isinstance(body, Mapping) or not isinstance(body.get("templates"), list):
        raise ValidationFailed([FieldError("templates", NOT_A_LIBRARY)])
    items: list[Any] = body["templates"]
    problems: list[FieldError] = []
    if len(items) > TEMPLATES_MAX:
        problems.append(FieldError("templates", TOO_MANY_TEMPLATES, {"limit": TEMPLATES_MAX}))
    templates: list[LetterTemplate] = []
    seen: set[str] = set()
    for index, item in enumerate(items[:TEMPLATES_MAX]):
        template = _template(f"templates.{index}", item, problems)
        if template is None:
            continue
        if template.id in seen:
            problems.append(
                FieldError(f"templates.{index}.id", TEMPLATE_ID_TWICE, {"code": template.id})
            )
        seen.add(template.id)
        templates.append(template)
    if problems:
        raise ValidationFailed(problems)
    return TemplateLibrary(tuple(templates))


def _template(path: str, item: Any, problems: list[FieldError]) -> LetterTemplate | None:
    if not isinstance(item, Mapping):
        problems.append(FieldError(path, NOT_A_LIBRARY))
        return None
    before = len(problems)
    template_id = item.get("id")
    if not isinstance(template_id, str) or not ID_PATTERN.match(template_id):
        problems.append(FieldError(f"{path}.id", BAD_TEMPLATE_ID))
    kind = next((k for k in LetterKind if k.value == item.get("kind")), None)
    if kind is None:
        problems.append(FieldError(f"{path}.kind", UNKNOWN_KIND))
    names = {}
    texts = {}
    for language in LANGUAGES:
        name = item.get("name", {}).get(language, "") if isinstance(item.get("name"), dict) else ""
        if not isinstance(name, str):
            name = ""
        if len(name) > NAME_MAX:
            problems.append(
                FieldError(
                    f"{path}.{language}.name", TOO_LONG, {"length": len(name), "limit": NAME_MAX}
                )
            )
        elif name.strip():
            names[language] = name.strip()
        text = item.get(language)
        if text is None:
            continue
        subject = text.get("subject", "") if isinstance(text, Mapping) else ""
        letter = text.get("body", "") if isinstance(text, Mapping) else ""
        if not isinstance(subject, str) or not isinstance(letter, str):
            problems.append(FieldError(f"{path}.{language}.body", NOT_A_LIBRARY))
            continue
        if not letter.strip():
            problems.append(FieldError(f"{path}.{language}.body", REQUIRED))
        problems += text_problems(f"{path}.{language}.subject", subject, SUBJECT_MAX)
        problems += text_problems(f"{path}.{language}.body", letter, BODY_MAX)
        texts[language] = LetterText(subject.strip(), letter.strip())
    if not texts and len(problems) == before:
        problems.append(FieldError(f"{path}.ar.body", NO_LANGUAGE))
    if not names and len(problems) == before:
        problems.append(FieldError(f"{path}.{LANGUAGES[0]}.name", REQUIRED))
    if len(problems) != before or kind is None:
        return None
    return LetterTemplate(str(template_id), kind, names, texts)


def library_body(library: TemplateLibrary) -> dict[str, Any]:
    """The document that reads back as ``library``."""
    return {
        "templates": [
            {
                "id": t.id,
                "kind": t.kind.value,
                "name": dict(t.names),
                **{lang: {"subject": x.subject, "body": x.body} for lang, x in t.texts.items()},
            }
            for t in library.templates
        ]
    }


def render(text: str, values: Mapping[str, str]) -> str:
    """``text`` with its placeholders filled in. Only a library that parsed
    reaches here, so every name is known; a known one with no value for
    this ticket (no due date on a closed ticket) is left empty."""
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), ""), text)


def render_letter(template: LetterTemplate, language: str, values: Mapping[str, str]) -> LetterText:
    """The letter in ``language``; KeyError when the template has no text in
    it (the caller says so: an Arabic customer needs the Arabic text)."""
    text = template.texts[language]
    return LetterText(render(text.subject, values), render(text.body, values))
