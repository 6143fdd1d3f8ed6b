"""A thin layer over reportlab: positions measured from the top of the page, deterministic output."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas


class Sheet:
    """One PDF being drawn. y grows downwards from the top edge, as people read."""

    def __init__(self, *, title: str, author: str, pagesize: tuple[float, float] = A4) -> None:
        self._buffer = io.BytesIO()
        # invariant=1 pins the creation date and the file id, so equal input gives equal bytes
        self.canvas = canvas.Canvas(self._buffer, pagesize=pagesize, invariant=1, pageCompression=1)
        self.canvas.setTitle(title)
        self.canvas.setAuthor(author)
        self.canvas.setCreator("DocuGen Report Server 7.2")
        self.width, self.height = pagesize
        self.font, self.size = "Helvetica", 9.0

    def use(self, font: str, size: float) -> None:
        self.font, self.size = font, size

    def text(self, x: float, y: float, value: str, *, font: str | None = None, size: float | None = None) -> None:
        self.canvas.setFont(font or self.font, size or self.size)
        self.canvas.drawString(x, self.height - y, value)

    def right(self, x: float, y: float, value: str, *, font: str | None = None, size: float | None = None) -> None:
        """value ending at x."""
        self.canvas.setFont(font or self.font, size or self.size)
        self.canvas.drawRightString(x, self.height - y, value)

    def centre(self, x: float, y: float, value: str, *, font: str | None = None, size: float | None = None) -> None:
        self.canvas.setFont(font or self.font, size or self.size)
        self.canvas.drawCentredString(x, self.height - y, value)

    def lines(self, x: float, y: float, values: Sequence[str], *, leading: float = 11, **style: object) -> float:
        """values one under the other; returns the y below the last."""
        for value in values:
            self.text(x, y, value, **style)  # type: ignore[arg-type]
            y += leading
        return y

    def paragraph(
        self,
        x: float,
        y: float,
        width: float,
        value: str,
        *,
        font: str | None = None,
        size: float = 7,
        leading: float | None = None,
    ) -> float:
        """value wrapped to width; returns the y below it."""
        font = font or self.font
        for line in simpleSplit(value, font, size, width):
            self.text(x, y, line, font=font, size=size)
            y += leading or size + 2
        return y

    def rule(self, x0: float, y: float, x1: float, *, weight: float = 0.5) -> None:
        self.canvas.setLineWidth(weight)
        self.canvas.line(x0, self.height - y, x1, self.height - y)

    def box(self, x: float, y: float, width: float, height: float, *, fill: float | None = None) -> None:
        """A rectangle whose top-left corner is (x, y); fill is a grey level."""
        self.canvas.setLineWidth(0.5)
        if fill is not None:
            self.canvas.setFillGray(fill)
        self.canvas.rect(x, self.height - y - height, width, height, stroke=1, fill=int(fill is not None))
        self.canvas.setFillGray(0)

    def measure(self, value: str, *, font: str | None = None, size: float | None = None) -> float:
        return stringWidth(value, font or self.font, size or self.size)

    def next_page(self) -> None:
        self.canvas.showPage()

    def finish(self) -> bytes:
        self.canvas.showPage()
        self.canvas.save()
        return self._buffer.getvalue()
