"""Layout mechanisms of field finding: boxes, side words in a name's place, joined charge labels, registration
numbers, code-and-name counters, print-file carriage control, statement detail lines, two DATE columns,
quantities under a side sentence, repeated label blocks, letter dates, print dates, label lines under a
table and sentences in a name's place.

Every document here is invented for the test.
"""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from extraction import validators
from extraction.fields import box_lines, find_labelled
from extraction.layout import lines_from_text
from extraction.pdf import read_pdf
from extraction.pipeline import extract
from extraction.text import text_trades, without_carriage_control
from extraction.types import Trade
from extraction.values import DocContext


def _isin(body: str) -> str:
    """body (country code and nine characters) with its ISO 6166 check digit."""
    digits = "".join(str(int(ch, 36)) for ch in body)
    total = 0
    for position, ch in enumerate(reversed(digits)):
        # With the check digit appended, the body's last digit is second from the right: doubled (Luhn).
        n = int(ch) * (2 if position % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    isin = body + str((10 - total % 10) % 10)
    assert validators.is_isin(isin), isin
    return isin


def _read(tmp_path: Path, text: str, name: str = "note.txt") -> tuple[Trade, ...]:
    path = tmp_path / name
    path.write_text(text)
    result = extract(path)
    assert result.ok, result.error
    return result.trades


def _labelled(text: str) -> dict[str, object]:
    lines = lines_from_text(text)
    return {name: found.value for name, found in find_labelled(lines, DocContext.from_text(text)).items()}


# --- 1. boxes: a row of label cells over a row of value cells -----------------------------------------

_BOX_LEFTS = (40, 160, 280, 400, 520)
_BOX_ROWS = [
    ("Contract No.", "Account No.", "Booking Centre", "Trade Date", "Settlement Due"),
    ("CN-40417", "AC-88213", "LDN", "14/03/2025", "18/03/2025"),
    ("Quantity", "Price", "Consideration"),
    ("1,200", "8.2500", "9,900.00"),
    ("Exchange Levy", "Clearing Fee", "Commission", "Net Amount"),
    ("2.10", "0.90", "15.00", "9,918.00"),
]


def _boxes_pdf(path: Path, right_aligned_rows: frozenset[int]) -> Path:
    """Boxes 120 points wide; a value row listed in right_aligned_rows is printed flush with its box's right
    edge, so that its value ends just short of the next box's label."""
    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(40, 800, "Marlow Quay Securities Ltd")
    y = 740
    for number, cells in enumerate(_BOX_ROWS):
        for left, text in zip(_BOX_LEFTS, cells, strict=False):
            if number in right_aligned_rows:
                pdf.drawRightString(left + 119, y, text)
            else:
                pdf.drawString(left, y, text)
        y -= 12 if number % 2 == 0 else 26
    pdf.drawString(40, 600, "We have bought for your account")
    pdf.showPage()
    pdf.save()
    return path


def _assert_box_values(trade: Trade) -> None:
    assert (trade.trade_ref, trade.account) == ("CN-40417", "AC-88213")
    assert (trade.trade_date, trade.settlement_date) == (date(2025, 3, 14), date(2025, 3, 18))
    assert (trade.quantity, trade.price, trade.gross_amount) == (Decimal("1200"), Decimal("8.2500"), Decimal("9900.00"))
    assert trade.fees == Decimal("3.00")  # Exchange Levy 2.10 + Clearing Fee 0.90
    assert (trade.commission, trade.net_amount) == (Decimal("15.00"), Decimal("9918.00"))
    assert trade.side == "BUY"


def test_each_box_value_is_read_under_its_own_label_not_the_neighbouring_one(tmp_path: Path) -> None:
    # The reference ends right beside "Account No.": read label by label, it would be the account too.
    path = _boxes_pdf(tmp_path / "boxes.pdf", frozenset({1, 5}))
    lines = read_pdf(path.read_bytes()).lines
    assert [line.text for line in lines][1:3] == [
        "Contract No.  Account No.  Booking Centre  Trade Date  Settlement Due",
        "CN-40417  AC-88213  LDN  14/03/2025  18/03/2025",
    ]
    assert {1, 2, 5, 6} <= box_lines(lines)

    [trade] = extract(path).trades

    _assert_box_values(trade)


def test_amounts_right_aligned_in_their_boxes_are_read_under_their_labels(tmp_path: Path) -> None:
    path = _boxes_pdf(tmp_path / "boxes-right.pdf", frozenset({1, 3, 5}))

    [trade] = extract(path).trades

    _assert_box_values(trade)


# --- 2. a side stated under a Description label -------------------------------------------------------


def test_a_description_that_states_the_side_gives_the_side_not_the_name() -> None:
    found = _labelled("Description:  WE HAVE SOLD TO YOU\nQuantity:  250\nPrice:  GBP 4.20\n")

    assert found["side"] == "BUY"  # we sold to the client: the client bought
    assert "security_name" not in found


def test_a_description_of_the_side_leaves_the_security_label_its_name(tmp_path: Path) -> None:
    [trade] = _read(
        tmp_path,
        "Fairhaven Stockbroking Ltd\n"
        "Contract Note\n"
        "Description:  WE HAVE SOLD TO YOU\n"
        "Security:  ACME WIDGETS PLC ORD 10P\n"
        "Quantity:  250\n"
        "Price:  GBP 4.20\n"
        "Consideration:  GBP 1,050.00\n"
        "Net Amount:  GBP 1,062.50\n",
    )

    assert (trade.side, trade.security_name) == ("BUY", "ACME WIDGETS PLC ORD 10P")
    assert (trade.quantity, trade.price, trade.net_amount) == (Decimal("250"), Decimal("4.20"), Decimal("1062.50"))


# --- 3. charges joined by '&', and registration numbers that are no charges ---------------------------


def test_brokerage_and_gst_printed_as_one_amount_is_one_commission(tmp_path: Path) -> None:
    [trade] = _read(
        tmp_path,
        "Wattle Creek Securities Ltd\nQUANTITY 100 PRICE A$10.00 GROSS A$1,000.00\nBROKERAGE & GST A$3.00\nSIDE BUY\n",
    )

    assert trade.commission == Decimal("3.00")
    assert trade.taxes is None  # the GST is inside the 3.00, not a second charge
    assert (trade.currency, trade.net_amount) == ("AUD", Decimal("1003.00"))


@pytest.mark.parametrize("line", ["VAT No. GB 123 4567 89", "VAT registration GB 389 1127 73"])
def test_a_vat_registration_number_is_no_tax(line: str) -> None:
    found = _labelled(f"{line}\nQuantity  100\nPrice  GBP 10.00\n")

    assert "taxes" not in found
    assert found["quantity"] == Decimal("100")


def test_vat_numbers_in_a_letterhead_and_footer_add_no_tax(tmp_path: Path) -> None:
    [trade] = _read(
        tmp_path,
        "Halden Row Brokers Ltd\n"
        "VAT No. GB 123 4567 89\n"
        "Quantity  100\n"
        "Price  GBP 10.00\n"
        "Consideration  GBP 1,000.00\n"
        "Commission  GBP 5.00\n"
        "Net Amount  GBP 1,005.00\n"
        "VAT registration GB 389 1127 73\n",
    )

    assert trade.taxes is None
    assert (trade.commission, trade.gross_amount, trade.net_amount) == (
        Decimal("5.00"),
        Decimal("1000.00"),
        Decimal("1005.00"),
    )


# --- 4. 'number', 'No.', 'Nr.' are one word in labels ------------------------------------------------


@pytest.mark.parametrize("label", ["Transaction number", "Transaction No.", "Transaction Nr."])
def test_a_transaction_number_is_the_trade_reference(tmp_path: Path, label: str) -> None:
    [trade] = _read(
        tmp_path,
        f"Gorse Lane Securities Ltd\n{label} 342/62717281\nQuantity  40\nPrice  EUR 25.00\nNet Amount  EUR 1,000.00\n",
    )

    assert trade.trade_ref == "342/62717281"
    assert trade.side is None  # "Transaction" here names the reference, not a side
    assert (trade.quantity, trade.price) == (Decimal("40"), Decimal("25.00"))


# --- 5. a counter: exchange code, then name ------------------------------------------------------------


def test_a_counter_gives_the_ticker_and_the_name_after_it(tmp_path: Path) -> None:
    [trade] = _read(
        tmp_path,
        "Straits Harbour Securities Pte Ltd\n"
        "Counter  D05 DBS GROUP HOLDINGS\n"
        "Quantity  100\n"
        "Price  SGD 35.10\n"
        "Amount  SGD 3,510.00\n",
    )

    assert (trade.ticker, trade.security_name) == ("D05", "DBS GROUP HOLDINGS")
    assert (trade.quantity, trade.price, trade.currency) == (Decimal("100"), Decimal("35.10"), "SGD")


# --- 6. mainframe print files: ASA carriage control --------------------------------------------------

_PRINT_FILE = (
    "1KILBRIDE MERCHANT BANK PLC\n"
    " CONTRACT NOTE\n"
    "0TRADE DATE        14/03/2025\n"
    " SETTLEMENT DATE   18/03/2025\n"
    " QUANTITY          500\n"
    " PRICE             GBP 3.1000\n"
    "0CONSIDERATION     GBP 1,550.00\n"
    " NET AMOUNT        GBP 1,550.00\n"
)


def test_the_carriage_control_column_of_a_print_file_is_stripped() -> None:
    text = without_carriage_control(_PRINT_FILE)

    assert text.splitlines()[:3] == ["KILBRIDE MERCHANT BANK PLC", "CONTRACT NOTE", "TRADE DATE        14/03/2025"]


def test_a_print_file_is_read_without_its_control_column(tmp_path: Path) -> None:
    [trade] = _read(tmp_path, _PRINT_FILE, name="CONFIRM.PRT.txt")

    assert trade.counterparty == "KILBRIDE MERCHANT BANK PLC"  # not "1KILBRIDE ..."
    assert (trade.trade_date, trade.settlement_date) == (date(2025, 3, 14), date(2025, 3, 18))
    assert (trade.quantity, trade.price, trade.net_amount) == (Decimal("500"), Decimal("3.1000"), Decimal("1550.00"))


def test_a_normal_text_whose_lines_start_with_spaces_is_unchanged() -> None:
    text = (
        "   Kilbride Merchant Bank PLC\n"
        "   Quantity     500\n"
        "   Price        3.10\n"
        "   Net Amount   1,550.00\n"
        "   Trade Date   14/03/2025\n"
        "   Settlement   18/03/2025\n"
    )

    assert without_carriage_control(text) == text


def test_a_plain_statement_whose_rows_start_with_dates_is_not_taken_for_a_print_file() -> None:
    text = (
        " Harbour Lane Capital Ltd\n"
        " Date        Detail    Amount\n"
        "14.11.2025  Deposit   500.00\n"
        "15.11.2025  Deposit    20.00\n"
        " Closing balance      520.00\n"
    )

    assert without_carriage_control(text) == text


# --- 7. statement rows with their details on the lines under them ------------------------------------

_STATEMENT = (
    "Lindenhof Privatbank AG\n"
    "Account statement  Account CH-5521-07\n"
    "Date Detail Value date Debit Credit Balance\n"
    "24.11.2025 Fund buy 24.11.2025 10.00 990.00\n"
    "Harbour Global Equity Fund A\n"
    "Units 0.5\n"
    "Rate 20.00\n"
    "25.11.2025 Fund buy 25.11.2025 30.00 960.00\n"
    "Northern Bond Index Fund I\n"
    "Units 2\n"
    "Rate 15.00\n"
    "26.11.2025 Fund buy 26.11.2025 12.60 947.40\n"
    "Alpine Small Cap Fund R\n"
    "Units 0.3\n"
    "Rate 42.00\n"
)


def test_each_statement_row_takes_the_details_printed_under_it(tmp_path: Path) -> None:
    trades = _read(tmp_path, _STATEMENT)

    assert [(t.security_name, t.quantity, t.price, t.side, t.net_amount) for t in trades] == [
        ("Harbour Global Equity Fund A", Decimal("0.5"), Decimal("20.00"), "BUY", Decimal("10.00")),
        ("Northern Bond Index Fund I", Decimal("2"), Decimal("15.00"), "BUY", Decimal("30.00")),
        ("Alpine Small Cap Fund R", Decimal("0.3"), Decimal("42.00"), "BUY", Decimal("12.60")),  # the last row too
    ]
    assert [t.trade_date for t in trades] == [date(2025, 11, 24), date(2025, 11, 25), date(2025, 11, 26)]
    assert {t.account for t in trades} == {"CH-5521-07"}


# --- 8. two columns both headed DATE under 'TRADE SETTLEMENT' --------------------------------------


def test_the_second_of_two_date_columns_is_the_settlement_date() -> None:
    trades = text_trades(
        "Cobalt Ridge Brokerage LLC\n"
        "TRADE SETTLEMENT\n"
        "B/S QTY DATE DATE SYMBOL PRICE NET AMOUNT\n"
        "B 100 03/10/25 03/12/25 KWX 12.50 1,250.00\n"
        "S 40 03/11/25 03/13/25 QRT 20.00 800.00\n"
    )

    assert [(t.side, t.ticker, t.trade_date, t.settlement_date) for t in trades] == [
        ("BUY", "KWX", date(2025, 3, 10), date(2025, 3, 12)),
        ("SELL", "QRT", date(2025, 3, 11), date(2025, 3, 13)),
    ]
    assert [t.net_amount for t in trades] == [Decimal("1250.00"), Decimal("800.00")]


def test_the_second_date_column_of_a_pdf_table_is_the_settlement_date(tmp_path: Path) -> None:
    path = tmp_path / "two-dates.pdf"
    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(40, 800, "Cobalt Ridge Brokerage LLC")
    lefts = (40, 80, 130, 200, 270, 330, 400)
    rows = [
        ("", "", "TRADE", "SETTLEMENT"),
        ("B/S", "QTY", "DATE", "DATE", "SYMBOL", "PRICE", "NET AMOUNT"),
        ("B", "100", "03/10/25", "03/12/25", "KWX", "12.50", "1,250.00"),
        ("S", "40", "03/11/25", "03/13/25", "QRT", "20.00", "800.00"),
    ]
    for number, cells in enumerate(rows):
        for left, text in zip(lefts, cells, strict=False):
            if text:
                pdf.drawString(left, 760 - 12 * number, text)
    pdf.showPage()
    pdf.save()

    trades = extract(path).trades

    assert [(t.side, t.ticker, t.trade_date, t.settlement_date) for t in trades] == [
        ("BUY", "KWX", date(2025, 3, 10), date(2025, 3, 12)),
        ("SELL", "QRT", date(2025, 3, 11), date(2025, 3, 13)),
    ]


# --- 9. the quantity at the start of the line under "You Bought NAME" -------------------------------


def test_the_quantity_begins_the_line_under_the_side_sentence(tmp_path: Path) -> None:
    # No amount is printed, so the count cannot have been worked out from one: it was read.
    [trade] = _read(
        tmp_path,
        "Harrow Street Brokerage LLC\nYou Bought ACME WIDGETS INC\n30 WE HAVE ACTED AS AGENT\n     at    12.5000\n",
    )

    assert (trade.side, trade.security_name) == ("BUY", "ACME WIDGETS INC")
    assert (trade.quantity, trade.price) == (Decimal("30"), Decimal("12.5000"))
    assert trade.gross_amount == Decimal("375.00")  # 30 x 12.50


def test_a_fraction_printed_without_its_zero_is_the_quantity(tmp_path: Path) -> None:
    [trade] = _read(
        tmp_path,
        "Harrow Street Brokerage LLC\nYou Bought ACME WIDGETS INC\n.032 WE HAVE ACTED AS AGENT\n     at    250.0000\n",
    )

    assert (trade.quantity, trade.price) == (Decimal("0.032"), Decimal("250.0000"))
    assert trade.gross_amount == Decimal("8.00")  # 0.032 x 250


# --- 10. the same labels repeated block after block -----------------------------------------------


def _label_block(name: str, isin: str, quantity: str, price: str, gross: str, net: str) -> str:
    return (
        f"Security       {name}\n"
        f"ISIN           {isin}\n"
        f"Quantity       {quantity}\n"
        f"Price          EUR {price}\n"
        f"Consideration  EUR {gross}\n"
        f"Net amount     EUR {net}\n"
        "\n"
    )


_BLOCKS = [
    ("ALPHA HOLDINGS AG", _isin("DE000ALH001"), "100", "10.00", "1,000.00", "1,010.00"),
    ("BETA INDUSTRIES SE", _isin("FR00BETA002"), "50", "20.00", "1,000.00", "1,012.50"),
    ("GAMMA LOGISTICS NV", _isin("NL00GAML003"), "10", "7.50", "75.00", "80.00"),
]
_BLOCKS_HEAD = "Lindenhof Privatbank AG\nTrade date: 14.03.2025\n\n"


def test_blocks_that_repeat_the_same_labels_are_one_trade_each(tmp_path: Path) -> None:
    trades = _read(tmp_path, _BLOCKS_HEAD + "".join(_label_block(*block) for block in _BLOCKS))

    assert [(t.security_name, t.isin, t.quantity, t.price, t.gross_amount, t.net_amount) for t in trades] == [
        ("ALPHA HOLDINGS AG", _BLOCKS[0][1], Decimal("100"), Decimal("10.00"), Decimal("1000.00"), Decimal("1010.00")),
        ("BETA INDUSTRIES SE", _BLOCKS[1][1], Decimal("50"), Decimal("20.00"), Decimal("1000.00"), Decimal("1012.50")),
        ("GAMMA LOGISTICS NV", _BLOCKS[2][1], Decimal("10"), Decimal("7.50"), Decimal("75.00"), Decimal("80.00")),
    ]
    # What the head of the document states holds for every block.
    assert {(t.trade_date, t.currency, t.counterparty) for t in trades} == {
        (date(2025, 3, 14), "EUR", "Lindenhof Privatbank AG")
    }


def test_labels_printed_once_give_one_trade(tmp_path: Path) -> None:
    [trade] = _read(tmp_path, _BLOCKS_HEAD + _label_block(*_BLOCKS[0]))

    assert (trade.security_name, trade.isin, trade.quantity) == ("ALPHA HOLDINGS AG", _BLOCKS[0][1], Decimal("100"))
    assert trade.net_amount == Decimal("1010.00")


# --- 11. the date a letter is written -------------------------------------------------------------

_LETTER = (
    "Lindenhof Privatbank AG\n"
    "Basel, 03.07.2020\n"
    "\n"
    "Purchase\n"
    "Security:  ALPHA HOLDINGS AG\n"
    "Quantity:  100\n"
    "Price:  CHF 10.00\n"
    "Net amount:  CHF 1,010.00\n"
)


def test_the_letter_date_is_the_trade_date_when_none_is_labelled(tmp_path: Path) -> None:
    [trade] = _read(tmp_path, _LETTER)

    assert trade.trade_date == date(2020, 7, 3)
    assert (trade.side, trade.quantity, trade.net_amount) == ("BUY", Decimal("100"), Decimal("1010.00"))


@pytest.mark.parametrize("where", ["before", "after"])
def test_the_letter_date_never_overrides_a_labelled_trade_date(tmp_path: Path, where: str) -> None:
    labelled = "Trade date:  01.07.2020\n"
    text = _LETTER.replace("Purchase\n", "Purchase\n" + labelled) if where == "before" else _LETTER + labelled

    [trade] = _read(tmp_path, text)

    assert trade.trade_date == date(2020, 7, 1)


# --- 12. a generation date is no trade date ----------------------------------------------------------


@pytest.mark.parametrize(
    "table",
    [
        "Trade Date Security Quantity Price Net Value\n15/07/2024 ACME WIDGETS LTD 100 3.20 322.00\n",
        "Trade Date   Security           Quantity   Price   Net Value\n"
        "15/07/2024   ACME WIDGETS LTD        100    3.20      322.00\n",
    ],
    ids=["joined", "columns"],
)
def test_a_generated_date_is_not_the_trade_date(tmp_path: Path, table: str) -> None:
    [trade] = _read(tmp_path, "Kookaburra Share Trading Ltd\nGenerated Date: 2024-07-12\n" + table)

    assert trade.trade_date == date(2024, 7, 15)
    assert (trade.security_name, trade.quantity, trade.net_amount) == (
        "ACME WIDGETS LTD",
        Decimal("100"),
        Decimal("322.00"),
    )


def test_a_generated_date_alone_gives_no_trade_date(tmp_path: Path) -> None:
    [trade] = _read(
        tmp_path,
        "Kookaburra Share Trading Ltd\nGenerated Date: 2024-07-12\nQuantity  100\nPrice  3.20\nNet Value  322.00\n",
    )

    assert trade.trade_date is None
    assert trade.net_amount == Decimal("322.00")


# --- 13. label lines under a table are not its rows ---------------------------------------------------


def test_label_lines_under_a_table_are_not_rows_of_it(tmp_path: Path) -> None:
    [trade] = _read(
        tmp_path,
        "Kookaburra Share Trading Ltd\n"
        "Trade Date Settlement Date Security Quantity Price\n"
        "15/07/2024 17/07/2024 ACME WIDGETS LTD 100 3.125\n"
        "Brokerage* $9.50 AUD\n"
        "Net Value $322.00 AUD\n",
    )

    assert (trade.quantity, trade.price, trade.security_name) == (Decimal("100"), Decimal("3.125"), "ACME WIDGETS LTD")
    assert (trade.commission, trade.net_amount) == (Decimal("9.50"), Decimal("322.00"))
    assert (trade.currency, trade.gross_amount) == ("AUD", Decimal("312.50"))
    assert (trade.trade_date, trade.settlement_date) == (date(2024, 7, 15), date(2024, 7, 17))


# --- 14. a sentence is never a security name ---------------------------------------------------------

_SENTENCE = "If there are sufficient funds in your account"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            f"Lindenhof Privatbank AG\nDescription:  {_SENTENCE}\nQuantity  100\nPrice  CHF 10.00\n"
            "Net amount  CHF 1,000.00\n",
            id="beside-a-label",
        ),
        pytest.param(
            f"Lindenhof Privatbank AG\nSecurity\n{_SENTENCE}\nQuantity  100\nPrice  CHF 10.00\n"
            "Net amount  CHF 1,000.00\n",
            id="under-a-label",
        ),
        pytest.param(
            f"Harrow Street Brokerage LLC\nWe have bought for you\n{_SENTENCE}\nQuantity  100\nPrice  10.00\n"
            "Net amount  1,000.00\n",
            id="after-the-side-sentence",
        ),
    ],
)
def test_a_sentence_is_never_a_security_name(tmp_path: Path, text: str) -> None:
    [trade] = _read(tmp_path, text)

    assert trade.security_name is None
    assert (trade.quantity, trade.net_amount) == (Decimal("100"), Decimal("1000.00"))


def test_a_sentence_among_a_statement_rows_details_is_not_its_name(tmp_path: Path) -> None:
    trades = _read(
        tmp_path,
        "Lindenhof Privatbank AG\n"
        "Date Detail Value date Debit Credit Balance\n"
        "24.11.2025 Fund buy 24.11.2025 10.00 990.00\n"
        f"{_SENTENCE}\n"
        "Units 0.5\n"
        "Rate 20.00\n"
        "25.11.2025 Fund buy 25.11.2025 30.00 960.00\n"
        "Northern Bond Index Fund I\n"
        "Units 2\n"
        "Rate 15.00\n",
    )

    assert [(t.security_name, t.quantity, t.net_amount) for t in trades] == [
        (None, Decimal("0.5"), Decimal("10.00")),
        ("Northern Bond Index Fund I", Decimal("2"), Decimal("30.00")),
    ]


def test_a_market_commentary_that_tells_of_a_purchase_is_no_trade(tmp_path: Path) -> None:
    trades = _read(
        tmp_path,
        "Dear Client,\n\n"
        "The index closed the week at 7,217.71, up 3.5%. Our model portfolio bought 2,500 shares of a regional "
        "lender at 412.5p.\n\nKind regards\nHarrow Street Brokerage LLC\n",
    )

    assert trades == ()


def test_a_trade_told_to_the_client_in_a_sentence_is_read(tmp_path: Path) -> None:
    [trade] = _read(
        tmp_path,
        "Harrow Street Brokerage LLC\nToday we have bought for your account 1,500 shares of ACME WIDGETS INC "
        "at USD 12.50.\nNet amount  USD 18,765.00\n",
    )

    assert (trade.side, trade.quantity, trade.price) == ("BUY", Decimal("1500"), Decimal("12.50"))
    assert trade.security_name == "ACME WIDGETS INC"
