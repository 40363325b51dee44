"""The Arabic wording rules (docs/rtl-and-language.md), checked on the .ts
file itself: one term for the service level and for a queue, counts with the
dual in words, buttons in the imperative like Qt's own, no Latin in messages."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{\w+\}|%L?n|%\d")


def messages() -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, numerus) of every current message."""
    found = []
    tree = ET.parse(ROOT / "i18n" / "desk_app_ar.ts")
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            texts = [f.text or "" for f in translation.findall("numerusform")] if numerus else []
            found.append(
                (name, message.findtext("source") or "", texts or [translation.text or ""], numerus)
            )
    return found


def translation(context: str, source: str) -> str:
    for name, text, translations, _numerus in messages():
        if (name, text) == (context, source):
            return translations[0]
    raise AssertionError(f"no message {context}/{source!r}")


def test_one_term_for_the_service_level() -> None:
    # SLA = مستوى الخدمة; a due time = الموعد. Not "الاتفاقية", not "المهلة".
    for _context, source, texts, _numerus in messages():
        for text in texts:
            assert "المهلة" not in text and "الاتفاقية" not in text, (source, text)
        if re.search(r"\bSLA\b|service level", source, re.I):
            # The term, or its plural for "service levels".
            assert all("مستوى الخدمة" in t or "مستويات الخدمة" in t for t in texts), (
                source,
                texts,
            )


def test_a_queue_has_one_name() -> None:
    for _context, source, texts, _numerus in messages():
        if re.search(r"\bqueues?\b", source, re.I) and "{queue}" not in source.lower():
            assert all(
                "قائمة الانتظار" in t or "قوائم" in t or "قائمة انتظار" in t for t in texts
            ), (
                source,
                texts,
            )


def test_counts_say_one_and_two_in_words() -> None:
    """Arabic says "تذكرتان", not "٢ تذكرة": the one and two forms of a count
    carry no number (a count in brackets, like "(%Ln)", is a figure and stays)."""
    for _context, source, texts, numerus in messages():
        if not numerus or "(%Ln)" in source:
            continue
        assert len(texts) == 6, source
        assert "%Ln" not in texts[1] and "%Ln" not in texts[2], (source, texts)


def test_buttons_speak_as_qts_own() -> None:
    assert translation("IntakeDialog", "Save (Ctrl+Enter)").startswith("احفظ")
    assert translation("TicketDetailPanel", "Add &note").replace("&", "").startswith("أضف")
    resolve = translation("ResolveDialog", "&Resolve").replace("&", "")
    solution = translation("ResolveDialog", "&Solution").replace("&", "")
    assert resolve != solution and solution not in resolve.split()


def test_the_window_title_does_not_repeat_itself() -> None:
    title = translation("MainWindow", "Maktab — service desk")
    assert title.count("مكتب") == 1


@pytest.mark.parametrize("context", ["Validation", "Errors"])
def test_messages_carry_no_latin_words(context: str) -> None:
    for name, source, texts, _numerus in messages():
        if name != context:
            continue
        for text in texts:
            assert not re.search("[A-Za-z]", PLACEHOLDER.sub("", text)), (source, text)
