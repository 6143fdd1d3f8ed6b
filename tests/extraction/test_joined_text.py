"""Text whose columns were joined with single spaces: order and kind of value tie values to labels."""

from decimal import Decimal
from pathlib import Path

from extraction.pipeline import extract


def _read(tmp_path: Path, text: str):
    path = tmp_path / "note.txt"
    path.write_text(text)
    result = extract(path)
    assert result.ok, result.error
    return result.trades


def test_it_lays_a_value_row_under_its_header_by_order_and_kind(tmp_path: Path) -> None:
    (trade,) = _read(
        tmp_path,
        "Kestrel Dealing Ltd\n"
        "Deal date Time Settlement date Bought or Sold Reference\n"
        "14/03/25 10.02 18/03/25 Sold K77Q2\n"
        "Venue Quantity Price Consideration\n"
        "XLON 1,250 4.1020 5,127.50 GBP\n",
    )
    assert (trade.side, trade.quantity, trade.price) == ("SELL", Decimal("1250"), Decimal("4.1020"))
    assert (trade.trade_date.isoformat(), trade.settlement_date.isoformat()) == ("2025-03-14", "2025-03-18")
    assert (trade.gross_amount, trade.currency, trade.trade_ref) == (Decimal("5127.50"), "GBP", "K77Q2")


def test_it_finds_a_value_row_below_a_name_between(tmp_path: Path) -> None:
    (trade,) = _read(
        tmp_path,
        "Quantity Security Price Consideration\nACME WIDGETS PLC\n300 Ordinary Shares 12.50 3,750.00\n",
    )
    assert (trade.quantity, trade.price, trade.gross_amount) == (Decimal("300"), Decimal("12.50"), Decimal("3750.00"))
    assert trade.security_name == "ACME WIDGETS PLC Ordinary Shares"  # the name began on the line above


def test_it_reads_labels_inside_joined_lines_when_their_kind_of_value_follows(tmp_path: Path) -> None:
    (trade,) = _read(
        tmp_path,
        "QUANTITY 80 UNIT PRICE A$12.50 TICKER KWX\n"
        "SETTLEMENT DATE 03-06-2024 SIDE BUY TRADE DATE 31-05-2024\n"
        "GROSS AMOUNT A$1,000.00 BROKERAGE A$5.00\n",
    )
    assert (trade.quantity, trade.price, trade.side) == (Decimal("80"), Decimal("12.50"), "BUY")
    assert (trade.currency, trade.gross_amount, trade.commission) == ("AUD", Decimal("1000.00"), Decimal("5.00"))
    assert trade.trade_date.isoformat() == "2024-05-31"
    assert trade.net_amount == Decimal("1005.00")  # computed from the gross and the brokerage


def test_it_reads_one_trade_per_repeated_block(tmp_path: Path) -> None:
    block = "TRADE DATE SETTLEMENT DATE QUANTITY PRICE\n{d} {s} {q} {p}\nYou bought {name}\nNet Amount {n}\n"
    text = (
        "Harrow Street Brokerage LLC\n"
        + block.format(d="03/03/25", s="03/05/25", q="10", p="20.00", name="ALPHA CORP", n="200.00")
        + block.format(d="03/04/25", s="03/06/25", q="5", p="30.00", name="BETA INC", n="150.00")
    )
    trades = _read(tmp_path, text)
    assert [(t.quantity, t.price, t.net_amount) for t in trades] == [
        (Decimal("10"), Decimal("20.00"), Decimal("200.00")),
        (Decimal("5"), Decimal("30.00"), Decimal("150.00")),
    ]
    assert trades[1].trade_date.isoformat() == "2025-03-04"


def test_it_reads_a_trade_told_with_the_side_word_first(tmp_path: Path) -> None:
    (trade,) = _read(
        tmp_path,
        "Gantry Bank SA\nPurchase 4'834 PLATINUM ETC at GBP 28.2679\nGross amount GBP 136'647.03\n",
    )
    assert (trade.side, trade.quantity, trade.price) == ("BUY", Decimal("4834"), Decimal("28.2679"))
    assert trade.security_name == "PLATINUM ETC"


def test_it_reads_the_price_printed_under_the_quantity_and_derives_the_count(tmp_path: Path) -> None:
    (trade,) = _read(
        tmp_path,
        "Harrow Street Brokerage LLC\n"
        "You Bought ACME ROBOTICS CL A      Principal Amount      1,011.60\n"
        "        WE HAVE ACTED AS AGENT.    Settlement Amount     1,011.60\n"
        "     at    25.2900\n",
    )
    assert (trade.side, trade.security_name) == ("BUY", "ACME ROBOTICS CL A")
    assert (trade.price, trade.gross_amount, trade.net_amount) == (
        Decimal("25.2900"),
        Decimal("1011.60"),
        Decimal("1011.60"),
    )
    assert trade.quantity == Decimal("40")  # 1,011.60 / 25.29, printed nowhere as such
    assert trade.confidence["quantity"] < 0.9


def test_it_derives_no_count_that_does_not_come_out_even(tmp_path: Path) -> None:
    trades = _read(tmp_path, "Price  3.33\nGross amount  100.00\n")
    assert trades == ()  # 100 / 3.33 is no count of units: no trade is made up


def test_it_reads_a_charge_behind_its_qualifiers_and_footnote_marks(tmp_path: Path) -> None:
    (trade,) = _read(
        tmp_path,
        "QUANTITY 512 PRICE A$20.42 GROSS A$10,455.04\nBROKERAGE & GST A$3.00\nExchange fee* +0.50 AUD\nSIDE BUY\n",
    )
    assert (trade.commission, trade.fees) == (Decimal("3.00"), Decimal("0.50"))
    assert trade.net_amount == Decimal("10458.54")
