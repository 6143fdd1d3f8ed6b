from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.pdfgen import canvas

from extraction.fields import find_labelled
from extraction.layout import lines_from_text
from extraction.pipeline import extract
from extraction.values import DocContext


def labelled(text: str) -> dict[str, object]:
    lines = lines_from_text(text)
    return {name: found.value for name, found in find_labelled(lines, DocContext.from_text(text)).items()}


def test_the_most_specific_label_wins() -> None:
    found = labelled("Date: 20/03/2025\nTrade Date: 14/03/2025\nTotal: 1,000.00\nNet Amount: 990.00\n")

    assert found["trade_date"] == date(2025, 3, 14)
    assert found["net_amount"] == Decimal("990.00")


def test_a_label_followed_by_other_words_is_not_that_label() -> None:
    found = labelled("Total Charges   7.50\n")

    assert "net_amount" not in found


def test_several_fees_and_taxes_are_summed() -> None:
    found = labelled("Exchange Fee   1.10\nClearing Fee   0.40\nStamp Duty   5.00\nPTM Levy   1.00\nFTT   2.00\n")

    assert found["fees"] == Decimal("2.50")
    assert found["taxes"] == Decimal("7.00")


def test_values_in_neighbouring_columns_do_not_merge() -> None:
    found = labelled("Quantity   10      Account   12 345\n")

    assert found["quantity"] == Decimal("10")
    assert found["account"] == "12 345"  # an account printed in digit groups is one value


def test_it_reads_values_printed_under_their_labels(tmp_path: Path) -> None:
    path = tmp_path / "stacked.pdf"
    doc = canvas.Canvas(str(path))
    doc.drawString(72, 760, "Kestrel Markets Ltd")
    doc.drawString(72, 700, "Quantity")
    doc.drawString(200, 700, "Price")
    doc.drawString(72, 686, "400")
    doc.drawString(200, 686, "EUR 21.05")
    doc.drawString(72, 660, "Sold")
    doc.drawString(72, 640, "Net Amount: EUR 8,410.00")
    doc.drawString(72, 626, "Commission: EUR 10.00")
    doc.showPage()
    doc.save()

    [trade] = extract(path).trades

    assert (trade.side, trade.quantity, trade.price, trade.currency) == (
        "SELL",
        Decimal("400"),
        Decimal("21.05"),
        "EUR",
    )
    assert trade.gross_amount == Decimal("8420.00")  # derived: not printed
    assert trade.confidence["gross_amount"] == 0.97  # but vouched for by net = gross - commission
    assert trade.provenance["quantity"].page == 1
