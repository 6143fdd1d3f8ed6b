from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from extraction import pdf
from extraction.pipeline import extract


def test_it_reads_a_key_value_confirmation(samples: dict[str, Path]) -> None:
    result = extract(samples["key_value.pdf"])

    assert result.status == "ok"
    assert result.doc_type == "confirmation"
    assert result.pages == 1
    [trade] = result.trades
    assert trade.side == "BUY"
    assert trade.quantity == Decimal("1500")
    assert trade.price == Decimal("172.35")
    assert trade.currency == "USD"
    assert trade.security_name == "APPLE INC COM"
    assert trade.isin == "US0378331005"
    assert trade.trade_date == date(2025, 3, 14)
    assert trade.settlement_date == date(2025, 3, 17)
    assert trade.gross_amount == Decimal("258525.00")
    assert trade.commission == Decimal("7.50")
    assert trade.fees == Decimal("0.03")  # SEC fee and TAF summed
    assert trade.net_amount == Decimal("258532.53")
    assert trade.account == "5XK-20931"
    assert trade.trade_ref == "NB2025031400123"
    assert trade.counterparty == "Northbridge Securities LLC"


def test_it_scores_cross_checked_fields_high(samples: dict[str, Path]) -> None:
    [trade] = extract(samples["key_value.pdf"]).trades

    assert trade.confidence["price"] == 0.99
    assert trade.confidence["gross_amount"] == 0.99
    assert trade.confidence["net_amount"] >= 0.97
    assert trade.confidence["counterparty"] < 0.9


def test_it_records_where_each_value_was_printed(samples: dict[str, Path]) -> None:
    [trade] = extract(samples["key_value.pdf"]).trades

    quantity = trade.provenance["quantity"]
    assert quantity.page == 1
    x0, top, x1, bottom = quantity.bbox
    # Drawn at x=220, baseline 643 pt from the bottom of an 842 pt page, 10 pt type.
    assert x0 == pytest.approx(220, abs=0.5)
    assert top == pytest.approx(842 - 643 - 8, abs=2)
    assert x0 < x1 and top < bottom
    assert trade.provenance["price"].bbox[0] > 240  # the number, not the "USD" before it


def test_it_reads_one_trade_per_table_row(samples: dict[str, Path]) -> None:
    result = extract(samples["table.pdf"])

    assert result.status == "ok"
    summary = [(t.side, t.security_name, t.isin, t.quantity, t.price, t.net_amount) for t in result.trades]
    assert summary == [
        ("BUY", "VODAFONE GROUP PLC", "GB00BH4HKS39", Decimal("10000"), Decimal("0.7250"), Decimal("7298.75")),
        ("SELL", "BP PLC", "GB0007980591", Decimal("2000"), Decimal("4.5100"), Decimal("9007.50")),
        ("BUY", "UNILEVER PLC", "GB00B10RZP78", Decimal("300"), Decimal("45.1200"), Decimal("13616.18")),
    ]


def test_it_gives_table_rows_the_documents_shared_fields(samples: dict[str, Path]) -> None:
    trades = extract(samples["table.pdf"]).trades

    assert {t.account for t in trades} == {"UK-7781"}
    assert {t.currency for t in trades} == {"GBP"}
    assert {t.counterparty for t in trades} == {"Harbour Lane Capital Ltd"}
    assert trades[2].trade_date == date(2025, 3, 17)
    assert trades[2].settlement_date == date(2025, 3, 19)
    assert trades[0].taxes == Decimal("36.25")
    assert trades[0].gross_amount == Decimal("7250.00")


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("empty.pdf", "empty file (0 bytes)"),
        ("not_a.pdf", "not a PDF (no PDF header)"),
        ("truncated.pdf", "PDF is truncated or damaged"),
        ("encrypted.pdf", "PDF is encrypted and cannot be opened"),
    ],
)
def test_it_explains_unreadable_pdfs_in_one_line(samples: dict[str, Path], name: str, error: str) -> None:
    result = extract(samples[name])

    assert result.status == "error"
    assert result.error == error
    assert result.trades == ()


def test_it_reports_a_pdf_without_text_as_an_error(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path))
    page.rect(100, 100, 200, 200)
    page.showPage()
    page.save()

    assert extract(path).error == "PDF has no text layer (scanned image?)"


def test_it_reads_only_the_first_pages_of_a_long_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "MAX_PAGES", 2)
    path = tmp_path / "long.pdf"
    doc = canvas.Canvas(str(path))
    for number in range(1, 6):
        doc.drawString(72, 700, f"Page {number}")
        doc.showPage()
    doc.save()

    result = extract(path)

    assert result.pages == 5
    assert "Page 2" in result.text and "Page 3" not in result.text
    assert result.warnings == ("read the first 2 of 5 pages",)


def test_it_bounds_the_words_read_from_one_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "MAX_CHARS_PER_PAGE", 500)
    path = tmp_path / "dense.pdf"
    doc = canvas.Canvas(str(path))
    for row in range(60):
        doc.drawString(20, 800 - row * 12, "word " * 20)
    doc.showPage()
    doc.save()

    result = extract(path)

    assert result.status == "ok"
    assert len(result.text.replace(" ", "").replace("\n", "")) <= 500
    assert "read the first 500" in result.warnings[0]


def test_a_statement_keeps_trades_and_leaves_out_cash_rows(tmp_path: Path) -> None:
    path = tmp_path / "statement.pdf"
    doc = canvas.Canvas(str(path))
    doc.drawString(40, 800, "Northbridge Securities LLC")
    doc.drawString(40, 780, "MONTHLY STATEMENT  March 2025")
    rows = [
        ("Date", "Activity", "Description", "Quantity", "Price", "Amount"),
        ("03/03/2025", "Bought", "APPLE INC", "10", "172.35", "(1,723.50)"),
        ("03/10/2025", "Dividend", "APPLE INC", "10", "0.25", "2.50"),
        ("03/20/2025", "Sold", "MICROSOFT CORP", "5", "401.10", "2,005.50"),
    ]
    for number, row in enumerate(rows):
        y = 740 - 16 * number
        for text, x in zip(row, (40, 110, 170, 330, 400, 470), strict=True):
            doc.drawString(x, y, text)
    doc.showPage()
    doc.save()

    result = extract(path)

    assert result.doc_type == "statement"
    assert [(t.trade_date, t.side, t.security_name, t.net_amount) for t in result.trades] == [
        (date(2025, 3, 3), "BUY", "APPLE INC", Decimal("1723.50")),
        (date(2025, 3, 20), "SELL", "MICROSOFT CORP", Decimal("2005.50")),
    ]
