"""A printed report's page as a picture (``--dialog report`` with
``--screenshot``): this month's report of the desk, printed to PDF and its
first pages rendered by QtPdf, side by side, the way a reader sees them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from desk_app.services.metrics_types import Dashboard
from desk_app.services.saved_reports import PeriodKind, ReportDefinition, period_for
from desk_app.ui.desk import Desk
from desk_app.ui.labels import ui_language
from desk_app.ui.report_actions import branch_directory, metrics_dashboard
from desk_app.ui.report_content import Directory, Named, ReportContent
from desk_app.ui.report_pdf import pdf_bytes

PAGE_HEIGHT = 1100  # pixels of one rendered page
GAP = 24


def month_dashboard(desk: Desk) -> Dashboard:
    now = desk.ctx.now()
    month = ReportDefinition(key="", name="", period=PeriodKind.THIS_MONTH)
    period = period_for(month, now, desk.settings.branch.time_zone)
    with desk.db.reading() as session:
        return metrics_dashboard(session, period, month.scope(), now)


def desk_directory(desk: Desk) -> Directory:
    reference = desk.reference
    with desk.db.reading() as session:
        branches = branch_directory(session)
    return Directory(
        branch=Named(reference.branch.name, reference.branch.name_ar),
        branches=branches,
        queues={g.id: Named(g.name, g.name_ar) for g in reference.groups},
        people={u.id: Named(u.name, u.name_ar) for u in reference.users},
    )


def page_images(data: bytes, pages: int, height: int = PAGE_HEIGHT) -> list[QImage]:
    """The first ``pages`` pages of a PDF, each ``height`` pixels tall."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    images = []
    for index in range(min(pages, document.pageCount())):
        points = document.pagePointSize(index)
        width = round(points.width() * height / points.height())
        images.append(document.render(index, QSize(width, height)))
    document.close()
    return images


def side_by_side(images: list[QImage]) -> QImage:
    width = sum(i.width() for i in images) + GAP * (len(images) + 1)
    height = max(i.height() for i in images) + 2 * GAP
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#8a939e"))
    painter = QPainter(sheet)
    x = GAP
    for image in images:
        painter.drawImage(QPoint(x, GAP), image)
        x += image.width() + GAP
    painter.end()
    return sheet


def render_report(desk: Desk, path: Path, pages: int = 2) -> None:
    """This month's report in the window's language, its first pages to ``path``."""
    content = ReportContent()
    report = content.pages(
        month_dashboard(desk), desk_directory(desk), ui_language(), desk.ctx.now()
    )
    picture = side_by_side(page_images(pdf_bytes(report), pages))
    path.parent.mkdir(parents=True, exist_ok=True)
    if not picture.save(str(path)):
        raise OSError(f"could not write {path}")
