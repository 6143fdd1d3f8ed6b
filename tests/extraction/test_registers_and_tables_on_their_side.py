"""Tables printed on their side, registers with account headings and cancellations, custodian exports, ledger
statements that tell each trade in words, text tables drawn with rules and dot leaders, labels printed with
their Chinese translation, and the small value rules behind them.

Every document here is invented for the test.
"""

from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

import pytest
from extraction_samples import read_trades as _read
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from extraction import normalize
from extraction.assemble import numbered_blocks
from extraction.layout import Word, lines_from_text
from extraction.pipeline import extract
from extraction.values import DocContext, parse_cell, parse_value


def _words(text: str) -> list[Word]:
    return list(lines_from_text(text)[0].words)


# --- tables on their side ------------------------------------------------------------------------------------

SIDEWAYS = """\
Please find below the allocations for today's executions.

      Alloc 1          Alloc 2
   Alloc Ref   K2401/1          K2401/2
   Fund        PCP-09           PCP-11
   Way         SELL             SELL
   Stock Desc  ORBIT MARINE PLC ORD   ORBIT MARINE PLC ORD
   TD          13 Jul 2023      13 Jul 2023
   SD          17 Jul 2023      17 Jul 2023
   Qty         1,000            2,500
   Price       1.8800           1.8800
   Ccy         GBP              GBP
   Gross Amt   1,880.00         4,700.00
   Comm        1.88             4.70
   Net Amt     1,878.12         4,695.30

Kind regards, Middle Office
"""


def test_a_table_on_its_side_gives_one_trade_a_column(tmp_path: Path) -> None:
    first, second = _read(tmp_path, SIDEWAYS)
    assert (first.quantity, second.quantity) == (Decimal(1000), Decimal(2500))
    assert (first.trade_ref, second.trade_ref) == ("K2401/1", "K2401/2")
    assert (first.side, first.security_name, first.net_amount) == ("SELL", "ORBIT MARINE PLC ORD", Decimal("1878.12"))
    assert (str(first.trade_date), str(first.settlement_date)) == ("2023-07-13", "2023-07-17")


def test_a_fund_named_by_a_code_is_the_clients_account(tmp_path: Path) -> None:
    first, second = _read(tmp_path, SIDEWAYS)
    assert (first.account, second.account) == ("PCP-09", "PCP-11")


# --- registers --------------------------------------------------------------------------------------------

REGISTER = """\
 TOLLGATE CLEARING LLC                       TRADE CONFIRMATION REGISTER              PAGE 1
 RUN 04/25/24                                TRADE DATE 04/24/24
         TRADE    SETTLE                      SECURITY                                                NET
 ST  TC  DATE     DATE        QUANTITY SYMBOL DESCRIPTION                   PRICE     PRINCIPAL       AMOUNT
 --- --- -------- -------- ----------- ------ ----------------------- ----------- ------------- ------------

 ACCOUNT 7UJ-00437   DR ADA NOVAK                        TYPE IRA
     S   04/24/24 04/26/24       1,000 PIEN   PENHALLOW INSTRUMENTS       20.4270     20,427.00    20,427.00
                                              HOLDINGS INC COM  TAG U004326  EXEC 10:51:01
     B   04/24/24 04/26/24         500 AVH    ALDERNEY HOTELS CO          12.0000      6,000.00     6,000.00

 ACCOUNT 7UJ-93595   SOFIA LINDGREN                      TYPE CASH
     B   04/24/24 04/26/24         800 MSA    MARIBELLE SOFTWARE CO        9.0900      7,272.00     7,272.00
 CXL B   04/24/24 04/26/24         800 MSA    MARIBELLE SOFTWARE CO        9.0900      7,272.00     7,272.00
 COR B   04/24/24 04/26/24         800 MSA    MARIBELLE SOFTWARE CO        9.0800      7,264.00     7,264.00
"""


def test_each_account_heading_names_the_account_of_the_rows_under_it(tmp_path: Path) -> None:
    trades = _read(tmp_path, REGISTER)
    assert [t.account for t in trades] == ["7UJ-00437", "7UJ-00437", "7UJ-93595"]


def test_a_cancellation_takes_back_the_row_it_repeats_and_the_rebill_stands(tmp_path: Path) -> None:
    trades = _read(tmp_path, REGISTER)
    assert [t.price for t in trades if t.ticker == "MSA"] == [Decimal("9.0800")]


def test_a_rows_second_line_ends_its_name_and_gives_its_tag(tmp_path: Path) -> None:
    first = _read(tmp_path, REGISTER)[0]
    assert first.security_name == "PENHALLOW INSTRUMENTS HOLDINGS INC COM"
    assert first.trade_ref == "U004326"
    assert first.side == "SELL"  # the "TC" column


def test_a_document_naming_no_currency_with_month_first_dates_is_in_dollars_at_low_confidence(tmp_path: Path) -> None:
    first = _read(tmp_path, REGISTER)[0]
    assert first.currency == "USD"
    assert first.confidence["currency"] < 0.9


# --- custodian exports ------------------------------------------------------------------------------------

_HEADER = "Txn Code;Txn Description;Txn Date;Contractual Settle;Asset ID;ID Type;Asset Description;Shares/Par;"
CUSTODIAN = f"""\
Report: Transaction Activity | Source: Northgate Global Custody Limited
Safekeeping account: GC013703 (Elm Endowment Trust)

{_HEADER}Txn Price;Local Ccy;Net Cash (LC)
RVP;Receipt vs payment;05/04/2023;07/04/2023;GB0002634946;ISIN;BAE SYSTEMS PLC ORD;1.000;4,50;GBP;(4.500,00)
DVP;Delivery vs payment;05/04/2023;07/04/2023;037833100;CUSIP;APPLE INC COM;10;150,00;USD;1.500,00
DVP;Delivery vs payment;05/04/2023;07/04/2023;JP3633400001;ISIN;TOYOTA MOTOR CORP;100000;4466;JPY;446600000
"""


def test_a_custodian_export_reads_its_codes_sides_and_preamble(tmp_path: Path) -> None:
    bae, apple, toyota = _read(tmp_path, CUSTODIAN, "activity.csv")
    assert (bae.side, apple.side) == ("BUY", "SELL")  # receive or deliver against payment
    assert (bae.isin, apple.cusip) == ("GB0002634946", "037833100")  # one column, the scheme each value passes
    assert bae.security_name == "BAE SYSTEMS PLC ORD"  # "Asset Description", not "Txn Description"
    assert (bae.account, bae.counterparty) == ("GC013703", "Northgate Global Custody Limited")
    assert bae.net_amount == Decimal("4500.00")
    assert toyota.net_amount == Decimal(446600000)  # yen, not a reference number


def test_dotted_dates_do_not_decide_the_decimal_mark() -> None:
    assert normalize.guess_decimal_mark("19.08.2024;21.08.2024;84,201;3949026,90") == ","


def test_a_trailing_minus_makes_a_figure_negative() -> None:
    assert normalize.find_numbers("3094733,60-", decimal_mark=",")[0][0] == Decimal("-3094733.60")


# --- ledger statements that tell the trade in words ------------------------------------------------------------

LEDGER = """\
Cash hub transaction history (SGD)
Date        Particulars                                                     Debit        Credit      Balance
01/06/23    Deposit - FAST transfer ref 241522488                                       98,400.00   987,610.62
            Personal contribution
07/06/23    SGX buy 14,100 Pasir Laut Engineering Limited (SGX: H0B)   164,675.54                  826,749.17
            @ $11.664 traded 02/06/23, settled 07/06/23
            Brokerage $131.57  Clearing & access fees $65.78  GST $15.79  Contract note 99463680
16/06/23    Dividend - Changi Point Healthcare Limited (G9D)                           4,151.10   830,900.27
            5,050 shares @ $0.822 tax exempt
"""


def test_a_ledger_row_that_tells_the_trade_in_words_is_read_with_the_lines_under_it(tmp_path: Path) -> None:
    (trade,) = _read(tmp_path, LEDGER)
    assert (trade.side, trade.quantity, trade.price) == ("BUY", Decimal(14100), Decimal("11.664"))
    assert (trade.security_name, trade.ticker) == ("Pasir Laut Engineering Limited", "H0B")
    assert (str(trade.trade_date), str(trade.settlement_date)) == ("2023-06-02", "2023-06-07")
    assert (trade.commission, trade.trade_ref, trade.net_amount) == (
        Decimal("131.57"),
        "99463680",
        Decimal("164675.54"),
    )


# --- text drawn with characters, translations ---------------------------------------------------------------


def test_a_table_drawn_with_rules_reads_cell_by_cell(tmp_path: Path) -> None:
    text = """\
Compte-titres : 5343/6301948
Date d'exécution : 19/12/2024
Devise : EUR

Réf.         | Sens  |    Qté | Valeur              | Cours | Montant brut | Courtage |        Net
-------------+-------+--------+---------------------+-------+--------------+----------+-----------
241219/95392 | Achat |  7 897 | ARDWICK NETWORKS SA | 24,86 |   196 319,42 |   883,44 | 197 202,86
"""
    (trade,) = _read(tmp_path, text)
    assert (trade.trade_ref, trade.side, trade.quantity) == ("241219/95392", "BUY", Decimal(7897))
    assert trade.security_name == "ARDWICK NETWORKS SA"  # "Valeur" holds no date: the security


def test_dot_leaders_are_a_gap_between_a_label_and_its_value() -> None:
    assert lines_from_text("Quantité ........ : 2 234")[0].text == "Quantité  : 2 234"


def test_a_label_printed_with_its_chinese_translation_is_the_label(tmp_path: Path) -> None:
    text = """\
Contract No. 成交單據編號   HC-1001
Stock Name 股份名稱        JADE PHOENIX HOLDINGS LTD
Trade Date 交易日期        06/08/2025
Quantity 數量              12,000
Price 價格                 18.700
Consideration 成交金額     224,400.00
Net Amount 淨額            HKD 224,400.00
"""
    (trade,) = _read(tmp_path, text)
    assert (trade.trade_ref, trade.quantity, trade.price) == ("HC-1001", Decimal(12000), Decimal("18.700"))
    assert trade.security_name == "JADE PHOENIX HOLDINGS LTD"


# --- value rules ------------------------------------------------------------------------------------------


def test_a_figure_in_percent_is_no_count_or_amount_but_may_be_a_price() -> None:
    ctx = DocContext(decimal_mark=".")
    assert parse_value("quantity", _words("CPN 7.625%"), ctx) is None
    assert parse_value("net_amount", _words("7.625%"), ctx) is None
    assert parse_value("price", _words("98.75%"), ctx) is not None


def test_an_identifier_column_fills_the_field_its_check_digits_pass() -> None:
    ctx = DocContext()
    assert parse_cell("isin", _words("037833100"), ctx)[0] == "cusip"
    assert parse_cell("isin", _words("B0YBKJ7"), ctx)[0] == "sedol"


@pytest.mark.parametrize(("text", "side"), [("RVP", "BUY"), ("Receipt vs payment", "BUY"), ("DVP", "SELL")])
def test_settlement_codes_say_the_side_only_where_a_side_is_expected(text: str, side: str) -> None:
    assert normalize.parse_side(text, allow_letters=True) == side
    assert normalize.parse_side(f"Settlement: {text}") is None


# --- exports, replies and slips printed side by side ---------------------------------------------------------

PORTAL = (
    "Limmatbank AG \u2014 Transaktionen \u2014 Depot 589 1382237 06 \u2014 01.01.2024 bis 31.03.2024\r\n"
    "Filter:\talle Transaktionsarten\r\n"
    "Abschlussdatum\tValuta-Datum\tBuchungsart\tTitel\tISIN\tAnzahl\tKurs\tWhrg.\tKurswert\tBetrag\r\n"
    "45380\t45383\tB\u00f6rsenkauf\tBRIGHTWATER AG\tCH0012032048\t100\t25.50\tCHF\t2550.00\t2560.00\r\n"
    "45381\t45381\tDividende\tBRIGHTWATER AG\tCH0012032048\t100\t\tCHF\t\t120.00\r\n"
)


def test_a_portals_unicode_export_reads_its_title_serial_dates_and_words(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"\xff\xfe" + PORTAL.encode("utf-16-le"))  # what Excel's "Unicode text" writes
    result = extract(path)
    assert result.ok, result.error
    (trade,) = result.trades
    assert (trade.side, trade.currency) == ("BUY", "CHF")
    assert (str(trade.trade_date), str(trade.settlement_date)) == ("2024-03-29", "2024-04-01")
    assert (trade.account, trade.counterparty) == ("589 1382237 06", "Limmatbank AG")


def test_a_replys_quoted_confirmation_is_read_and_its_firm_is_not_sure(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "Ada Adviser <ada@adviser.example.com>"
    message["To"] = "client@example.com"
    message["Subject"] = "Re: Trade confirmation"
    message.set_content(
        "Yes please go ahead, thanks.\n\n"
        "On 21/06/2023 15:12, Croftwell Confirmations <noreply@croftwell.example.co.uk> wrote:\n"
        "> We have today sold on your behalf 7,988 NORWICK MEDIA HOLDINGS PLC ORD 25P at 0.5668 on\n"
        "> 21 June 2023 for settlement on 23 June 2023. Amounts in GBP.\n"
        "> Gross Consideration 4,527.60; Commission 11.95; net amount 4,515.65.\n"
        ">\n"
        "> Adviser Partners LLP\n"
    )
    path = tmp_path / "reply.eml"
    path.write_bytes(message.as_bytes())
    result = extract(path)
    assert result.ok, result.error
    (trade,) = result.trades
    assert (trade.side, trade.quantity, trade.price) == ("SELL", Decimal(7988), Decimal("0.5668"))
    assert trade.net_amount == Decimal("4515.65")
    assert trade.confidence.get("counterparty", 0) <= 0.8


def test_slips_printed_side_by_side_are_read_one_after_the_other(tmp_path: Path) -> None:
    path = tmp_path / "two-up.pdf"
    page = canvas.Canvas(str(path), pagesize=landscape(A4))
    slips = [
        ("R100", "ACME CORP COM", "1,000", "10.00", "10,000.00"),
        ("R200", "BETA INC COM", "500", "20.00", "10,000.00"),
    ]
    for number, (ref, name, quantity, price, net) in enumerate(slips):
        x = 40 + number * 420
        rows = [("Tag No.", ref), ("Security", name), ("Quantity", quantity), ("Price", price), ("Net Amount", net)]
        page.drawString(x, 500, "YOU BOUGHT")
        for line, (label, value) in enumerate(rows):
            page.drawString(x, 480 - line * 16, label)
            page.drawString(x + 110, 480 - line * 16, value)
    page.save()
    result = extract(path)
    assert result.ok, result.error
    assert [(t.trade_ref, t.security_name, t.quantity) for t in result.trades] == [
        ("R100", "ACME CORP COM", Decimal(1000)),
        ("R200", "BETA INC COM", Decimal(500)),
    ]


def test_headings_that_number_the_trades_open_blocks_but_page_numbers_do_not() -> None:
    text = "Page 1 of 2\nTRANSACTION 1\nBought 10 ACME\nTRANSACTION 2\nSold 5 BETA\n"
    text += "Page 2 of 2\nTRANSACTION 3\nBought 1 GAMMA\n"
    blocks = numbered_blocks(lines_from_text(text))
    assert [block[0].text for block in blocks] == ["Page 1 of 2", "TRANSACTION 2", "TRANSACTION 3"]
