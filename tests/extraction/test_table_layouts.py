"""Tables whose header and rows take two lines each, and names that wrap in their cell."""

from decimal import Decimal
from pathlib import Path

from reportlab.pdfgen import canvas

from extraction.pipeline import extract

COLUMNS = (40, 110, 260, 320, 380, 480)


def _table_pdf(path: Path, lines: list[tuple[str, ...]]) -> Path:
    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.drawString(40, 800, "Tidewater Brokerage Ltd")
    for number, cells in enumerate(lines):
        for x, text in zip(COLUMNS, cells, strict=False):
            if text:
                pdf.drawString(x, 760 - 14 * number, text)
    pdf.showPage()
    pdf.save()
    return path


def test_it_reads_a_rows_second_line_under_the_headers_second_line(tmp_path: Path) -> None:
    path = _table_pdf(
        tmp_path / "two-line.pdf",
        [
            ("Trade date", "Security", "Quantity", "Price", "Gross amount", "Net amount"),
            ("Reference",),
            ("14.03.2025", "ALPHA AG", "100", "10.00", "1,000.00", "1,005.00"),
            ("TX-881-22",),
            ("14.03.2025", "BETA SE", "50", "20.00", "1,000.00", "995.00"),
            ("TX-881-23",),
        ],
    )
    trades = extract(path).trades
    assert [(t.security_name, t.quantity, t.trade_ref) for t in trades] == [
        ("ALPHA AG", Decimal("100"), "TX-881-22"),
        ("BETA SE", Decimal("50"), "TX-881-23"),
    ]


def test_it_joins_a_name_that_wraps_in_its_cell(tmp_path: Path) -> None:
    path = _table_pdf(
        tmp_path / "wrapped.pdf",
        [
            ("Trade date", "Security", "Quantity", "Price", "Gross amount", "Net amount"),
            ("14.03.2025", "GAMMA INSURANCE", "100", "10.00", "1,000.00", "1,005.00"),
            ("", "HOLDING AG REG"),
        ],
    )
    [trade] = extract(path).trades
    assert trade.security_name == "GAMMA INSURANCE HOLDING AG REG"
    assert trade.net_amount == Decimal("1005.00")
