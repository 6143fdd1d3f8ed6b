"""The synthetic corpus generator: deterministic, complete, and its truth adds up."""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections import defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pdfplumber
import pytest

from extraction.corpus import HELDOUT_LAYOUTS, LAYOUTS, generate, one_page_confirmations
from extraction.corpus.__main__ import main
from extraction.types import DECIMAL_FIELDS, DOC_TYPES, TRADE_FIELDS
from extraction.validators import is_cusip, is_isin, is_sedol

DECIMAL_TEXT = re.compile(r"\d+(\.\d+)?")
KINDS = {"pdf", "eml", "csv", "txt"}
ACTIVITY = re.compile(r" (Bought|Sold|Dividend|Interest|Deposit|Withdrawal|Fee) ")
TEXT_ACTIVITY = r"^  .*\b(BOUGHT|BOT|SOLD|SLD|SS|DIVIDEND|DIV|INTEREST|INT|JOURNAL|JNL|WIRE OUT|FEE)\b"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    root = tmp_path_factory.mktemp("corpus")
    return root, generate(root, seed=7, per_layout=4)


def _digest(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _trades(rows: list[dict]) -> list[dict]:
    return [trade for row in rows for trade in row["trades"]]


def _pdf_text(path: Path) -> tuple[int, str]:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages), "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_it_makes_the_same_bytes_for_the_same_seed(tmp_path: Path) -> None:
    generate(tmp_path / "one", seed=11, per_layout=2)
    generate(tmp_path / "two", seed=11, per_layout=2)
    generate(tmp_path / "other", seed=12, per_layout=2)

    assert _digest(tmp_path / "one") == _digest(tmp_path / "two")
    assert _digest(tmp_path / "one") != _digest(tmp_path / "other")


def test_it_writes_every_file_of_every_layout(corpus: tuple[Path, list[dict]]) -> None:
    root, rows = corpus

    lines = (root / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == rows
    assert {row["layout"] for row in rows} == set(LAYOUTS)
    for row in rows:
        layout = LAYOUTS[row["layout"]]
        assert (root / row["file"]).is_file()
        assert row["file"].startswith(f"docs/{layout.name}/") and row["file"].endswith(f".{layout.kind}")
        assert row["split"] == ("heldout" if layout.heldout else "train")
        assert row["doc_type"] in DOC_TYPES


def test_it_covers_every_input_kind_and_holds_out_at_least_four_layouts() -> None:
    assert len(LAYOUTS) >= 14
    assert {layout.kind for layout in LAYOUTS.values()} == KINDS
    assert len(HELDOUT_LAYOUTS) >= 4
    assert all(LAYOUTS[name].heldout for name in HELDOUT_LAYOUTS)
    assert len({LAYOUTS[name].kind for name in HELDOUT_LAYOUTS}) >= 3


def test_every_truth_trade_has_the_contract_fields_in_their_formats(corpus: tuple[Path, list[dict]]) -> None:
    _, rows = corpus

    for trade in _trades(rows):
        assert tuple(trade) == TRADE_FIELDS
        assert trade["side"] in ("BUY", "SELL")
        assert re.fullmatch(r"[A-Z]{3}", trade["currency"])
        for name in DECIMAL_FIELDS:
            assert trade[name] is None or DECIMAL_TEXT.fullmatch(trade[name]), (name, trade[name])
        assert trade["isin"] is None or is_isin(trade["isin"])
        assert trade["cusip"] is None or is_cusip(trade["cusip"])
        assert trade["sedol"] is None or is_sedol(trade["sedol"])
        assert date.fromisoformat(trade["settlement_date"]) >= date.fromisoformat(trade["trade_date"])
        assert trade["security_name"] and trade["quantity"] and trade["price"] and trade["net_amount"]


def _amount(trade: dict, name: str) -> Decimal:
    return Decimal(trade[name]) if trade[name] is not None else Decimal(0)


def _expected_gross(trade: dict) -> Decimal:
    percent = trade["accrued_interest"] is not None  # bonds: price in percent of par
    raw = Decimal(trade["quantity"]) * Decimal(trade["price"]) / (Decimal(100) if percent else Decimal(1))
    unit = Decimal(1) if trade["currency"] == "JPY" else Decimal("0.01")
    return raw.quantize(unit, rounding=ROUND_HALF_UP)


def test_every_truth_trade_adds_up(corpus: tuple[Path, list[dict]]) -> None:
    _, rows = corpus

    for trade in _trades(rows):
        gross = _expected_gross(trade)
        if trade["gross_amount"] is not None:
            assert Decimal(trade["gross_amount"]) == gross, trade
        charges = sum(_amount(trade, name) for name in ("commission", "fees", "taxes"))
        sign = 1 if trade["side"] == "BUY" else -1
        assert Decimal(trade["net_amount"]) == gross + sign * charges + _amount(trade, "accrued_interest"), trade


def test_some_email_holds_no_trade(tmp_path: Path) -> None:
    rows = generate(tmp_path, seed=7, per_layout=12, layouts=["email_attached"])

    assert any(row["trades"] == [] for row in rows)
    assert any(row["trades"] for row in rows)


def test_some_confirmations_hold_several_trades(corpus: tuple[Path, list[dict]]) -> None:
    _, rows = corpus

    assert any(len(row["trades"]) > 1 for row in rows if row["doc_type"] == "confirmation")


def test_statements_span_pages_and_mix_cash_rows_with_trades(corpus: tuple[Path, list[dict]]) -> None:
    root, rows = corpus
    statements = [row for row in rows if row["doc_type"] == "statement" and row["file"].endswith(".pdf")]

    assert statements
    for row in statements:
        pages, text = _pdf_text(root / row["file"])
        assert 2 <= pages <= 4
        assert f"Page 1 of {pages}" in text
        assert "Dividend" in text or "Interest" in text
        activity = [line for line in text.splitlines() if ACTIVITY.search(line)]
        assert len(row["trades"]) < len(activity)


def test_text_statements_span_pages_and_mix_cash_rows_with_trades(corpus: tuple[Path, list[dict]]) -> None:
    root, rows = corpus
    statements = [row for row in rows if row["doc_type"] == "statement" and row["file"].endswith(".txt")]

    assert statements
    for row in statements:
        text = (root / row["file"]).read_text(encoding="ascii")
        assert 2 <= len(re.findall(r"PAGE +\d+$", text, re.MULTILINE)) <= 4
        activity = re.findall(TEXT_ACTIVITY, text, re.MULTILINE)
        assert any(word.startswith(("DIV", "INT")) for word in activity)
        assert len(row["trades"]) < len(activity)


def test_the_two_column_layout_puts_details_and_amounts_on_the_same_lines(corpus: tuple[Path, list[dict]]) -> None:
    root, rows = corpus
    row = next(row for row in rows if row["layout"] == "uk_two_column")

    with pdfplumber.open(root / row["file"]) as pdf:
        words = pdf.pages[0].extract_words()
    lines: dict[int, list[dict]] = defaultdict(list)
    for word in words:
        lines[round(word["top"])].append(word)
    spanning = [
        line for line in lines.values() if min(w["x0"] for w in line) < 200 and max(w["x1"] for w in line) > 400
    ]
    assert any("Consideration" in " ".join(w["text"] for w in line) for line in spanning)
    assert len(spanning) >= 3


def test_one_page_confirmations_are_single_page_pdfs() -> None:
    documents = one_page_confirmations(6, seed=3)

    assert len(documents) == 6
    assert len(set(documents)) == 6
    assert documents == one_page_confirmations(6, seed=3)
    for content in documents:
        assert content.startswith(b"%PDF")
        with pdfplumber.open(io.BytesIO(content)) as pdf:
            assert len(pdf.pages) == 1


def test_the_command_writes_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path), "--seed", "5", "--per-layout", "1", "--layout", "txt_fixed"]) == 0

    rows = [json.loads(line) for line in (tmp_path / "truth.jsonl").read_text().splitlines()]
    assert [row["file"] for row in rows] == ["docs/txt_fixed/txt_fixed_0001.txt"]
    assert "1 documents" in capsys.readouterr().err


def test_it_refuses_an_unknown_layout(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no_such_layout"):
        generate(tmp_path, seed=1, per_layout=1, layouts=["no_such_layout"])
