"""Scoring rules of contracts/extraction-output.md ("How accuracy is scored") and the evaluate command."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extraction.evaluate import run_engine
from extraction.scoring import (
    fold_commission_into_fees,
    is_confident,
    normalize_name,
    pair_trades,
    predicted_field_right,
    score_document,
    straight_through,
    true_field_right,
    values_equal,
)

ROOT = Path(__file__).resolve().parents[2]

APPLE = {
    "side": "BUY",
    "quantity": "1500",
    "price": "172.35",
    "currency": "USD",
    "security_name": "APPLE INC COM",
    "isin": "US0378331005",
    "trade_date": "2025-03-14",
    "settlement_date": "2025-03-17",
    "gross_amount": "258525.00",
    "commission": "7.50",
    "net_amount": "258532.50",
    "account": "5XK-20931",
    "counterparty": "Northbridge Securities LLC",
    "trade_ref": "NB2025031400123",
}
NESTLE = {
    "side": "SELL",
    "quantity": "200",
    "currency": "CHF",
    "security_name": "NESTLE SA REG",
    "isin": "CH0038863350",
    "trade_date": "2025-03-14",
    "net_amount": "19640.22",
    "taxes": "0",
}
APPLE_FIELDS = len(APPLE)


def sure(trade: dict, level: float = 0.99) -> dict:
    return {**trade, "confidence": {name: level for name, value in trade.items() if value is not None}}


# --- one value ------------------------------------------------------------------------------------------


def test_it_compares_money_and_numbers_as_decimals() -> None:
    assert values_equal("commission", "7.5", "7.50")
    assert values_equal("quantity", "1500", "1500.000")
    assert not values_equal("net_amount", "258532.50", "258532.53")
    assert not values_equal("price", "abc", "abc")


def test_it_treats_a_zero_charge_like_an_unprinted_one() -> None:
    assert values_equal("taxes", "0.00", None)
    assert values_equal("fees", None, "0")
    assert not values_equal("taxes", "1.00", None)
    assert not values_equal("net_amount", "0", None)  # only charges: a net amount is never optional


def test_it_compares_names_without_case_punctuation_or_legal_forms() -> None:
    assert values_equal("security_name", "Apple Inc.", "APPLE INC COM")
    assert values_equal("counterparty", "Procter & Gamble Co", "procter and gamble")
    assert values_equal("security_name", "NESTLE S.A. REG", "Nestle")
    assert normalize_name("The Northbridge Securities, L.L.C.") == "northbridge securities"
    assert not values_equal("security_name", "Apple Inc", "Alphabet Inc")


def test_it_takes_an_isin_that_carries_the_true_cusip_or_sedol() -> None:
    truth = {"cusip": "037833100", "isin": None}
    derived = {"isin": "US0378331005", "cusip": None}

    assert true_field_right("cusip", truth, derived)
    assert predicted_field_right("isin", truth, derived)
    assert true_field_right("sedol", {"sedol": "0263494"}, {"isin": "GB0002634946"})
    assert not true_field_right("cusip", truth, {"isin": "US5949181045"})
    assert not predicted_field_right("isin", {"isin": None, "cusip": "037833100"}, {"isin": "US5949181045"})


def test_it_compares_dates_sides_and_references_by_their_own_rules() -> None:
    assert values_equal("trade_date", "2025-03-14", "2025-03-14")
    assert not values_equal("trade_date", "2025-03-14", "2025-03-17")
    assert not values_equal("side", "BUY", "SELL")
    assert values_equal("trade_ref", "NB2025031400123", " nb2025031400123 ")
    assert values_equal("account", "5xk-20931", "5XK-20931")
    assert not values_equal("isin", "US0378331005", "US0378331006")


# --- one document ---------------------------------------------------------------------------------------


def test_it_pairs_trades_by_the_fields_they_share() -> None:
    assert pair_trades([APPLE, NESTLE], [NESTLE, APPLE]) == [(0, 1), (1, 0)]
    assert pair_trades([APPLE], [NESTLE, {**APPLE, "price": "1"}]) == [(0, 1)]


def test_it_calls_a_perfect_document_exact() -> None:
    score = score_document("a.txt", [APPLE, NESTLE], [sure(NESTLE), sure(APPLE)])

    assert score.exact
    assert score.total().precision == score.total().recall == 1.0
    assert score.total().true == APPLE_FIELDS + len(NESTLE)


def test_it_counts_every_field_of_an_extra_trade_as_false() -> None:
    score = score_document("a.txt", [APPLE], [APPLE, NESTLE])

    assert not score.exact
    assert score.total().recall == 1.0
    assert score.total().predicted == APPLE_FIELDS + len(NESTLE)
    assert score.total().predicted_right == APPLE_FIELDS  # even the extra trade's "0" tax is not right
    assert {error.kind for error in score.errors} == {"extra trade"}


def test_it_counts_every_field_of_a_missing_trade_as_missed() -> None:
    score = score_document("a.txt", [APPLE, NESTLE], [APPLE])

    assert not score.exact
    assert score.total().precision == 1.0
    assert score.total().true_right == APPLE_FIELDS
    assert score.tallies["taxes"].true_right == 0  # a missing trade's "0" tax was not found either
    assert {error.kind for error in score.errors} == {"trade not found"}


def test_it_scores_an_error_document_as_all_missed() -> None:
    score = score_document("a.txt", [APPLE], [APPLE], status="error")

    assert not score.exact
    assert score.total().true == APPLE_FIELDS
    assert score.total().true_right == score.total().predicted == 0
    assert not score_document("cover.txt", [], [], status="error").exact
    assert score_document("cover.txt", [], []).exact


def test_it_counts_a_value_where_the_truth_has_none_and_none_where_it_has_one() -> None:
    extra = score_document("a.txt", [NESTLE], [{**NESTLE, "account": "X-1"}])
    missed = score_document("a.txt", [NESTLE], [{**NESTLE, "isin": None}])

    assert not extra.exact
    assert (extra.tallies["account"].predicted, extra.tallies["account"].predicted_right) == (1, 0)
    assert extra.errors[0].kind == "unexpected"
    assert not missed.exact
    assert (missed.tallies["isin"].true, missed.tallies["isin"].true_right) == (1, 0)
    assert missed.errors[0].kind == "missed"


def test_it_scores_only_asserted_fields_when_the_truth_asserts_few() -> None:
    truth = [{"side": "BUY", "quantity": "10", "fees": "8.69"}]
    predicted = [fold_commission_into_fees({**APPLE, "quantity": "10", "commission": "7.5", "fees": "1.19"})]

    score = score_document("real.txt", truth, predicted, asserted_only=True)

    assert score.exact
    assert score.total().true == score.total().predicted == 3
    assert not score_document("real.txt", truth, [*predicted, {"counterparty": "X"}], asserted_only=True).exact


def test_it_folds_commission_into_fees_for_a_one_bucket_truth() -> None:
    assert fold_commission_into_fees({"commission": "7.50", "fees": "0.03"})["fees"] == "7.53"
    assert fold_commission_into_fees({"commission": "7.50", "fees": None}) == {"commission": None, "fees": "7.50"}
    assert fold_commission_into_fees({"commission": None, "fees": "1"})["fees"] == "1"
    assert fold_commission_into_fees({"commission": None, "fees": None})["fees"] is None


# --- honest confidence ----------------------------------------------------------------------------------


def test_it_lets_through_only_documents_sure_of_every_field() -> None:
    doubtful = sure(APPLE)
    doubtful["confidence"] = {**doubtful["confidence"], "net_amount": 0.6}
    unrated = sure(APPLE)
    del unrated["confidence"]["account"]

    assert is_confident("ok", [sure(APPLE)], 0.9)
    assert not is_confident("ok", [sure(APPLE), doubtful], 0.9)
    # Sure of all it found, but no price, settlement date or counterparty: not complete enough to settle.
    assert not is_confident("ok", [sure(APPLE), sure(NESTLE)], 0.9)
    assert not is_confident("ok", [unrated], 0.9)
    assert not is_confident("ok", [], 0.9)  # nothing found is never straight-through
    assert not is_confident("error", [sure(APPLE)], 0.9)


def test_it_computes_the_straight_through_rate_and_its_precision() -> None:
    figures = straight_through([(True, True), (True, False), (False, True), (False, False)])

    assert (figures.documents, figures.confident, figures.confident_exact) == (4, 2, 1)
    assert figures.rate == 0.5
    assert figures.precision == 0.5


# --- the command ----------------------------------------------------------------------------------------

CONFIRMATION = """\
Northbridge Securities LLC

TRADE CONFIRMATION

Account: 5XK-20931    Confirm No: NB2025031400123
Side:             BUY
Security:         APPLE INC COM
ISIN:             US0378331005
Quantity:         1,500
Price:            USD 172.35
Trade Date:       14.03.2025
Settlement Date:  17.03.2025
Gross Amount:     USD 258,525.00
Commission:       USD 7.50
Net Amount:       USD 258,532.50
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    docs = tmp_path / "docs" / "plain"
    docs.mkdir(parents=True)
    (docs / "one.txt").write_text(CONFIRMATION)
    (docs / "two.txt").write_text(CONFIRMATION.replace("BUY", "SELL"))
    rows = [
        {"file": "docs/plain/one.txt", "layout": "plain", "split": "heldout", "doc_type": "confirmation",
         "trades": [APPLE]},
        {"file": "docs/plain/two.txt", "layout": "plain", "split": "train", "doc_type": "confirmation",
         "trades": [{**APPLE, "side": "SELL"}]},
    ]  # fmt: skip
    (tmp_path / "truth.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    return tmp_path


def evaluate(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "extraction.evaluate", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_it_prints_the_held_out_line(corpus: Path) -> None:
    run = evaluate(str(corpus), "--show-errors", "3")

    assert run.returncode == 0, run.stderr
    assert re.search(r"^==> HELD-OUT  F1 \d\.\d{3}  exact \d+\.\d% \(\d/1\)", run.stdout, re.MULTILINE)
    assert "layout" in run.stdout and "precision at threshold" in run.stdout


def test_it_prints_every_figure_as_one_json_object(corpus: Path) -> None:
    run = evaluate(str(corpus), "--json", "--jobs", "2")

    report = json.loads(run.stdout)
    synthetic = report["synthetic"]
    assert report["real"] is None
    assert set(synthetic) >= {"documents", "fields", "layouts", "splits", "confidence", "errors"}
    assert synthetic["splits"]["heldout"]["documents"] == synthetic["splits"]["train"]["documents"] == 1
    assert set(synthetic["confidence"]["heldout"]) >= {"straight_through_rate", "precision_at_threshold"}
    assert synthetic["fields"]["side"]["true"] == 2


def test_it_exits_2_with_one_line_when_the_real_corpus_is_missing(tmp_path: Path) -> None:
    run = evaluate("--real", str(tmp_path / "nowhere"))

    assert run.returncode == 2
    assert run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1


def test_it_keeps_input_order_with_several_workers(corpus: Path) -> None:
    paths = [corpus / "docs/plain/two.txt", corpus / "docs/plain/one.txt", corpus / "missing.txt"]

    results = run_engine(paths, jobs=2)

    assert [result["file"] for result in results] == [str(path) for path in paths]
    assert [result["status"] for result in results] == ["ok", "ok", "error"]
