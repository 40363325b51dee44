"""Fill unfinished translations of a .ts file from a JSON file of
{source text: translation} (a list of forms for a plural %n message).

    python scripts/ts_fill.py ar new-strings.json

Only messages still marked unfinished are touched, and the file is edited as
text so that it stays exactly as pyside6-lupdate writes it (rewriting it with
an XML library reorders attributes and re-indents, which makes every update a
large diff). Prints the sources it could not find unfinished.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

I18N = Path(__file__).resolve().parent.parent / "i18n"

_MESSAGE = re.compile(r"<message( numerus=\"yes\")?>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_UNFINISHED = re.compile(r"(\s*)<translation type=\"unfinished\">.*?</translation>", re.S)


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def fill(text: str, wanted: dict[str, str | list[str]]) -> tuple[str, set[str]]:
    filled: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        block = match.group(0)
        source_match = _SOURCE.search(block)
        if source_match is None:
            return block
        source = html.unescape(source_match.group(1))
        unfinished = _UNFINISHED.search(block)
        if source not in wanted or unfinished is None:
            return block
        value = wanted[source]
        indent = unfinished.group(1)
        if match.group(1):  # numerus
            forms = value if isinstance(value, list) else [value]
            inner = "".join(
                f"{indent}    <numerusform>{_escape(form)}</numerusform>" for form in forms
            )
            translation = f"{indent}<translation>{inner}{indent}</translation>"
        else:
            if isinstance(value, list):
                raise SystemExit(f"{source!r} is not a plural message")
            translation = f"{indent}<translation>{_escape(value)}</translation>"
        filled.add(source)
        return block[: unfinished.start()] + translation + block[unfinished.end() :]

    return _MESSAGE.sub(replace, text), filled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language", help="ar, en or pl")
    parser.add_argument("strings", type=Path, help="JSON {source: translation or [forms]}")
    args = parser.parse_args()
    path = I18N / f"desk_app_{args.language}.ts"
    wanted = json.loads(args.strings.read_text(encoding="utf-8"))
    text, filled = fill(path.read_text(encoding="utf-8"), wanted)
    path.write_text(text, encoding="utf-8")
    missing = sorted(set(wanted) - filled)
    for source in missing:
        print(f"not unfinished in {path.name}: {source!r}", file=sys.stderr)
    print(f"{path.name}: {len(filled)} filled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
