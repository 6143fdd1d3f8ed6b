"""ISO 15022 confirmations (MT515/MT518) printed raw or expanded read as trades, cancellations as none."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from extraction.pipeline import extract

RAW = """\
GATEWAY PRINT   Messages: 2
 SENDER   : ABCDGB2LXXX  ABCD SECURITIES LTD
{1:F01WXYZLULLAXXX0000000000}{2:O5151019230918ABCDGB2LAXXX00000000002309181021N}{4:
:16R:GENL
:20C::SEME//REF-0001
:23G:NEWM
:16S:GENL
:16R:CONFDET
:98A::TRAD//20230918
:98A::SETT//20230920
:90B::DEAL//ACTU/GBP0,8204
:22H::BUSE//SELL
:16R:CONFPRTY
:95P::SELL//WXYZLULL
:97A::SAFE//0023.160804.12
:16S:CONFPRTY
:36B::CONF//UNIT/62700,
:35B:ISIN GB00B9FSWN80
/GB/B9FSWN8
DUNMORE MARINE HOLDINGS PLC
ORD 10P
:16S:CONFDET
:16R:SETDET
:16R:SETPRTY
:95P::DEAG//WXYZLULL
:97A::SAFE//999999
:16S:SETPRTY
:16R:AMT
:19A::DEAL//GBP51439,08
:16S:AMT
:16R:AMT
:19A::EXEC//GBP25,00
:16S:AMT
:16R:AMT
:19A::SETT//GBP51414,08
:16S:AMT
:16S:SETDET
-}
 SENDER   : ABCDGB2LXXX  ABCD SECURITIES LTD
{1:F01WXYZLULLAXXX0000000001}{4:
:16R:GENL
:20C::SEME//REF-0002
:23G:CANC
:16R:LINK
:20C::PREV//REF-0001
:16S:LINK
:16S:GENL
-}
"""

EXPANDED = """\
------------------------------- Message Header -------------------------------
        Swift Output : FIN 518 Market-Side Securities Trade Confirmation
        Sender   : KRHBCHZZXXX
                   KRONHALDE BANK AG
                   ZURICH CH
-------------------------------- Message Text --------------------------------
        16R: Start of Block
             GENL
        20C: Sender's Message Reference
             Reference : KB-867560-BF
        23G: Function of the Message
             NEWM
        16S: End of Block
             GENL
        16R: Start of Block
             CONFDET
        98A: Trade Date/Time
             Date : 19 Sep 2023
        98A: Settlement Date/Time
             Date : 21 Sep 2023
        90A: Deal Price
             Percentage Type Code : PRCT
             Price : 98,5
        22H: Buy/Sell Indicator
             Indicator : BUYI
        16R: Start of Block
             CONFPRTY
        95P: Buyer
             Identifier Code : TSDBCHZZ
        97A: Safekeeping Account
             Account Number : 2582.170537.59
        16S: End of Block
             CONFPRTY
        36B: Quantity of Financial Instrument Confirmed
             Quantity Type Code : FAMT
             Quantity : 100000,
        35B: Identification of the Financial Instrument
             Identification of Security : ISIN XS1996443484
             Description of Security :
               ALDERNEY VALE INSTRUMENTS HOLDINGS
               PLC NOTES
               6,375% 01/12/42
        16S: End of Block
             CONFDET
        16R: Start of Block
             AMT
        19A: Accrued Interest Amount
             Currency : EUR (EURO)
             Amount : #531,25#
        16S: End of Block
             AMT
"""


def _read(tmp_path: Path, text: str) -> list:
    path = tmp_path / "print.txt"
    path.write_text(text, encoding="ascii")
    result = extract(path)
    assert result.status == "ok", result.error
    return list(result.trades)


def test_a_cancellation_takes_back_the_confirmation_it_names(tmp_path: Path) -> None:
    assert _read(tmp_path, RAW) == []


def test_a_raw_print_reads_every_field_under_its_tag(tmp_path: Path) -> None:
    confirmation = RAW[: RAW.index(" SENDER", 60)]
    (trade,) = _read(tmp_path, confirmation)
    assert (trade.side, trade.quantity, trade.price, trade.currency) == (
        "SELL",
        Decimal(62700),
        Decimal("0.8204"),
        "GBP",
    )
    assert (trade.isin, trade.sedol, trade.trade_ref) == ("GB00B9FSWN80", "B9FSWN8", "REF-0001")
    assert trade.security_name == "DUNMORE MARINE HOLDINGS PLC ORD 10P"
    assert (trade.gross_amount, trade.commission, trade.net_amount) == (
        Decimal("51439.08"),
        Decimal(25),
        Decimal("51414.08"),
    )
    # The confirming party's safekeeping account, not the settlement agent's.
    assert trade.account == "0023.160804.12"
    assert trade.counterparty == "ABCD SECURITIES LTD"


def test_an_expanded_print_reads_named_parts_and_a_price_in_percent(tmp_path: Path) -> None:
    (trade,) = _read(tmp_path, EXPANDED)
    assert (trade.side, trade.quantity, trade.price) == ("BUY", Decimal(100000), Decimal("98.5"))
    assert str(trade.trade_date) == "2023-09-19" and str(trade.settlement_date) == "2023-09-21"
    # The bond's terms are no part of its name; the gross is the nominal times the price in percent.
    assert trade.security_name == "ALDERNEY VALE INSTRUMENTS HOLDINGS PLC NOTES"
    assert trade.gross_amount == Decimal("98500.00")
    assert (trade.accrued_interest, trade.currency) == (Decimal("531.25"), "EUR")
    assert trade.counterparty == "KRONHALDE BANK AG"
