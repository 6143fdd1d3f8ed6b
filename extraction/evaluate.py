"""python -m extraction.evaluate CORPUS [--real [PATH]]: how well the engine reads documents with a known truth.

CORPUS is a synthetic corpus: a folder with truth.jsonl (one document a line: file, layout, split, doc_type,
trades in contract form). --real scores a folder of real brokers' documents whose truth asserts only some
fields (see its README): commission is folded into fees there and only asserted fields are scored.

Decisions beyond the contract (rules in extraction/scoring.py):
- a charge (commission, fees, taxes, accrued interest) given as "0" equals one left null, as the contract allows;
- a document counts as confident (straight-through) only if it was read, has at least one predicted trade, and
  every value it gives has a confidence >= threshold (a value without a confidence counts as 0). An empty
  result is never confident: the engine gives no confidence for "nothing here", so a person looks at it.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from extraction.output import result_to_json
from extraction.pipeline import extract
from extraction.scoring import (
    DocScore,
    Summary,
    Tally,
    fold_commission_into_fees,
    is_confident,
    score_document,
    straight_through,
    sum_tallies,
    summarize,
)
from extraction.types import TRADE_FIELDS

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REAL = REPO_ROOT.parent / "shared" / "corpus" / "real"
ENGINE_READS = frozenset({".txt", ".text", ".pdf", ".eml", ".csv"})
SPLITS = ("train", "heldout")
NOT_SCORED_ON_REAL = ("counterparty",)  # the real truth's "broker" is a label of ours, not an assertion

Report = dict[str, object]


class CorpusMissing(Exception):
    """The corpus folder or its truth.jsonl is not there."""


@dataclass(frozen=True)
class Outcome:
    """One document: its truth row, what the engine said, and the score."""

    row: dict
    prediction: dict
    score: DocScore
    confident: bool


# --- running ---------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.corpus is None and args.real is None:
        parser.error("give a CORPUS folder, --real, or both")
    logging.basicConfig(stream=sys.stderr, level=logging.ERROR)
    report: Report = {"threshold": args.threshold, "synthetic": None, "real": None}
    try:
        if args.corpus is not None:
            report["synthetic"] = evaluate_corpus(Path(args.corpus), jobs=args.jobs, threshold=args.threshold)
        if args.real is not None:
            report["real"] = evaluate_real(Path(args.real), jobs=args.jobs, threshold=args.threshold)
    except CorpusMissing as exc:
        print(f"extraction.evaluate: {exc}", file=sys.stderr)
        return 2
    _limit_errors(report, args.show_errors)
    sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n" if args.json else render(report))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m extraction.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", metavar="CORPUS", help="synthetic corpus folder holding truth.jsonl")
    parser.add_argument(
        "--real", nargs="?", const=str(DEFAULT_REAL), metavar="PATH", help=f"real corpus (default {DEFAULT_REAL})"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object with every figure")
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="extraction worker processes")
    parser.add_argument("--threshold", type=float, default=0.9, help="confidence for straight-through")
    parser.add_argument("--show-errors", type=int, default=0, metavar="K", help="list up to K wrong fields")
    return parser


def load_truth(folder: Path) -> list[dict]:
    truth = folder / "truth.jsonl"
    if not truth.is_file():
        raise CorpusMissing(f"no corpus at {folder} (expected {truth})")
    lines = truth.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def run_engine(paths: Sequence[Path], *, jobs: int = 1) -> list[dict]:
    """The contract JSON of each path, in input order, with each trade's unrounded confidence."""
    names = [str(path) for path in paths]
    if jobs <= 1 or len(names) <= 1:
        return [extract_for_scoring(name) for name in names]
    with multiprocessing.Pool(jobs) as pool:
        return pool.map(extract_for_scoring, names, chunksize=1)


def extract_for_scoring(path: str) -> dict:
    result = extract(path)
    data = result_to_json(result)
    # The contract rounds confidence to 2 places; a threshold must see the engine's own number.
    for trade_json, trade in zip(data["trades"], result.trades, strict=True):  # type: ignore[arg-type]
        trade_json["confidence"] = dict(trade.confidence)
    return data


# --- synthetic corpus ------------------------------------------------------------------------------------


def evaluate_corpus(folder: Path, *, jobs: int = 1, threshold: float = 0.9) -> Report:
    rows = load_truth(folder)
    predictions = run_engine([folder / row["file"] for row in rows], jobs=jobs)
    outcomes = [_outcome(row, prediction, threshold) for row, prediction in zip(rows, predictions, strict=True)]
    heldout = [o for o in outcomes if o.row.get("split") == "heldout"]
    return {
        "corpus": str(folder),
        "documents": len(outcomes),
        "error_documents": sum(o.prediction["status"] != "ok" for o in outcomes),
        "fields": _field_figures(summarize(o.score for o in outcomes)),
        "layouts": _grouped(outcomes, lambda o: str(o.row.get("layout", "?")), _group_figures),
        "splits": {split: _split_figures([o for o in outcomes if o.row.get("split") == split]) for split in SPLITS},
        "confidence": {"heldout": _straight_figures(heldout), "all": _straight_figures(outcomes)},
        "errors": _error_rows(outcomes),
    }


def _outcome(row: dict, prediction: dict, threshold: float, *, real: bool = False) -> Outcome:
    status, found = prediction["status"], prediction["trades"]
    if real:
        truth, scored = [_as_real(trade) for trade in row["trades"]], [_as_real(trade) for trade in found]
    else:
        truth, scored = row["trades"], found
    score = score_document(row["file"], truth, scored, status=status, asserted_only=real)
    return Outcome(row, prediction, score, is_confident(status, found, threshold))


def _field_figures(summary: Summary) -> dict[str, dict[str, object]]:
    return {name: summary.fields[name].figures() for name in TRADE_FIELDS}


def _split_figures(outcomes: list[Outcome]) -> dict[str, object]:
    summary = summarize(o.score for o in outcomes)
    return {**_group_figures(outcomes), **summary.total.figures()}


def _group_figures(outcomes: list[Outcome]) -> dict[str, object]:
    summary = summarize(o.score for o in outcomes)
    return {
        "documents": summary.documents,
        "exact": summary.exact,
        "exact_share": round(summary.exact_share, 4),
        "f1": round(summary.total.f1, 4),
    }


def _straight_figures(outcomes: list[Outcome]) -> dict[str, object]:
    return straight_through((o.confident, o.score.exact) for o in outcomes).figures()


def _grouped(
    outcomes: list[Outcome], key: Callable[[Outcome], str], figures: Callable[[list[Outcome]], dict[str, object]]
) -> dict[str, dict[str, object]]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[key(outcome)].append(outcome)
    return {name: figures(groups[name]) for name in sorted(groups)}


def _error_rows(outcomes: list[Outcome]) -> dict[str, object]:
    wrong = [error for o in outcomes for error in o.score.errors]
    failed = [{"file": o.row["file"], "error": o.prediction["error"]} for o in outcomes if o.prediction["error"]]
    kinds = Counter((error.field, error.kind) for error in wrong)
    # The costly mistakes: documents that would have gone straight through, read wrong.
    confident_wrong = [
        {"file": o.row["file"], "fields": sorted({error.field for error in o.score.errors})}
        for o in outcomes
        if o.confident and not o.score.exact
    ]
    return {
        "wrong_fields": len(wrong),
        "failed_documents": failed,
        "confident_wrong": confident_wrong,
        "kinds": [{"field": f, "kind": k, "count": n} for (f, k), n in kinds.most_common()],
        "shown": [asdict(error) for error in wrong],
    }


def _limit_errors(report: Report, count: int) -> None:
    for part in ("synthetic", "real"):
        figures = report.get(part)
        if isinstance(figures, dict):
            figures["errors"]["shown"] = figures["errors"]["shown"][: max(count, 0)]


# --- real corpus -----------------------------------------------------------------------------------------


def evaluate_real(folder: Path, *, jobs: int = 1, threshold: float = 0.9) -> Report:
    if not folder.is_dir():
        raise CorpusMissing(f"no real corpus at {folder}")
    rows = load_truth(folder)
    readable = [row for row in rows if Path(row["file"]).suffix.lower() in ENGINE_READS]
    predictions = run_engine([folder / row["file"] for row in readable], jobs=jobs)
    outcomes = [_outcome(r, p, threshold, real=True) for r, p in zip(readable, predictions, strict=True)]
    total = summarize(o.score for o in outcomes).total
    return {
        "corpus": str(folder),
        "documents": len(outcomes),
        "skipped": [row["file"] for row in rows if Path(row["file"]).suffix.lower() not in ENGINE_READS],
        "error_documents": sum(o.prediction["status"] != "ok" for o in outcomes),
        "true_trades": sum(o.score.true_trades for o in outcomes),
        "predicted_trades": sum(o.score.predicted_trades for o in outcomes),
        "asserted": _asserted_figures(outcomes),
        "asserted_precision": round(total.precision, 4),
        "fields": {name: t.figures() for name, t in _real_field_tallies(outcomes).items()},
        "languages": _grouped(outcomes, _language, _asserted_figures),
        "brokers": _grouped(outcomes, lambda o: o.row["file"].split("__")[0], _asserted_figures),
        "confidence": {"all": _straight_figures(outcomes)},
        "errors": _error_rows(outcomes),
    }


def _as_real(trade: dict) -> dict:
    """A trade as the real truth models it: one fee bucket, and no broker/counterparty."""
    folded = fold_commission_into_fees(trade)
    return {key: value for key, value in folded.items() if key not in NOT_SCORED_ON_REAL}


def _language(outcome: Outcome) -> str:
    language = outcome.row.get("language")
    return language if language in ("en", "de") else "other"


def _asserted_figures(outcomes: list[Outcome]) -> dict[str, object]:
    total = sum_tallies(o.score.total() for o in outcomes)
    fully = sum(o.score.exact for o in outcomes)
    return {
        "documents": len(outcomes),
        "fields": total.true,
        "right": total.true_right,
        "share_right": round(total.recall, 4),
        "fully_right": fully,
        "fully_right_share": round(fully / len(outcomes), 4) if outcomes else 0.0,
    }


def _real_field_tallies(outcomes: list[Outcome]) -> dict[str, Tally]:
    summary = summarize(o.score for o in outcomes)
    return {name: tally for name, tally in summary.fields.items() if tally.true or tally.predicted}


# --- text for people ---------------------------------------------------------------------------------------

Column = tuple[str, Callable[[dict], str]]  # header, and the cell from one group's figures


def _count(key: str) -> Callable[[dict], str]:
    return lambda figures: str(figures[key])


def _ratio(key: str) -> Callable[[dict], str]:
    return lambda figures: "-" if figures[key] is None else f"{figures[key]:.3f}"


def _part_of(part: str, whole: str) -> Callable[[dict], str]:
    return lambda figures: _share(figures[part], figures[whole])


FIELD_COLUMNS: list[Column] = [
    ("true", _count("true")),
    ("predicted", _count("predicted")),
    ("precision", _ratio("precision")),
    ("recall", _ratio("recall")),
    ("F1", _ratio("f1")),
]
GROUP_COLUMNS: list[Column] = [
    ("docs", _count("documents")),
    ("F1", _ratio("f1")),
    ("exact", _part_of("exact", "documents")),
]
SPLIT_COLUMNS: list[Column] = [GROUP_COLUMNS[0], *FIELD_COLUMNS[2:], GROUP_COLUMNS[2]]
ASSERTED_COLUMNS: list[Column] = [
    ("docs", _count("documents")),
    ("asserted", _count("fields")),
    ("right", _part_of("right", "fields")),
    ("fully right", _part_of("fully_right", "documents")),
]
STRAIGHT_COLUMNS: list[Column] = [
    ("docs", _count("documents")),
    ("confident", _count("confident")),
    ("straight-through", _part_of("confident", "documents")),
    ("precision at threshold", _part_of("confident_exact", "confident")),
]
KIND_COLUMNS: list[Column] = [("kind", _count("kind")), ("count", _count("count"))]


def render(report: Report) -> str:
    parts: list[str] = []
    if isinstance(report["synthetic"], dict):
        parts.append(_render_synthetic(report["synthetic"], report["threshold"]))
    if isinstance(report["real"], dict):
        parts.append(_render_real(report["real"], report["threshold"]))
    return "\n\n".join(parts) + "\n"


def _render_synthetic(figures: dict, threshold: object) -> str:
    held, straight = figures["splits"]["heldout"], figures["confidence"]["heldout"]
    return "\n\n".join(
        [
            f"Synthetic corpus {figures['corpus']}: {figures['documents']} documents, "
            f"{figures['error_documents']} could not be read",
            _grid("field", FIELD_COLUMNS, figures["fields"]),
            _grid("layout", GROUP_COLUMNS, figures["layouts"]),
            _grid("split", SPLIT_COLUMNS, figures["splits"]),
            _grid(f"confidence >= {threshold}", STRAIGHT_COLUMNS, figures["confidence"]),
            *_shown_errors(figures["errors"]),
            f"==> HELD-OUT  F1 {_ratio('f1')(held)}  exact {_share(held['exact'], held['documents'])}  "
            f"straight-through {_share(straight['confident'], straight['documents'])} at >= {threshold}, "
            f"precision at threshold {_share(straight['confident_exact'], straight['confident'])}",
        ]
    )


def _render_real(figures: dict, threshold: object) -> str:
    asserted, english = figures["asserted"], figures["languages"].get("en", {"right": 0, "fields": 0})
    skipped = f"; skipped {', '.join(figures['skipped'])}" if figures["skipped"] else ""
    kinds = {f"{k['field']} {k['kind']}": k for k in figures["errors"]["kinds"][:10]}
    return "\n\n".join(
        [
            f"Real corpus {figures['corpus']}: {figures['documents']} documents, {figures['true_trades']} true "
            f"trades, {figures['predicted_trades']} predicted, {figures['error_documents']} could not be read"
            f"{skipped}. Only asserted fields are scored; commission is folded into fees.",
            _grid("field", [("asserted", _count("true")), *FIELD_COLUMNS[1:]], figures["fields"]),
            _grid("language", ASSERTED_COLUMNS, figures["languages"]),
            _grid("broker", ASSERTED_COLUMNS, figures["brokers"]),
            _grid(f"confidence >= {threshold}", STRAIGHT_COLUMNS, figures["confidence"]),
            _grid("most common errors", [("count", _count("count"))], kinds),
            *_shown_errors(figures["errors"]),
            f"==> REAL  asserted fields right {_share(asserted['right'], asserted['fields'])}  "
            f"English {_share(english['right'], english['fields'])}  "
            f"precision {figures['asserted_precision']:.3f}  "
            f"documents fully right {_share(asserted['fully_right'], asserted['documents'])}",
        ]
    )


def _grid(title: str, columns: list[Column], groups: dict[str, dict]) -> str:
    rows = [[name, *(cell(figures) for _, cell in columns)] for name, figures in groups.items()]
    return _table([title, *(header for header, _ in columns)], rows, left=1)


def _shown_errors(errors: dict) -> list[str]:
    if not errors["shown"]:
        return []
    rows = [[e["file"], str(e["trade"]), e["field"], _cell(e["expected"]), _cell(e["got"])] for e in errors["shown"]]
    shown = [_table(["file", "trade", "field", "expected", "got"], rows, left=5)]
    if errors["confident_wrong"]:
        confident = [[c["file"], ", ".join(c["fields"])] for c in errors["confident_wrong"][: len(rows)]]
        shown.append(_table(["confident but wrong", "fields"], confident, left=2))
    return shown


def _table(header: list[str], rows: list[list[str]], *, left: int) -> str:
    """Plain aligned text: the first `left` columns to the left, numbers to the right."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(
            cell.ljust(width) if i < left else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        )
        for row in [header, *rows]
    ]
    return "\n".join(line.rstrip() for line in lines)


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}% ({part}/{whole})" if whole else "-"


def _cell(value: object) -> str:
    return "-" if value is None else str(value)


if __name__ == "__main__":
    sys.exit(main())
