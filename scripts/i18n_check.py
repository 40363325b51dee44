"""Checks (and for the source language, fills) the Qt Linguist .ts files.

python scripts/i18n_check.py                       fail on any unfinished string
python scripts/i18n_check.py --fill-source-language en
                                                   English: translation = source
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parent.parent / "i18n"
LANGUAGES = ("ar", "en", "pl")


def english_plural(source: str, count: int) -> str:
    """'%n ticket(s)' -> '%n ticket' / '%n tickets'."""
    return re.sub(r"\((\w+)\)", "" if count == 1 else r"\1", source)


def fill_source(path: Path) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if not forms:
                forms = [ET.SubElement(translation, "numerusform") for _ in range(2)]
            for i, form in enumerate(forms):
                form.text = english_plural(source, 1 if i == 0 else 2)
        elif translation.get("type") == "unfinished" or not translation.text:
            translation.text = source
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            translation.attrib.pop("type")
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def problems(path: Path) -> list[str]:
    found = []
    tree = ET.parse(path)
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                found.append(f"{path.name}: unfinished [{name}] {source!r}")
                continue
            texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
            if not all(texts):
                found.append(f"{path.name}: empty [{name}] {source!r}")
            expected = _placeholders(source or "")
            if message.get("numerus") == "yes":
                # A plural form may say its count in words and leave the number
                # out: Arabic "تذكرتان" (two tickets), "يوم واحد" (one day).
                expected -= _COUNTS
            for text in texts:
                found_here = _placeholders(text or "")
                if message.get("numerus") == "yes":
                    found_here -= _COUNTS
                if text and expected != found_here:
                    found.append(f"{path.name}: placeholders differ [{name}] {source!r}")
    return found


_COUNTS = frozenset({"%n", "%Ln"})


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{\w+\}|%L?n|%\d", text))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fill-source-language")
    parser.add_argument("--dir", type=Path, default=I18N)
    args = parser.parse_args()
    if args.fill_source_language:
        path = args.dir / f"desk_app_{args.fill_source_language}.ts"
        print(f"{path.name}: {fill_source(path)} strings filled from the source")
    found = [p for lang in LANGUAGES for p in problems(args.dir / f"desk_app_{lang}.ts")]
    for problem in found:
        print(problem)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
