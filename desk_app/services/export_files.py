"""Writing report sheets (services.report_tables) to CSV and xlsx files.

CSV is UTF-8 with a byte-order mark: without it Excel reads the file in the
workstation's code page and Arabic turns into mojibake. Numbers are written
as numbers (a dot for decimals, no digit grouping, no locale digits) so a
spreadsheet can sum them; dates as ISO dates. A CSV file holds one table, so
several tables go to several files named after the one chosen.

xlsx (openpyxl) holds every table, one sheet each, in one workbook: the
header row bold and frozen, columns wide enough for their text, numbers as
numbers, percentages as formatted fractions, and the sheets right to left
for an Arabic reader.

Files are written beside their final name and moved into place, so a failed
write (a full disk, a folder removed meanwhile) leaves no half-written file
and an earlier export of the same name intact.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from desk_app.services.metrics_types import Unit
from desk_app.services.report_tables import Cell, Sheet

# Excel's limits: a sheet's name is at most 31 characters, without []:*?/\ .
SHEET_NAME_MAX = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# Characters a file name may not hold on Windows (the strictest desk).
_FILE_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
COLUMN_WIDTH_MIN, COLUMN_WIDTH_MAX = 8, 60
NUMBER_FORMATS: dict[Unit, str] = {
    Unit.COUNT: "#,##0",
    Unit.PERCENT: "0.0%",
    Unit.SECONDS: "#,##0.0",
    Unit.SCORE: "0.00",
}


def _csv_value(cell: Cell) -> str | int | float:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return value


def csv_text(sheet: Sheet) -> str:
    """One sheet as CSV text (without the byte-order mark)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(sheet.headers)
    for row in sheet.rows:
        writer.writerow([_csv_value(c) for c in row])
    return out.getvalue()


def replace_file(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.partial")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def write_csv(path: Path, sheet: Sheet) -> Path:
    replace_file(path, b"\xef\xbb\xbf" + csv_text(sheet).encode("utf-8"))
    return path


def file_part(title: str) -> str:
    """A sheet's title made safe for a file name (Arabic kept)."""
    cleaned = " ".join(_FILE_FORBIDDEN.sub(" ", title).split()).strip(". ")
    return cleaned or "table"


def csv_paths(path: Path, sheets: Sequence[Sheet]) -> list[Path]:
    """Where each sheet goes: the chosen name for a single table, else the
    chosen name followed by each table's title ("report - Queues.csv")."""
    if len(sheets) == 1:
        return [path]
    stem, suffix = path.stem, path.suffix or ".csv"
    taken: set[str] = set()
    paths = []
    for sheet in sheets:
        name = f"{stem} - {file_part(sheet.title)}"
        unique, n = name, 2
        while unique.casefold() in taken:
            unique, n = f"{name} ({n})", n + 1
        taken.add(unique.casefold())
        paths.append(path.with_name(unique + suffix))
    return paths


def write_csv_files(path: Path, sheets: Sequence[Sheet]) -> list[Path]:
    """Every sheet to its own CSV file; returns the files written."""
    if not path.parent.is_dir():
        raise FileNotFoundError(2, "No such directory", str(path.parent))
    written = []
    for target, sheet in zip(csv_paths(path, sheets), sheets, strict=True):
        written.append(write_csv(target, sheet))
    return written


def sheet_name(title: str, taken: set[str]) -> str:
    """A unique Excel sheet name from a title (cut to Excel's 31 characters)."""
    base = " ".join(_SHEET_FORBIDDEN.sub(" ", title).split()).strip("'") or "Sheet"
    name, n = base[:SHEET_NAME_MAX], 2
    while name.casefold() in taken:
        tail = f" ({n})"
        name, n = base[: SHEET_NAME_MAX - len(tail)] + tail, n + 1
    taken.add(name.casefold())
    return name


def _xlsx_value(cell: Cell) -> str | int | float | date | None:
    if cell.unit is Unit.PERCENT and isinstance(cell.value, int | float):
        return cell.value / 100  # formatted as a percentage: 0.875 shows 87.5%
    return cell.value


def _shown_length(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, float):
        return len(f"{value:,.1f}")
    if isinstance(value, int):
        return len(f"{value:,}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def workbook(sheets: Sequence[Sheet], right_to_left: bool) -> Workbook:
    book = Workbook()
    first = book.active
    if first is not None:
        book.remove(first)
    taken: set[str] = set()
    bold = Font(bold=True)
    for sheet in sheets:
        ws = book.create_sheet(sheet_name(sheet.title, taken))
        ws.sheet_view.rightToLeft = right_to_left
        ws.append(list(sheet.headers))
        for cell in ws[1]:
            cell.font = bold
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in sheet.rows:
            ws.append([_xlsx_value(c) for c in row])
            for source, target in zip(row, ws[ws.max_row], strict=False):
                if source.unit is not None:
                    target.number_format = NUMBER_FORMATS[source.unit]
                elif isinstance(source.value, date):
                    target.number_format = "yyyy-mm-dd"
        ws.freeze_panes = "A2"
        for index, header in enumerate(sheet.headers):
            widest = max(
                [_shown_length(header)] + [_shown_length(r[index].value) for r in sheet.rows]
            )
            width = min(max(widest + 2, COLUMN_WIDTH_MIN), COLUMN_WIDTH_MAX)
            ws.column_dimensions[get_column_letter(index + 1)].width = width
    if not sheets:
        book.create_sheet("Sheet")
    return book


def write_xlsx(path: Path, sheets: Sequence[Sheet], right_to_left: bool) -> Path:
    out = io.BytesIO()
    workbook(sheets, right_to_left).save(out)
    replace_file(path, out.getvalue())
    return path
