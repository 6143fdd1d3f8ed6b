from datetime import date
from decimal import Decimal

from extraction.output import decimal_string, render_table, result_to_json
from extraction.types import TRADE_FIELDS, ExtractionResult, Provenance, Trade


def test_it_writes_decimals_plainly() -> None:
    assert decimal_string(Decimal("258525.00")) == "258525.00"
    assert decimal_string(Decimal("1E+3")) == "1000"
    assert decimal_string(Decimal("-7.50")) == "7.50"  # the side carries the direction


def test_it_writes_every_contract_field_in_order() -> None:
    trade = Trade(
        side="BUY",
        quantity=Decimal("10"),
        trade_date=date(2025, 3, 14),
        confidence={"quantity": 0.987},
        provenance={"quantity": Provenance(page=2, bbox=(1.04, 2.0, 3.0, 4.0))},
    )
    result = ExtractionResult(file="a.pdf", status="ok", doc_type="confirmation", trades=(trade,))

    data = result_to_json(result)

    assert list(data) == ["file", "status", "error", "doc_type", "trades"]
    [written] = data["trades"]
    assert list(written)[: len(TRADE_FIELDS)] == list(TRADE_FIELDS)
    assert written["quantity"] == "10"
    assert written["trade_date"] == "2025-03-14"
    assert written["price"] is None
    assert written["confidence"] == {"quantity": 0.99}
    assert written["provenance"] == {"quantity": {"page": 2, "bbox": [1.0, 2.0, 3.0, 4.0]}}


def test_it_adds_warnings_only_when_there_are_some() -> None:
    quiet = ExtractionResult(file="a.eml", status="ok")
    noisy = ExtractionResult(file="a.eml", status="ok", warnings=("skipped",))

    assert "warnings" not in result_to_json(quiet)
    assert result_to_json(noisy)["warnings"] == ["skipped"]


def test_the_table_shows_errors_and_empty_documents() -> None:
    table = render_table(
        [
            ExtractionResult(file="bad.pdf", status="error", error="PDF is truncated or damaged"),
            ExtractionResult(file="note.eml", status="ok", doc_type="email"),
        ]
    )

    assert "bad.pdf  [error]" in table
    assert "error: PDF is truncated or damaged" in table
    assert "note.eml  [ok]  email\n  no trades" in table
