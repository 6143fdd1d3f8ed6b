"""Headers with their unit or two names, labels that name another field in another language, statements whose
cash rows are not the document's labels, HTML tables whose text does not line up, summary tables repeated by
the pages after them, and words a PDF prints without a space between them.

Every document here is invented for the test.
"""

from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

import pytest
from extraction_samples import read_trades as _read
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from extraction import normalize
from extraction.assemble import same_deal
from extraction.fields import leading_label_fields
from extraction.labels import field_for_header, header_field, positions_table
from extraction.layout import lines_from_text
from extraction.pdf import read_pdf
from extraction.pipeline import extract
from extraction.tables import header_columns
from extraction.types import Trade, keep_once

# --- headers ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Price £", "price"),
        ("Net Amount £", "net_amount"),
        ("Price in EUR", "price"),
        ("Cash £", "net_amount"),
        ("Nominal/Anzahl", "quantity"),
        ("Order No. / Order Time", "trade_ref"),
        ("Gross Rate / Trade Price Per Unit (INR)", "price"),
    ],
)
def test_a_header_with_its_unit_or_two_names_names_its_field(header: str, field: str) -> None:
    assert field_for_header(header) == field


def test_a_rate_per_unit_is_no_amount_of_the_trade() -> None:
    # Read by its last word, "Brokerage Per Unit" would be a count of units.
    assert header_field("Brokerage Per Unit (INR)") is None


def test_a_cell_is_not_cut_where_a_name_runs_across_the_cut() -> None:
    # "Payment Due" and "Date" are both names, but "Due Date" spans them: one column, not two.
    line = lines_from_text("Contract No   Trade Date   Payment Due Date   Quantity   Price   Amount")[0]
    columns = header_columns(line)
    assert columns is not None
    assert [c.field for c in columns] == [
        "trade_ref",
        "trade_date",
        "settlement_date",
        "quantity",
        "price",
        "net_amount",
    ]


# --- a label that names one field in one language and another in the next ---------------------------------

_DUTCH = """\
VAN DER HOEVEN EFFECTEN N.V.
Transactie          Aankoop
Instrument          Hollandse Draad NV ORD
Transactiedatum     07-10-2024
Valutadatum         09-10-2024
Aantal              1.200
Koers               41,31
Valuta              EUR
Transactiebedrag    49.572,00
Provisie            49,57
Te verrekenen       49.621,57
"""


def test_valuta_followed_by_a_currency_is_the_currency_and_by_a_date_the_value_date(tmp_path: Path) -> None:
    [trade] = _read(tmp_path, _DUTCH)

    assert (trade.side, trade.currency, trade.settlement_date.isoformat()) == ("BUY", "EUR", "2024-10-09")
    assert (trade.quantity, trade.price, trade.commission, trade.net_amount) == (
        Decimal("1200"),
        Decimal("41.31"),
        Decimal("49.57"),
        Decimal("49621.57"),
    )


def test_valeur_followed_by_a_name_is_the_security(tmp_path: Path) -> None:
    text = (
        "Maison Lambert SA\nOpération ........ Vente\nValeur ........... Fennimore Chimie SA ACT\n"
        "Date d'opération . 26.08.2024\nDate valeur ...... 28.08.2024\nQuantité ......... 980\n"
        "Cours ............ 7,75 EUR\nCourtage ......... 15,00 EUR\nMontant net ...... 7.580,00 EUR\n"
    )
    [trade] = _read(tmp_path, text)

    assert (trade.side, trade.security_name, trade.settlement_date.isoformat()) == (
        "SELL",
        "Fennimore Chimie SA ACT",
        "2024-08-28",
    )


def test_a_date_spelled_out_settles_how_the_figures_run() -> None:
    # "$" alone would say month first; the spelled date says 3 April.
    text = "Detalle de la operación realizada el 3 de abril de 2023:\nFecha: 03/04/2023\nPrecio: $1.56"

    assert normalize.detect_day_first(text) is True
    assert normalize.detect_day_first("Traded on March 4, 2023. Trade date 03/04/2023, EUR") is False


def test_no_of_shares_is_a_count_not_a_registration_number() -> None:
    # "No." before "of" numbers shares; "VAT No." names a registration, whose figures are no amount.
    assert leading_label_fields(lines_from_text("No. of Shares   : 12,400")[0]) == ["quantity"]
    assert leading_label_fields(lines_from_text("VAT No.   GB 433 8716 440")[0]) == []


def test_a_total_of_the_charges_is_not_one_more_charge(tmp_path: Path) -> None:
    text = (
        "Kransberg Securities (Pty) Ltd\nSale: OUTENIQUA PROPERTIES LTD\nQuantity:  14\nPrice:  R 262,88\n"
        "Consideration:  R 3 680,32\nSettlement fee  R 12,05\nTrading fee  R 0,19\nTotal charges  R 12,24\n"
        "Amount due to you  R 3 668,08\n"
    )
    [trade] = _read(tmp_path, text)

    assert trade.fees == Decimal("12.24")  # 12.05 + 0.19, not counted again with their total
    # "Sale: NAME": the side as the line's label, the security as its value.
    assert (trade.side, trade.security_name) == ("SELL", "OUTENIQUA PROPERTIES LTD")


# --- statements ------------------------------------------------------------------------------------------

_STATEMENT = """\
Ashby Vale Wealth Management Limited
Portfolio number   AV-204417

Transactions in the period
Trade          Settlement                                   Quantity       Price    Consideration     Cash
Date           Date          Type       Description                        £          £               £
3 Apr 2024     8 Apr 2024    Sale       Halvorsen Index Fund        22,736.558    2.8053    63,782.87     63,782.87
8 Apr 2024     8 Apr 2024    Withdrawal Payment to nominated account                                   (43,425.00)
                                        ****8184
12 Apr 2024    12 Apr 2024   Dividend   Calyxor Marine PLC Ord 25p                                          321.02

Cash account summary
Fees and charges                         (3,440.63)
"""


def test_a_statement_s_cash_rows_are_not_read_as_the_document_s_labels(tmp_path: Path) -> None:
    [trade] = _read(tmp_path, _STATEMENT)

    # "Payment to nominated account (43,425.00)" is a withdrawal, not the account; the cash summary's
    # "Fees and charges" are the account's, not the one trade's.
    assert trade.account == "AV-204417"
    assert trade.fees is None
    assert (trade.side, trade.quantity, trade.price, trade.net_amount) == (
        "SELL",
        Decimal("22736.558"),
        Decimal("2.8053"),
        Decimal("63782.87"),
    )


def test_holdings_are_told_by_their_heading_or_by_what_their_columns_measure() -> None:
    headed = lines_from_text("Canadian dollar holdings (CAD)\nSymbol   Security   Quantity   Price   Value")
    assert positions_table(headed, 1, {"ticker", "security_name", "quantity", "price", "net_amount"})

    bare = lines_from_text("Code   Name   Units   Price   Market value   Weight")
    assert positions_table(bare, 0, {"ticker", "security_name", "quantity", "price", "gross_amount"})

    trades = lines_from_text("Date   Code   Name   Units   Price   Amount")
    assert not positions_table(trades, 0, {"trade_date", "ticker", "security_name", "quantity", "price"})


def test_a_code_column_of_activity_codes_gives_the_side(tmp_path: Path) -> None:
    text = (
        "Maplecroft Direct Investing Inc.\n\n"
        "Date         Code   Description                  Quantity      Price       Amount\n"
        "2023-12-01   SLD    PEMBROOK FALLS INDEX ETF           26      61.52     1,599.52\n"
        "2023-12-04   DIV    Cash dividend KINNAIRD CORP                             122.40\n"
        "2023-12-05   BUY    MAPLECROFT ENERGY INC            3,000      9.9253   29,775.90\n"
    )
    trades = _read(tmp_path, text)

    assert [(t.side, t.ticker, t.quantity) for t in trades] == [
        ("SELL", None, Decimal("26")),
        ("BUY", None, Decimal("3000")),
    ]


def _trade(quantity: str, net: str, name: str | None, **more: object) -> Trade:
    return Trade(quantity=Decimal(quantity), net_amount=Decimal(net), security_name=name, **more)


def test_a_summary_of_trades_confirmed_again_below_is_kept_once_in_its_fuller_reading() -> None:
    summary = [_trade("330", "95969.20", "TESSARO NETWORKS"), _trade("150", "11714.51", "ORRINDALE SE")]
    pages = [
        _trade("330", "95969.20", "TESSARO NETWORKS", side="BUY", price=Decimal("290.30")),
        _trade("150", "11714.51", "ORRINDALE SE", side="BUY", price=Decimal("77.902")),
    ]

    kept: list[Trade] = []
    keep_once(kept, summary, same_deal)
    keep_once(kept, pages, same_deal)
    assert kept == pages
    # Two fills alike in count but not in money are two trades; so are two alike fills on one page.
    other = _trade("330", "95000.00", "TESSARO NETWORKS")
    assert len(_kept_once([summary[0]], [other])) == 2
    assert len(_kept_once([summary[0], summary[0]])) == 2


def _kept_once(*groups: list[Trade]) -> list[Trade]:
    kept: list[Trade] = []
    for group in groups:
        keep_once(kept, group, same_deal)
    return kept


# --- HTML tables -----------------------------------------------------------------------------------------


def test_an_html_table_is_read_cell_for_cell_and_a_break_inside_a_cell_keeps_its_row(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "contracts@seraya.example.com.my"
    message["To"] = "client@example.com"
    message["Subject"] = "Contract note S120496871"
    message.set_content("Please view this message as HTML.")
    message.add_alternative(
        "<p>Dear client, the contract note for 21-10-2025:</p><table>"
        "<tr><th>Contract No</th><th>Trade Date</th><th>B/S</th><th>Stock Name</th><th>No. of Shares</th>"
        "<th>Unit Price</th><th>Consideration</th><th>Brokerage Fee</th><th>Nett Amount</th></tr>"
        "<tr><td>S120496871</td><td>21-10-2025</td><td>SOLD</td><td>BUKIT TIMUR<br>PLANTATIONS BERHAD</td>"
        "<td>7,500</td><td>RM0.735</td><td>RM5,512.50</td><td>RM28.00</td><td>RM5,484.50</td></tr>"
        "</table><p>Seraya Bintang Securities Sdn. Bhd.</p>",
        subtype="html",
    )
    path = tmp_path / "contract.eml"
    path.write_bytes(bytes(message))
    result = extract(path)
    assert result.ok, result.error
    [trade] = result.trades

    assert (trade.trade_ref, trade.side, trade.security_name, trade.quantity) == (
        "S120496871",
        "SELL",
        "BUKIT TIMUR PLANTATIONS BERHAD",
        Decimal("7500"),
    )
    assert (trade.price, trade.currency, trade.net_amount) == (Decimal("0.735"), "MYR", Decimal("5484.50"))
    assert trade.counterparty == "Seraya Bintang Securities Sdn. Bhd."


# --- PDF words -------------------------------------------------------------------------------------------


def test_two_words_printed_closer_than_pdfplumber_s_tolerance_are_two_words(tmp_path: Path) -> None:
    path = tmp_path / "headings.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 6.5)
    x = 100.0
    for word in ("Consideration", "Commission"):
        pdf.drawString(x, 700, word)
        x += stringWidth(word, "Helvetica", 6.5) + 2.9  # wider than a space, inside the 3 pt tolerance
    pdf.save()

    words = [word.text for line in read_pdf(path.read_bytes()).lines for word in line.words]

    assert words == ["Consideration", "Commission"]


# --- values beside labels --------------------------------------------------------------------------------


def test_the_cell_after_a_label_that_reads_as_its_value_is_its_value() -> None:
    # A classifier might read "FJELO" as a label of its own; it is the ticker's value.
    line = lines_from_text("Ticker   FJELO   Marketplace   First North Denmark")[0]

    assert leading_label_fields(line) == ["ticker"]


def test_a_code_with_its_colon_printed_apart_is_the_ticker(tmp_path: Path) -> None:
    text = (
        "Kallang Brokers Pte. Ltd.\nBuy/Sell      : SALE\nCode          : H90\nCounter Name  : FALKENRATH FOODS LTD\n"
        "Qty           : 4,500\nPrice         : S$1.20\nAmount        : S$5,400.00\n"
    )
    [trade] = _read(tmp_path, text)

    assert (trade.ticker, trade.security_name, trade.side) == ("H90", "FALKENRATH FOODS LTD", "SELL")
