"""CSV and xlsx exports opened back with csv and openpyxl and compared with
the sheets they were written from: Arabic intact, numbers as numbers, the
sheets right to left for an Arabic reader."""

from __future__ import annotations

import csv
import os
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desk_app.services.export_files import (
    SHEET_NAME_MAX,
    csv_paths,
    sheet_name,
    write_csv_files,
    write_xlsx,
)
from desk_app.services.metrics_types import Dimension, Unit
from desk_app.services.report_tables import Cell, Sheet, dashboard_sheets, is_empty
from tests.report_sample import empty_dashboard, sample_dashboard

ARABIC = {
    "opened": "المفتوحة",
    "resolved": "المحلولة",
    "res_compliance": "الحل في الموعد",
}


class Words:
    """Arabic words, as the UI would give them."""

    def metric(self, key: str) -> str:
        return ARABIC.get(key, "مقياس")

    def dimension(self, dimension: Dimension) -> str:
        return {Dimension.CHANNEL: "القناة", Dimension.AGENT: "الموظف"}.get(dimension, "البند")

    def value(self, dimension: Dimension, key: str) -> str:
        return {"phone": "الهاتف", "email": "البريد الإلكتروني"}.get(key, f"قيمة {key}")

    def table(self, key: str, dimension: Dimension | None) -> str:
        return {"by_channel": "الحجم حسب القناة: هاتف/بريد"}.get(key, f"جدول {key}")

    def summary(self) -> str:
        return "الملخص"

    def figure(self) -> str:
        return "المقياس"

    def amount(self) -> str:
        return "القيمة"

    def bucket(self) -> str:
        return "الأسبوع"

    def with_unit(self, title: str, unit: Unit) -> str:
        return f"{title} (٪)" if unit is Unit.PERCENT else f"{title} (دقائق)"


def sheets() -> tuple[Sheet, ...]:
    return dashboard_sheets(sample_dashboard(long_rows=5), Words())


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the byte-order mark to read UTF-8"
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def as_text(cell: Cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def test_sheets_keep_values_and_name_everything() -> None:
    summary, trend, by_channel, by_age, by_agent = sheets()
    assert summary.headers == ("المقياس", "القيمة")
    assert summary.rows[0] == (Cell("المفتوحة"), Cell(486, Unit.COUNT))
    assert summary.rows[2][0].value == "الحل في الموعد (٪)"
    assert summary.rows[4][1] == Cell(30.6, Unit.SECONDS)  # 1834 s in minutes
    assert trend.rows[0][0] == Cell(date(2026, 11, 30))
    assert by_channel.headers == ("القناة", "المفتوحة", "المحلولة", "الحل في الموعد (٪)")
    assert by_channel.rows[0] == (
        Cell("الهاتف"),
        Cell(250, Unit.COUNT),
        Cell(231, Unit.COUNT),
        Cell(87.5, Unit.PERCENT),
    )
    assert by_channel.rows[2][3] == Cell(None, Unit.PERCENT), "no denominator is no value, not 0"
    assert len(by_agent.rows) == 5 and len(by_age.rows) == 5


def test_csv_round_trip_keeps_arabic_and_numbers(tmp_path: Path) -> None:
    all_sheets = sheets()
    written = write_csv_files(tmp_path / "تقرير.csv", all_sheets)
    assert [p.name for p in written] == [
        p.name for p in csv_paths(tmp_path / "تقرير.csv", all_sheets)
    ]
    assert len({p.name for p in written}) == len(all_sheets)
    # A title with "/" or ":" cannot be a file name as it is.
    assert "تقرير - الحجم حسب القناة هاتف بريد.csv" in {p.name for p in written}
    for path, sheet in zip(written, all_sheets, strict=True):
        rows = read_csv(path)
        assert rows[0] == list(sheet.headers)
        assert rows[1:] == [[as_text(c) for c in row] for row in sheet.rows]
    channel = read_csv(written[2])
    assert channel[1] == ["الهاتف", "250", "231", "87.5"]
    assert channel[3][3] == ""


def test_one_table_goes_to_the_chosen_name(tmp_path: Path) -> None:
    only = sheets()[2]
    assert write_csv_files(tmp_path / "x.csv", [only]) == [tmp_path / "x.csv"]


@pytest.mark.parametrize("rtl", [True, False])
def test_xlsx_round_trip(tmp_path: Path, rtl: bool) -> None:
    all_sheets = sheets()
    path = write_xlsx(tmp_path / "report.xlsx", all_sheets, right_to_left=rtl)
    book = load_workbook(path)
    assert len(book.worksheets) == len(all_sheets)
    for ws, sheet in zip(book.worksheets, all_sheets, strict=True):
        assert ws.sheet_view.rightToLeft is rtl
        assert ws.freeze_panes == "A2"
        header = [c.value for c in ws[1]]
        assert header == list(sheet.headers)
        assert all(c.font.bold for c in ws[1])
        for row_cells, row in zip(ws.iter_rows(min_row=2), sheet.rows, strict=True):
            for cell, source in zip(row_cells, row, strict=True):
                expected = source.value
                if source.unit is Unit.PERCENT and expected is not None:
                    assert isinstance(expected, float)
                    assert cell.value == pytest.approx(expected / 100)
                    assert cell.number_format == "0.0%"
                elif isinstance(expected, date):
                    assert isinstance(cell.value, datetime)
                    assert cell.value.date() == expected
                else:
                    assert cell.value == expected
        assert ws.column_dimensions["A"].width >= len(sheet.headers[0])
    channel = book.worksheets[2]
    assert channel["A2"].value == "الهاتف"
    assert isinstance(channel["B2"].value, int)


def test_sheet_names_are_unique_and_short() -> None:
    taken: set[str] = set()
    long = "ا" * 40
    first, second = sheet_name(long, taken), sheet_name(long, taken)
    assert len(first) == len(second) == SHEET_NAME_MAX
    assert first != second
    assert sheet_name("a/b:c", taken) == "a b c"


def test_a_missing_folder_is_an_error_and_nothing_is_left(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_csv_files(tmp_path / "gone" / "x.csv", sheets())
    with pytest.raises(OSError):
        write_xlsx(tmp_path / "gone" / "x.xlsx", sheets(), right_to_left=True)
    assert not (tmp_path / "gone").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_keeps_the_earlier_file(tmp_path: Path) -> None:
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"earlier")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(PermissionError):
            write_xlsx(target, sheets(), right_to_left=False)
    finally:
        tmp_path.chmod(0o700)
    assert target.read_bytes() == b"earlier"


def test_an_empty_period_is_recognised() -> None:
    assert is_empty(empty_dashboard())
    assert not is_empty(sample_dashboard(long_rows=1))
