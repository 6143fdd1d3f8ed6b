"""Multi-trade pages introduced by side headings, rounds of labels with a stray one, Scandinavian wording,
issuers followed by registration numbers, charges that include their tax, values of explicit labels, CSV
exports naming the currency in their headers, names run into an identifier's column, and headers printed on two
lines.

Every document here is invented for the test.
"""

from datetime import date
from decimal import Decimal
from pathlib import Path

from extraction_samples import read_trades as _read
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from extraction import validators
from extraction.assemble import repeated_label_blocks
from extraction.layout import lines_from_text
from extraction.pipeline import extract


def _cusip(body: str) -> str:
    """body (eight characters) with its CUSIP check digit."""
    total = 0
    for position, ch in enumerate(body):
        value = int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10
        value *= 2 if position % 2 else 1
        total += value // 10 + value % 10
    cusip = body + str((10 - total % 10) % 10)
    assert validators.is_cusip(cusip), cusip
    return cusip


# --- blocks headed "SELL 3,192 NAME": side, count and security on one line -------------------------

_FIRST, _SECOND = _cusip("12345A10"), _cusip("98765B20")
_HEADED = f"""\
HARTWELL SECURITIES
Hartwell Securities, LLC   Account   K11-204455

SELL 3,192 HALVORSEN INSTRUMENTS CORP COM
  Trade date   01/16/2023      Principal       66,503.72
  Settle date  01/18/2023      Commission          15.96
  CUSIP        {_FIRST}       Net proceeds    66,487.76
  Price        20.8345
YOU BOUGHT 1,494 STELLAN WATER HOLDINGS INC SHS
  Trade date   01/16/2023      Principal       31,374.00
  Settle date  01/18/2023      Commission           7.47
  CUSIP        {_SECOND}       Net amount      31,381.47
  Price        21.00
"""


def test_each_block_heading_gives_its_side_count_and_security(tmp_path: Path) -> None:
    trades = _read(tmp_path, _HEADED)

    assert [(t.side, t.quantity, t.security_name, t.price) for t in trades] == [
        ("SELL", Decimal("3192"), "HALVORSEN INSTRUMENTS CORP COM", Decimal("20.8345")),
        ("BUY", Decimal("1494"), "STELLAN WATER HOLDINGS INC SHS", Decimal("21.00")),
    ]


def test_each_block_takes_the_identifier_printed_in_it_not_the_first_block_s(tmp_path: Path) -> None:
    trades = _read(tmp_path, _HEADED)

    assert [t.cusip for t in trades] == [_FIRST, _SECOND]


def test_a_sentence_that_states_a_price_is_no_block_heading(tmp_path: Path) -> None:
    # Read as a heading, the name would run on into "AT"; the sentence reader stops it at the price.
    [trade] = _read(tmp_path, "Hartwell Securities, LLC\n\nYOU SOLD 14 ACME CORP COM AT 173.11\n")

    assert (trade.side, trade.quantity, trade.price, trade.security_name) == (
        "SELL",
        Decimal("14"),
        Decimal("173.11"),
        "ACME CORP COM",
    )


# --- rounds of labels: a stray label elsewhere does not shift them ---------------------------------

_ROUND = (
    "Deal {n} of 3\nSecurity  {name}\nQuantity  {quantity}\nPrice  EUR {price}\nCommission  EUR 5.00\n"
    "{fee}Amount debited  EUR {net}\n"
)


def test_a_charge_label_above_the_first_round_does_not_shift_the_blocks() -> None:
    text = "Lindenhof Privatbank AG\nAccount fees  EUR 0.00 a year  Securities account 6325 067257 00\n\n" + "".join(
        _ROUND.format(n=n, name=name, quantity=q, price=p, net=net, fee=fee)
        for n, name, q, p, net, fee in (
            (1, "ALPHA HOLDINGS AG", "100", "10.00", "1,007.50", "Third-party fees  EUR 2.50\n"),
            (2, "BETA INDUSTRIES SE", "50", "20.00", "1,007.50", "Exchange fees  EUR 2.50\n"),
            (3, "GAMMA LOGISTICS NV", "10", "7.50", "80.00", ""),
        )
    )
    lines = lines_from_text(text)
    blocks = repeated_label_blocks(lines)

    # Each block holds its own deal, its charges included: the fees line under a deal is not the next one's head.
    assert [
        [line.text for line in block if line.text.startswith(("Security ", "Third", "Exchange"))] for block in blocks
    ] == [
        ["Security  ALPHA HOLDINGS AG", "Third-party fees  EUR 2.50"],
        ["Security  BETA INDUSTRIES SE", "Exchange fees  EUR 2.50"],
        ["Security  GAMMA LOGISTICS NV"],
    ]


# --- Scandinavian wording -------------------------------------------------------------------------


def test_swedish_and_norwegian_labels_and_side_words_are_read(tmp_path: Path) -> None:
    text = (
        "Hej,\n\nDin order är utförd.\n\n"
        "Transaktion:  Köp\n"
        "Värdepapper:  Skarvholm Medical AB B\n"
        "Handelsdag:  01.07.2024\n"
        "Likviddag:  04.07.2024\n"
        "Antal:  36 600\n"
        "Kurs:  SEK 79,10\n"
        "Belopp:  SEK 2 895 060,00\n"
        "Courtage:  SEK 7 237,65\n"
        "Depå:  910-995032\n"
    )
    [trade] = _read(tmp_path, text)

    assert (trade.side, trade.security_name, trade.quantity, trade.price) == (
        "BUY",
        "Skarvholm Medical AB B",
        Decimal("36600"),
        Decimal("79.10"),
    )
    assert (trade.trade_date, trade.settlement_date) == (date(2024, 7, 1), date(2024, 7, 4))
    assert (trade.gross_amount, trade.commission, trade.account) == (
        Decimal("2895060.00"),
        Decimal("7237.65"),
        "910-995032",
    )


def test_a_marketplace_line_under_the_ticker_is_not_its_value(tmp_path: Path) -> None:
    text = "Order type:  Sold\nSecurity:  Kvarnby Laks ASA\nTicker:  KVARN\nMarketplace:  Euronext Expand\n"
    text += "Antall:  6 074\nKurs:  NOK 90,40\n"
    [trade] = _read(tmp_path, text)

    assert (trade.ticker, trade.side, trade.quantity) == ("KVARN", "SELL", Decimal("6074"))


# --- issuers, charges and explicit labels ----------------------------------------------------------


def test_the_issuer_is_named_before_its_registration_numbers(tmp_path: Path) -> None:
    text = (
        "Wattle Securities Pty Ltd ABN 63 104 557 218 AFSL 248913    Date of issue 16/05/2023\n"
        "Level 23, 161 Castlereagh Street, Sydney NSW 2000\n\n"
        "SELL\nSecurity description  Coorabell Ltd\nQuantity  25,300\nPrice  $0.55\nConsideration  $13,915.00\n"
    )
    [trade] = _read(tmp_path, text)

    assert trade.counterparty == "Wattle Securities Pty Ltd"


def test_brokerage_including_gst_is_one_commission(tmp_path: Path) -> None:
    text = "BUY\nQuantity  100\nPrice  $5.00\nConsideration  $500.00\nBrokerage inc GST  $15.31\n"
    [trade] = _read(tmp_path, text)

    assert (trade.commission, trade.taxes) == (Decimal("15.31"), None)


def test_the_confirmation_number_outranks_the_order_id(tmp_path: Path) -> None:
    text = "BUY\nQuantity  100\nPrice  $5.00\nOrder ID  O3108697077\nReference no.  C33641309\n"
    [trade] = _read(tmp_path, text)

    assert trade.trade_ref == "C33641309"


def test_the_cell_after_an_explicit_label_is_its_value(tmp_path: Path) -> None:
    text = "Action:  Bought\nQuantity:  105\nPrice:  $8.4366\nTrade Date:  November 21, 2023\n"
    [trade] = _read(tmp_path, text)

    assert trade.trade_date == date(2023, 11, 21)


# --- CSV: currency in the headers, the firm in the title --------------------------------------------


def test_a_csv_names_its_currency_in_the_money_headers_and_its_firm_in_the_title(tmp_path: Path) -> None:
    text = (
        "Tallwood Direct Investing Inc. - Account Activity\n"
        "Account,854UF648 (Margin - CAD)\n"
        "\n"
        "Transaction Date,Activity Type,Ticker,Quantity,Unit Price (CAD),Commission,Amount (CAD)\n"
        '2024-07-02,Buy,FBAL,"79,100",0.1179,4.95,"-9,330.84"\n'
        "2024-07-05,INT,,,,,34.33\n"
    )
    [trade] = _read(tmp_path, text, "activity.csv")

    assert (trade.currency, trade.counterparty, trade.account) == ("CAD", "Tallwood Direct Investing Inc.", "854UF648")
    assert (trade.side, trade.quantity, trade.net_amount) == ("BUY", Decimal("79100"), Decimal("9330.84"))


# --- fixed-width reports: a name run into the identifier's column -----------------------------------


def test_a_name_run_into_the_cusip_column_of_a_fixed_width_report_is_cut_at_the_column(tmp_path: Path) -> None:
    cusip = _cusip("983U0Z10")
    text = (
        " WESTERLY CLEARING      TRADE CONFIRMATION\n"
        "\n"
        " TRANSACTION       QUANTITY   SECURITY DESCRIPTION                    CUSIP       SYMBOL\n"
        f" BOUGHT              96,500   BELCARO PHARMACEUTICALS HOLDINGS INC COM{cusip}   BPE\n"
        "\n"
        "          PRICE                         247.130000\n"
        "          PRINCIPAL                  23,848,045.00\n"
    )
    [trade] = _read(tmp_path, text)

    assert (trade.security_name, trade.cusip, trade.ticker) == (
        "BELCARO PHARMACEUTICALS HOLDINGS INC COM",
        cusip,
        "BPE",
    )


def test_a_word_that_only_ends_like_an_identifier_is_not_cut_when_it_stays_in_its_column(tmp_path: Path) -> None:
    cusip = _cusip("983U0Z10")
    text = (
        " TRANSACTION       QUANTITY   SECURITY DESCRIPTION                    CUSIP       SYMBOL\n"
        f" BOUGHT              96,500   BELCARO PHARMACEUTICALS INC COM        {cusip}   BPE\n"
        "\n"
        "          PRICE                         247.130000\n"
        "          PRINCIPAL                  23,848,045.00\n"
    )
    [trade] = _read(tmp_path, text)

    assert (trade.security_name, trade.cusip) == ("BELCARO PHARMACEUTICALS INC COM", cusip)


# --- headers printed on two lines --------------------------------------------------------------------

_STACKED_TEXT = """\
ARDMORE STOCKBROKERS LIMITED                          STATEMENT OF ACCOUNT
TRANSACTIONS
Trade       Value                                   Unit        Net
Date        Date        Description    Quantity    Price      Amount
14/03/2025  18/03/2025  ALPHA PLC         1,000     2.50    2,512.50
17/03/2025  19/03/2025  BETA PLC            200    10.00    1,990.00
"""


def test_a_header_printed_on_two_lines_names_its_columns_by_both(tmp_path: Path) -> None:
    trades = _read(tmp_path, _STACKED_TEXT)

    assert [(t.trade_date, t.settlement_date, t.security_name, t.quantity, t.price, t.net_amount) for t in trades] == [
        (date(2025, 3, 14), date(2025, 3, 18), "ALPHA PLC", Decimal("1000"), Decimal("2.50"), Decimal("2512.50")),
        (date(2025, 3, 17), date(2025, 3, 19), "BETA PLC", Decimal("200"), Decimal("10.00"), Decimal("1990.00")),
    ]


def test_a_two_line_header_in_a_pdf_names_its_columns_by_both(tmp_path: Path) -> None:
    path = tmp_path / "statement.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, 800, "Ardmore Stockbrokers Limited")
    pdf.setFont("Helvetica", 9)
    lefts = (40, 110, 180, 330, 400, 470)
    for y, cells in (
        (760, ("Trade", "Value", "", "", "Unit", "Net")),
        (750, ("Date", "Date", "Description", "Quantity", "Price", "Amount")),
        (734, ("14/03/2025", "18/03/2025", "ALPHA PLC", "1,000", "2.50", "2,512.50")),
        (720, ("17/03/2025", "19/03/2025", "BETA PLC", "200", "10.00", "1,990.00")),
    ):
        for left, cell in zip(lefts, cells, strict=True):
            pdf.drawString(left, y, cell)
    pdf.showPage()
    pdf.save()
    result = extract(path)

    assert [(t.trade_date, t.settlement_date, t.price, t.net_amount) for t in result.trades] == [
        (date(2025, 3, 14), date(2025, 3, 18), Decimal("2.50"), Decimal("2512.50")),
        (date(2025, 3, 17), date(2025, 3, 19), Decimal("10.00"), Decimal("1990.00")),
    ]


# --- German notes print the unit before the count -----------------------------------------------------


def test_a_count_printed_after_its_unit_is_the_quantity(tmp_path: Path) -> None:
    text = (
        "Lindenhof Bank AG\n"
        "WERTPAPIERABRECHNUNG\n"
        "KAUF\n"
        "Einheit Umsatz\n"
        "ST 132,80212\n"
        "Kurs 37,650000 EUR\n"
        "Kurswert EUR 5.000,00\n"
    )
    [trade] = _read(tmp_path, text)

    assert (trade.side, trade.quantity, trade.price, trade.gross_amount) == (
        "BUY",
        Decimal("132.80212"),
        Decimal("37.650000"),
        Decimal("5000.00"),
    )


# --- statements: positions, cash rows, lines under a row, fixed-width columns -------------------------


def _statement_pdf(path: Path, rows: list[tuple[float, tuple[str, ...]]], lefts: tuple[int, ...]) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, 800, "Ardmore Stockbrokers Limited")
    pdf.setFont("Helvetica", 8)
    for y, cells in rows:
        for left, cell in zip(lefts, cells, strict=False):
            if cell:
                pdf.drawString(left, y, cell)
    pdf.showPage()
    pdf.save()
    return path


_LEFTS = (40, 100, 160, 220, 380, 430, 490, 550)
_HEADER = [
    (740, ("Trade", "Value", "Deal", "", "", "Unit", "Net")),
    (730, ("Date", "Date", "Ref", "Description", "Quantity", "Price", "Amount", "(EUR)")),
]


def test_a_statement_reads_the_lines_under_each_row_and_skips_positions_and_cash(tmp_path: Path) -> None:
    isin = "IE00B4L5Y983"
    rows = [
        (780, ("PORTFOLIO VALUATION AS AT 31 MAY 2024",)),
        (770, ("Holding", "", "", "", "Quantity", "Price", "Market Value")),
        (760, ("Ashgrove Foods PLC", "", "", "", "5,150", "97.92", "504,288.00")),
        *_HEADER,
        (714, ("01/05/2024", "01/05/2024", "", "Dividend Brightwater PLC", "9,100", "", "590.59")),
        (704, ("", "", "", "shares @ EUR 0.0649 per share")),
        (694, ("", "", "", "record date 11/04/2024")),
        (684, ("", "", "", "paid 01/05/2024")),
        (674, ("02/05/2024", "06/05/2024", "T5434637", "Velmora Foods", "35", "77.23", "2,730.08")),
        (664, ("", "", "", "Holdings PLC Ord Shs")),
        (654, ("", "", "", f"ISIN {isin}")),
        (644, ("", "", "", "ORDER NO V1340414")),
    ]
    [trade] = extract(_statement_pdf(tmp_path / "statement.pdf", rows, _LEFTS)).trades

    assert (trade.security_name, trade.isin, trade.quantity, trade.net_amount) == (
        "Velmora Foods Holdings PLC Ord Shs",
        isin,
        Decimal("35"),
        Decimal("2730.08"),
    )
    assert (trade.currency, trade.trade_ref) == ("EUR", "T5434637")
    assert trade.confidence["security_name"] < 0.9  # where a wrapped name ends is a guess


_FIXED_WIDTH = """ ACCOUNT ACTIVITY

  TRADE    SETTLE                                                                          NET
  DATE     DATE     ACTIVITY       QUANTITY DESCRIPTION                   PRICE         AMOUNT
  07/02/24 07/03/24 BOT                 146 OSTROVA TELECOM CO CL A     37.2390     (5,451.84)
                                              SEC FEE 0.60 TAF 3.59
                                              ORDER NO V1340414
  07/05/24 07/08/24 SS                1,626 OSTROVA INDUSTRIES CORP      1.4320       2,323.14
"""


def test_a_fixed_width_statement_is_cut_where_each_heading_begins(tmp_path: Path) -> None:
    trades = _read(tmp_path, _FIXED_WIDTH)

    assert [(t.trade_date, t.side, t.quantity, t.security_name, t.price) for t in trades] == [
        (date(2024, 7, 2), "BUY", Decimal("146"), "OSTROVA TELECOM CO CL A", Decimal("37.2390")),
        (date(2024, 7, 5), "SELL", Decimal("1626"), "OSTROVA INDUSTRIES CORP", Decimal("1.4320")),
    ]
    assert (trades[0].fees, trades[0].trade_ref) == (Decimal("4.19"), "V1340414")


# --- text printed over the next box -------------------------------------------------------------------


def test_words_printed_over_one_another_are_two_words(tmp_path: Path) -> None:
    path = tmp_path / "note.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, 800, "Jade Hill Securities Limited")
    pdf.setFont("Helvetica", 9)
    for x, y, text in (
        (40, 760, "Description"),
        (160, 760, "Market"),
        (40, 748, "WE HAVE BOUGHT FROM YOU"),
        # The description ran past the next box's left edge: that box's text begins over its last letter.
        (40 + stringWidth("WE HAVE BOUGHT FROM YOU", "Helvetica", 9) - 5, 748, "SEHK"),
        (40, 720, "Quantity"),
        (160, 720, "Unit Price"),
        (280, 720, "Gross Value"),
        (40, 708, "2,500"),
        (160, 708, "100.642"),
        (280, 708, "251,605.00"),
    ):
        pdf.drawString(x, y, text)
    pdf.showPage()
    pdf.save()
    [trade] = extract(path).trades

    assert trade.side == "SELL"  # the client sold: "we have bought from you"


def test_a_csv_price_with_three_decimals_is_not_read_as_thousands(tmp_path: Path) -> None:
    text = (
        "Transaction Date,Action,Symbol,Shares,Price (CAD),Commission,Net Amount (CAD)\n"
        "2024-12-05,Sale,WSE,1842,60.194,9.95,110867.40\n"
        "2024-12-10,Deposit,,,,,30820.00\n"
    )
    [trade] = _read(tmp_path, text, "activity.csv")

    assert (trade.price, trade.quantity, trade.net_amount) == (Decimal("60.194"), Decimal("1842"), Decimal("110867.40"))


def test_a_code_cell_beside_another_label_is_the_ticker(tmp_path: Path) -> None:
    text = "SELL\nQuantity  100\nPrice  $5.00\nCode  MRA    CHESS settlement fee  $3.30\n"
    [trade] = _read(tmp_path, text)

    assert (trade.ticker, trade.fees) == ("MRA", Decimal("3.30"))


def test_a_sentence_of_two_dates_and_a_title_with_a_dash_give_dates_and_issuer(tmp_path: Path) -> None:
    text = (
        "Marlowe & Finch Securities Ltd - dealing notification\n\n"
        "We bought 8,583 FALKENRATH MATERIALS PLC ORD 5P at £75.1915 for account MF/26878.\n"
        "Trade date 21/12/2023, settlement date 25/12/2023.\n"
        "Net consideration £649,892.72\n"
    )
    [trade] = _read(tmp_path, text)

    assert (trade.trade_date, trade.settlement_date) == (date(2023, 12, 21), date(2023, 12, 25))
    assert trade.counterparty == "Marlowe & Finch Securities Ltd"


def test_an_as_of_trade_date_is_read_and_a_reference_shaped_like_an_isin_is_no_isin(tmp_path: Path) -> None:
    text = (
        "Hartwell Securities, LLC\n"
        "Processing date  11/07/2023\n"
        "BUY\n"
        "Trade Date AS OF 11/02/2023\n"
        "Quantity  100\n"
        "Price  $5.00\n"
        "Reference:  SH4221621122\n"
    )
    [trade] = _read(tmp_path, text)

    assert validators.is_isin("SH4221621122")  # by chance
    assert (trade.trade_date, trade.trade_ref, trade.isin) == (date(2023, 11, 2), "SH4221621122", None)


def test_open_positions_joined_by_single_spaces_are_no_trades(tmp_path: Path) -> None:
    text = (
        "Harbour Brokers Pte. Ltd.\n"
        "Activity Statement : 2023.01.01 - 2023.01.31\n"
        "Open Positions\n"
        "Symbol Quantity Cost Price Cost Basis Close Price Value\n"
        "QQQ 53 332.86 17,641.76 294.62 15,614.86\n"
        "VOO 25 391.48 9,787.03 373.44 9,336.00\n"
    )
    path = tmp_path / "statement.txt"
    path.write_text(text, encoding="utf-8")

    assert extract(path).trades == ()


def test_a_time_zone_between_a_date_label_and_its_date_is_passed_over(tmp_path: Path) -> None:
    text = "Lindenhof Bank AG\nKAUF\nSchlusstag/-zeit MEZ 02.04.2015 / 09:04\nStück 10\nKurs 5,00 EUR\n"
    [trade] = _read(tmp_path, text)

    assert trade.trade_date == date(2015, 4, 2)


def test_rand_amounts_vat_on_charges_and_a_tax_named_in_a_sentence(tmp_path: Path) -> None:
    text = (
        "Kloofnek Securities (Pty) Ltd\n"
        "Bought\n"
        "JSE code  MRA\n"
        "Quantity  1 477\n"
        "Price  R 23,56\n"
        "Consideration  R 34 798,12\n"
        "Brokerage fee  R 150,00\n"
        "STRATE fee  R 12,05\n"
        "VAT on charges  R 24,31\n"
        "Securities transfer tax is levied at 0.25% on purchases in terms of the "
        "Securities Transfer Tax Act 25 of 2007.\n"
    )
    [trade] = _read(tmp_path, text)

    assert (trade.currency, trade.price, trade.gross_amount, trade.ticker) == (
        "ZAR",
        Decimal("23.56"),
        Decimal("34798.12"),
        "MRA",
    )
    assert (trade.commission, trade.fees, trade.taxes) == (Decimal("150.00"), Decimal("12.05"), Decimal("24.31"))


def test_a_header_printed_on_three_lines_names_its_columns_by_all_of_them(tmp_path: Path) -> None:
    text = (
        "Tarangini Stock Broking Private Limited\n"
        "Trade      Security              Buy /    Quantity    Price            Net Total\n"
        "Time       Description           Sell                 per Unit         (Before\n"
        "                                                      (INR)            Levies) (INR)\n"
        "13:25:42   AMRAVALI STEEL LTD    Sell        3,250    30.60            99,151.65\n"
        "13:26:23   SHUBHODAYA AUTO LTD   Buy           221    955.50           211,165.50\n"
    )
    trades = _read(tmp_path, text)

    assert [(t.side, t.quantity, t.price, t.security_name) for t in trades] == [
        ("SELL", Decimal("3250"), Decimal("30.60"), "AMRAVALI STEEL LTD"),
        ("BUY", Decimal("221"), Decimal("955.50"), "SHUBHODAYA AUTO LTD"),
    ]
