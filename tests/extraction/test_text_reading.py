from datetime import date
from decimal import Decimal
from pathlib import Path

from extraction_samples import MakeFile

from extraction.pipeline import extract


def test_it_reads_a_plain_text_confirmation(samples: dict[str, Path]) -> None:
    result = extract(samples["confirm.txt"])

    assert result.status == "ok"
    assert result.doc_type == "confirmation"
    [trade] = result.trades
    assert (trade.quantity, trade.price, trade.net_amount) == (
        Decimal("1500"),
        Decimal("172.35"),
        Decimal("258532.53"),
    )
    assert trade.trade_date == date(2025, 3, 14)
    assert trade.trade_ref == "NB2025031400123"
    assert trade.provenance == {}  # text has no pages to point at


def test_it_infers_the_side_when_the_net_adds_up_one_way_only(samples: dict[str, Path]) -> None:
    # The text sample does not print the side; net = gross + charges says the client bought.
    [trade] = extract(samples["confirm.txt"]).trades

    assert trade.side == "BUY"
    assert trade.confidence["side"] == 0.95  # only one direction adds up: as good as printed


def test_it_reads_labels_and_values_on_one_line(make_file: MakeFile) -> None:
    path = make_file(
        "inline.txt",
        b"Acme Brokers Ltd\n"
        b"You sold 250 shares. Trade Date: 14.03.2025 Settlement Date: 18.03.2025\n"
        b"Quantity: 250  Price: EUR 12,40  Net Amount: EUR 3.093,80\n",
    )

    [trade] = extract(path).trades

    assert trade.side == "SELL"
    assert trade.price == Decimal("12.40")
    assert trade.net_amount == Decimal("3093.80")
    assert trade.currency == "EUR"
    assert trade.trade_date == date(2025, 3, 14)
    assert trade.settlement_date == date(2025, 3, 18)
    assert trade.counterparty == "Acme Brokers Ltd"


def test_a_letter_without_a_trade_has_no_trades(make_file: MakeFile) -> None:
    path = make_file("letter.txt", b"Dear client,\nDate: 14/03/2025\nThank you for 25 years of business.\n")

    result = extract(path)

    assert result.status == "ok"
    assert result.trades == ()
    assert result.doc_type == "unknown"


def test_it_reads_a_trade_told_as_a_sentence(make_file: MakeFile) -> None:
    path = make_file(
        "prose.txt",
        b"Kestrel Markets Ltd\n\n"
        b"On 14/03/2025 we have sold to you 500 shares of XYZ HOLDINGS ORD at GBP 10.25 for settlement on "
        b"18/03/2025.\n"
        b"Consideration: 5,125.00   Commission: 5.00   Stamp Duty: 25.63\n"
        b"Net Amount: 5,155.63\n",
    )

    [trade] = extract(path).trades

    assert trade.side == "BUY"  # "we have sold to you": the client bought
    assert (trade.quantity, trade.price, trade.currency) == (Decimal("500"), Decimal("10.25"), "GBP")
    assert trade.security_name == "XYZ HOLDINGS ORD"
    assert (trade.trade_date, trade.settlement_date) == (date(2025, 3, 14), date(2025, 3, 18))
    assert trade.net_amount == Decimal("5155.63")
    assert trade.confidence["quantity"] == 0.99  # a sentence, but quantity x price = consideration
