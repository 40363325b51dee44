"""Letter templates: the starter library, what a save refuses, filling in."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from desk_app.server.config_routes import kind_of
from desk_app.services.letter_dates import gregorian_text, hijri_text
from desk_app.services.letter_starters import STARTER_DOCUMENT, starter_library
from desk_app.services.letter_templates import (
    BAD_TEMPLATE_ID,
    DOCUMENT_KEY,
    NO_LANGUAGE,
    NOT_A_LIBRARY,
    TEMPLATE_ID_TWICE,
    TOO_MANY_TEMPLATES,
    UNCLOSED_PLACEHOLDER,
    UNKNOWN_KIND,
    UNKNOWN_PLACEHOLDER,
    LetterKind,
    Placeholder,
    library_body,
    parse_library,
    placeholders_in,
    render,
    render_letter,
)
from desk_app.services.messages import REQUIRED, TOO_LONG, FieldError, ValidationFailed
from desk_app.services.permissions import Right


def refused(body: Any) -> list[FieldError]:
    with pytest.raises(ValidationFailed) as caught:
        parse_library(body)
    return caught.value.errors


def one(**changes: Any) -> dict[str, Any]:
    template: dict[str, Any] = {
        "id": "ack",
        "kind": "acknowledgement",
        "name": {"ar": "إشعار", "en": "Acknowledgement"},
        "ar": {"subject": "طلبكم {{ticket_number}}", "body": "عزيزي {{customer_name}}"},
    }
    template.update(changes)
    return {"templates": [template]}


def test_the_starter_library_has_every_kind_in_both_languages() -> None:
    library = starter_library()
    assert {t.kind for t in library.templates} == set(LetterKind)
    for template in library.templates:
        assert template.has("ar") and template.has("en"), template.id
        assert template.name("ar") != template.name("en")


def test_a_library_reads_back_as_it_was_written() -> None:
    library = starter_library()
    assert parse_library(library_body(library)) == library
    assert library_body(library) == library_body(parse_library(copy.deepcopy(STARTER_DOCUMENT)))


def test_an_unknown_placeholder_is_refused_by_name_at_its_place() -> None:
    errors = refused(one(en={"subject": "Hello", "body": "Dear {{ customer_nmae }}"}))
    assert errors == [
        FieldError("templates.0.en.body", UNKNOWN_PLACEHOLDER, {"name": "customer_nmae"})
    ]
    assert errors[0].english() == ("Unknown placeholder {{customer_nmae}}: use one from the list.")


def test_a_placeholder_left_open_is_refused() -> None:
    errors = refused(one(ar={"subject": "", "body": "عزيزي {{customer_name"}))
    assert [(e.field, e.message) for e in errors] == [("templates.0.ar.body", UNCLOSED_PLACEHOLDER)]
    assert "{{name}}" in errors[0].english()


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ("not a library", "templates", NOT_A_LIBRARY),
        ({"templates": "x"}, "templates", NOT_A_LIBRARY),
        (one(id="Has Spaces"), "templates.0.id", BAD_TEMPLATE_ID),
        (one(id=""), "templates.0.id", BAD_TEMPLATE_ID),
        (one(kind="poem"), "templates.0.kind", UNKNOWN_KIND),
        (one(ar=None), "templates.0.ar.body", NO_LANGUAGE),
        (one(name={}), "templates.0.ar.name", REQUIRED),
        (one(ar={"subject": "x", "body": "   "}), "templates.0.ar.body", REQUIRED),
        (one(ar={"subject": "x", "body": "x" * 20_001}), "templates.0.ar.body", TOO_LONG),
        (one(ar={"subject": "x" * 301, "body": "x"}), "templates.0.ar.subject", TOO_LONG),
        (one(name={"ar": "x" * 121}), "templates.0.ar.name", TOO_LONG),
        (one(ar={"subject": 5, "body": "x"}), "templates.0.ar.body", NOT_A_LIBRARY),
    ],
)
def test_bad_documents_are_refused_with_the_field_named(
    body: Any, field: str, message: str
) -> None:
    assert (field, message) in [(e.field, e.message) for e in refused(body)]


def test_two_templates_with_one_code_and_too_many_templates() -> None:
    twice = one()
    twice["templates"].append(dict(twice["templates"][0]))
    assert [(e.field, e.message) for e in refused(twice)] == [("templates.1.id", TEMPLATE_ID_TWICE)]
    many = {"templates": [one(id=f"t{i}")["templates"][0] for i in range(201)]}
    assert TOO_MANY_TEMPLATES in [e.message for e in refused(many)]


def test_filling_in_every_placeholder() -> None:
    values = {p.value: f"<{p.value}>" for p in Placeholder}
    for template in starter_library().templates:
        for language in ("ar", "en"):
            letter = render_letter(template, language, values)
            assert "{{" not in letter.subject + letter.body
    text = "{{customer_name}} / {{ due_date }} / {{free_text}}"
    assert placeholders_in(text) == ["customer_name", "due_date", "free_text"]
    # A known placeholder with nothing to say for this ticket is left empty.
    assert render(text, {"customer_name": "نورة"}) == "نورة /  / "


def test_a_template_without_the_language_asked_for() -> None:
    template = parse_library(one()).templates[0]
    assert template.has("ar") and not template.has("en")
    with pytest.raises(KeyError):
        render_letter(template, "en", {})


def test_dates_in_both_calendars() -> None:
    day = date(2026, 12, 7)
    assert gregorian_text(day, "en") == "7 December 2026"
    assert gregorian_text(day, "ar") == "٧ ديسمبر ٢٠٢٦م"
    assert hijri_text(day, "ar") == "٢٧ جمادى الآخرة ١٤٤٨هـ"
    assert hijri_text(day, "en") == "27 Jumada al-Akhirah 1448 AH"
    assert hijri_text(date(1800, 1, 1), "ar") == ""  # outside Umm al-Qura's years


def test_the_server_checks_a_library_with_the_templates_right() -> None:
    kind = kind_of(DOCUMENT_KEY)
    assert kind is not None and kind.right is Right.CONFIGURE_TEMPLATES
    assert kind.problems(STARTER_DOCUMENT) == []
    problems = kind.problems(one(en={"subject": "", "body": "{{nope}}"}))
    assert problems == ["templates.0.en.body: Unknown placeholder {{nope}}: use one from the list."]
