"""Pure scoring of extracted trades against a truth, as contracts/extraction-output.md describes.

Trades on both sides are contract-JSON dicts (decimal strings, ISO dates, None when not printed); a predicted
trade may also carry "confidence". Nothing here reads files or runs the engine: see extraction/evaluate.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation

from extraction.types import DECIMAL_FIELDS, STP_REQUIRED, TRADE_FIELDS

TradeJSON = Mapping[str, object]

# The contract lets a charge the document does not print be null or "0": the two are the same answer.
CHARGE_FIELDS = frozenset({"commission", "fees", "taxes", "accrued_interest"})
NAME_FIELDS = frozenset({"security_name", "counterparty"})
LOOSE_TEXT_FIELDS = frozenset({"account", "trade_ref"})
PART_OF_ISIN = {"cusip": 9, "sedol": 7}  # identifiers an ISIN may carry inside it, with their length
LEGAL_FORM_WORDS = frozenset(
    "inc corp corporation ltd limited plc ag sa se nv llc lp gmbh co ord com adr reg the".split()
)
_JOINING_PUNCTUATION = re.compile(r"[.'’]")  # "N.V." is "NV", "S.A." is "SA"
_OTHER_PUNCTUATION = re.compile(r"[^0-9a-z]+")


# --- one value ------------------------------------------------------------------------------------------


def normalize_name(text: str) -> str:
    """A name with case, punctuation and legal-form words taken out: "Apple Inc." -> "apple"."""
    lowered = _JOINING_PUNCTUATION.sub("", text.lower().replace("&", " and "))
    words = _OTHER_PUNCTUATION.sub(" ", lowered).split()
    return " ".join(word for word in words if word not in LEGAL_FORM_WORDS)


def values_equal(name: str, expected: object, got: object) -> bool:
    """Whether got is the right value of field name, by the contract's comparison for that field."""
    if name in CHARGE_FIELDS and _is_zero_or_none(expected) and _is_zero_or_none(got):
        return True
    if expected is None or got is None:
        return False
    want, have = str(expected).strip(), str(got).strip()
    if name in DECIMAL_FIELDS:
        want_number, have_number = _decimal(want), _decimal(have)
        return want_number is not None and want_number == have_number
    if name in NAME_FIELDS:
        return normalize_name(want) == normalize_name(have)
    if name in LOOSE_TEXT_FIELDS:
        return want.casefold() == have.casefold()
    return want == have  # side, currency, ISO dates and identifiers: exact, as the contract writes them


def isin_carries(isin: object, identifier: object, name: str) -> bool:
    """Whether a predicted ISIN contains the true CUSIP or SEDOL (an ISIN derived from it is allowed)."""
    if not isinstance(isin, str) or not isinstance(identifier, str) or name not in PART_OF_ISIN:
        return False
    part = identifier.strip().upper()
    return len(part) == PART_OF_ISIN[name] and part in isin.strip().upper()


def true_field_right(name: str, truth: TradeJSON, predicted: TradeJSON) -> bool:
    """Recall side: the true value was found, directly or inside the predicted ISIN."""
    if values_equal(name, truth.get(name), predicted.get(name)):
        return True
    return isin_carries(predicted.get("isin"), truth.get(name), name)


def predicted_field_right(name: str, truth: TradeJSON, predicted: TradeJSON) -> bool:
    """Precision side: the predicted value is right, or is an ISIN derived from the true CUSIP/SEDOL."""
    if values_equal(name, truth.get(name), predicted.get(name)):
        return True
    if name == "isin" and truth.get("isin") is None:
        return any(isin_carries(predicted.get("isin"), truth.get(part), part) for part in PART_OF_ISIN)
    return False


def fold_commission_into_fees(trade: TradeJSON) -> dict[str, object]:
    """For a truth with one fee bucket: fees := commission + fees (a missing one counts as 0), commission gone."""
    folded = dict(trade)
    parts = [_decimal(str(trade[key])) for key in ("commission", "fees") if trade.get(key) is not None]
    known = [part for part in parts if part is not None]
    folded["fees"] = format(sum(known, Decimal(0)), "f") if known else None
    folded["commission"] = None
    return folded


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _is_zero_or_none(value: object) -> bool:
    return value is None or _decimal(str(value).strip()) == 0


# --- one document ---------------------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts for one field (or many): true fields, predicted fields, and how many of each were right."""

    true: int = 0
    predicted: int = 0
    true_right: int = 0
    predicted_right: int = 0

    def add(self, other: Tally) -> None:
        self.true += other.true
        self.predicted += other.predicted
        self.true_right += other.true_right
        self.predicted_right += other.predicted_right

    @property
    def precision(self) -> float:
        return self.predicted_right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_right / self.true if self.true else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, object]:
        """Counts and ratios; a ratio with nothing to count is None."""
        ratios = {
            "precision": self.precision if self.predicted else None,
            "recall": self.recall if self.true else None,
            "f1": self.f1 if self.predicted or self.true else None,
        }
        return {**asdict(self), **{name: _rounded(value) for name, value in ratios.items()}}


@dataclass(frozen=True)
class FieldError:
    """One wrong field, for people: expected None means predicted where nothing was true, got None missed."""

    file: str
    trade: int  # index of the true trade, or of the predicted one when it has no true partner (-1 - index)
    field: str
    expected: object
    got: object
    paired: bool = True  # False: the whole trade was missed (true) or made up (predicted)

    @property
    def kind(self) -> str:
        if not self.paired:
            return "extra trade" if self.trade < 0 else "trade not found"
        if self.got is None:
            return "missed"
        return "unexpected" if self.expected is None else "wrong value"


@dataclass
class DocScore:
    file: str
    tallies: dict[str, Tally]
    exact: bool
    errors: list[FieldError]
    true_trades: int
    predicted_trades: int

    def total(self) -> Tally:
        return sum_tallies(self.tallies.values())


def pair_trades(
    truth: Sequence[TradeJSON], predicted: Sequence[TradeJSON], fields: Sequence[str] = TRADE_FIELDS
) -> list[tuple[int, int]]:
    """Pairs (true index, predicted index), greedily by the number of true fields a prediction gets right."""
    scored = [
        (sum(true_field_right(f, t, p) for f in fields if t.get(f) is not None), i, j)
        for i, t in enumerate(truth)
        for j, p in enumerate(predicted)
    ]
    pairs: list[tuple[int, int]] = []
    used_true: set[int] = set()
    used_predicted: set[int] = set()
    for _, i, j in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
        if i not in used_true and j not in used_predicted:
            pairs.append((i, j))
            used_true.add(i)
            used_predicted.add(j)
    return sorted(pairs)


def score_document(
    file: str,
    truth: Sequence[TradeJSON],
    predicted: Sequence[TradeJSON],
    *,
    status: str = "ok",
    asserted_only: bool = False,
) -> DocScore:
    """Field counts and exactness of one document; an "error" document is scored as if nothing was predicted.

    asserted_only (a truth that leaves fields unasserted): only the fields a true trade gives are scored, and a
    predicted trade without a true partner is scored on the fields asserted anywhere in the document.
    """
    found = list(predicted) if status == "ok" else []
    fields_of = _asserted_fields if asserted_only else _all_fields
    pairs = pair_trades(truth, found)
    tallies = {name: Tally() for name in TRADE_FIELDS}
    errors: list[FieldError] = []
    for i, j in pairs:
        _score_pair(Where(file, i), truth[i], found[j], fields_of(truth[i]), tallies, errors)
    paired_true, paired_found = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, trade in enumerate(truth):
        if i not in paired_true:
            _score_pair(Where(file, i, paired=False), trade, {}, fields_of(trade), tallies, errors)
    document_fields = [f for f in TRADE_FIELDS if any(f in fields_of(trade) for trade in truth)]
    for j, trade in enumerate(found):
        if j not in paired_found:
            extra = Where(file, -1 - j, paired=False)
            _score_pair(extra, {}, trade, document_fields if asserted_only else TRADE_FIELDS, tallies, errors)
    exact = status == "ok" and not errors and len(found) == len(truth)
    return DocScore(file, tallies, exact, errors, len(truth), len(found))


def _all_fields(trade: TradeJSON) -> list[str]:
    return list(TRADE_FIELDS)


def _asserted_fields(trade: TradeJSON) -> list[str]:
    return [name for name in TRADE_FIELDS if trade.get(name) is not None]


@dataclass(frozen=True)
class Where:
    file: str
    trade: int
    paired: bool = True


def _score_pair(
    where: Where,
    truth: TradeJSON,
    predicted: TradeJSON,
    fields: Iterable[str],
    tallies: dict[str, Tally],
    errors: list[FieldError],
) -> None:
    for name in fields:
        expected, got = truth.get(name), predicted.get(name)
        tally = tallies[name]
        # a trade without a partner gets nothing right, not even a "0" charge that matches a missing one
        true_ok = expected is not None and bool(predicted) and true_field_right(name, truth, predicted)
        predicted_ok = got is not None and bool(truth) and predicted_field_right(name, truth, predicted)
        tally.true += expected is not None
        tally.true_right += true_ok
        tally.predicted += got is not None
        tally.predicted_right += predicted_ok
        if (expected is not None and not true_ok) or (got is not None and not predicted_ok):
            errors.append(FieldError(where.file, where.trade, name, expected, got, where.paired))


# --- many documents -------------------------------------------------------------------------------------


def sum_tallies(tallies: Iterable[Tally]) -> Tally:
    total = Tally()
    for tally in tallies:
        total.add(tally)
    return total


@dataclass
class Summary:
    documents: int = 0
    exact: int = 0
    total: Tally = field(default_factory=Tally)
    fields: dict[str, Tally] = field(default_factory=lambda: {name: Tally() for name in TRADE_FIELDS})

    @property
    def exact_share(self) -> float:
        return self.exact / self.documents if self.documents else 0.0


def summarize(scores: Iterable[DocScore]) -> Summary:
    summary = Summary()
    for score in scores:
        summary.documents += 1
        summary.exact += score.exact
        for name, tally in score.tallies.items():
            summary.fields[name].add(tally)
            summary.total.add(tally)
    return summary


# --- honest confidence ----------------------------------------------------------------------------------


def is_confident(status: str, predicted: Sequence[TradeJSON], threshold: float) -> bool:
    """Whether a document could pass straight through: the engine is sure of every value it gave.

    A document with no predicted trade is never confident: the engine gives no confidence for "nothing
    here", and a confirmation in which nothing was found needs a person whether it is a cover letter or a miss.
    A predicted field without a confidence counts as confidence 0, and a trade missing one of the fields
    every settlement needs (STP_REQUIRED) is not confident either: what was not found has no confidence.
    """
    if status != "ok" or not predicted:
        return False
    for trade in predicted:
        if any(trade.get(name) is None for name in STP_REQUIRED):
            return False
        confidence = trade.get("confidence")
        confidence = confidence if isinstance(confidence, Mapping) else {}
        for name in TRADE_FIELDS:
            if trade.get(name) is not None and float(confidence.get(name, 0.0)) < threshold:
                return False
    return True


@dataclass
class Straight:
    """Straight-through figures at a threshold: how many documents were confident, and how many of those exact."""

    documents: int = 0
    confident: int = 0
    confident_exact: int = 0

    @property
    def rate(self) -> float:
        return self.confident / self.documents if self.documents else 0.0

    @property
    def precision(self) -> float:
        return self.confident_exact / self.confident if self.confident else 1.0

    def figures(self) -> dict[str, object]:
        rates = {"straight_through_rate": round(self.rate, 4), "precision_at_threshold": round(self.precision, 4)}
        return {**asdict(self), **rates}


def straight_through(outcomes: Iterable[tuple[bool, bool]]) -> Straight:
    """From (confident, exact) per document."""
    figures = Straight()
    for confident, exact in outcomes:
        figures.documents += 1
        figures.confident += confident
        figures.confident_exact += confident and exact
    return figures
