from datetime import date
from decimal import Decimal
from pathlib import Path

from extraction_samples import MakeFile

from extraction.pipeline import extract


def test_it_maps_odd_header_names_and_skips_cash_rows(samples: dict[str, Path]) -> None:
    result = extract(samples["export.csv"])

    assert result.status == "ok"
    assert result.doc_type == "statement"
    assert [(t.side, t.ticker, t.quantity, t.price, t.net_amount) for t in result.trades] == [
        ("BUY", "AAPL", Decimal("100"), Decimal("172.35"), Decimal("17236.00")),
        ("SELL", "MSFT", Decimal("50"), Decimal("401.10"), Decimal("20053.97")),
    ]
    second = result.trades[1]
    assert second.fees == Decimal("0.03")  # SEC Fee and TAF columns summed
    assert second.trade_date == date(2025, 3, 14)
    assert second.settlement_date == date(2025, 3, 17)
    assert second.security_name == "MICROSOFT CORP"
    assert second.currency == "USD"
    assert second.account == "UX-100"  # from the lines above the header


def test_it_sniffs_semicolons_and_reads_decimal_commas_and_signed_quantities(make_file: MakeFile) -> None:
    path = make_file(
        "depot.csv",
        "Datum;Valuta;Wertpapier;ISIN;Stück;Kurs;Betrag;Währung\n"
        "14.03.2025;18.03.2025;SIEMENS AG;DE0007236101;-40;180,50;7.220,00;EUR\n"
        "14.03.2025;18.03.2025;SAP SE;DE0007164600;25;190,00;4.750,00;EUR\n".encode(),
    )

    result = extract(path)

    assert [(t.side, t.isin, t.quantity, t.price, t.net_amount) for t in result.trades] == [
        ("SELL", "DE0007236101", Decimal("40"), Decimal("180.50"), Decimal("7220.00")),
        ("BUY", "DE0007164600", Decimal("25"), Decimal("190.00"), Decimal("4750.00")),
    ]


def test_one_row_is_a_confirmation(make_file: MakeFile) -> None:
    path = make_file("one.csv", b"Trade Date,Side,Symbol,Quantity,Price\n2025-03-14,Buy,AAPL,10,172.35\n")

    result = extract(path)

    assert result.doc_type == "confirmation"
    assert result.trades[0].gross_amount == Decimal("1723.50")  # quantity x price when not printed


def test_a_csv_without_a_quantity_column_is_an_error(make_file: MakeFile) -> None:
    result = extract(make_file("names.csv", b"name,email\nAnn,ann@example.com\n"))

    assert result.status == "error"
    assert result.error == "CSV has no header row naming a quantity column"
