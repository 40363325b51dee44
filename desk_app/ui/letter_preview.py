"""The letter as it will print: the very PDF the desk would save, printed
and its pages rendered by QtPdf on a worker, shown one under the other. A
newer request makes an older picture that arrives late be dropped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from desk_app.ui.letter_pdf import LetterPage, pdf_bytes
from desk_app.ui.pdf_pages import page_images
from desk_app.ui.tasks import TaskRunner

PAGES_SHOWN = 4
GAP = 12


def stacked(images: list[QImage]) -> QImage:
    width = max(image.width() for image in images) + 2 * GAP
    height = sum(image.height() for image in images) + GAP * (len(images) + 1)
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#8a939e"))
    painter = QPainter(sheet)
    y = GAP
    for image in images:
        # A rendered page is transparent where nothing is printed: paper is white.
        painter.fillRect(GAP, y, image.width(), image.height(), QColor("white"))
        painter.drawImage(GAP, y, image)
        y += image.height() + GAP
    painter.end()
    return sheet


def preview_picture(page: LetterPage, height: int) -> QImage:
    """The letter's pages, printed and rendered."""
    return stacked(page_images(pdf_bytes(page), PAGES_SHOWN, height))


class LetterPreview(QScrollArea):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterPreview")
        self.tasks = tasks
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.picture)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setMinimumWidth(360)
        self.asked = 0
        self.shown = 0
        self.image: QImage | None = None

    def page_height(self) -> int:
        # An A4 page as wide as the view allows (its ratio is 1 : 1.414).
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        width = max(300, self.viewport().width() - 2 * GAP - scroll_bar - 4)
        return round(width * 1.4142)

    def show_letter(self, page: LetterPage) -> None:
        # Printed here, on the GUI thread, after a pause in typing: a letter
        # takes about 10 ms, and Qt's text layout and font database on a
        # worker beside the window's own aborted the process now and then.
        self.asked += 1
        self._arrived(self.asked, preview_picture(page, self.page_height()))

    def _arrived(self, request: int, image: QImage) -> None:
        if request < self.shown:
            return
        self.shown = request
        self.image = image
        self.picture.setPixmap(QPixmap.fromImage(image))

    def up_to_date(self) -> bool:
        return self.shown == self.asked
