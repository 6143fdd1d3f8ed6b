"""Train the pipeline's label classifier on the project's own corpus: `python -m extraction.train`.

Where a label-and-value pair sits in a document (a cell and the cell right of it, "Label: value", a table
header and the values under it) and the value equals a field of the document's true trades, the label
text is an example of that field; a pair whose value is no trade field ("Tel", "Page", "Balance") is an
example of "other". The label lists of labels.py (and its labels of no field) are added as examples too.
Only the training layouts of the corpus are used; the held-out layouts' pairs measure how well the classifier
reads wording it never saw. The result is written with the EntityRuler as one spaCy pipeline to extraction/model/.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from extraction import csv as csv_reader
from extraction import nlp, normalize, pdf, roles
from extraction.labels import LABELS, NOT_FIELDS
from extraction.layout import Line, Word, cell_text, lines_from_text
from extraction.text import decode
from extraction.types import DATE_FIELDS, DECIMAL_FIELDS, TRADE_FIELDS

DEFAULT_SEED = 7
DEFAULT_PER_LAYOUT = 25
EPOCHS = 12
FIELDS = tuple(f for f in TRADE_FIELDS if f not in ("isin", "cusip", "sedol"))
CLASSES = (*FIELDS, roles.OTHER)
_HEADER_DEPTH = 6  # table rows read under a header
MIN_DOCUMENTS = 3  # documents a (phrase, field) pair must recur in to count as a label


@dataclass(frozen=True)
class Example:
    phrase: str
    field: str
    split: str  # "train", "heldout" or "lexicon"
    document: str = ""


# --- finding label/value pairs --------------------------------------------------------------------------


def label_pairs(lines: Sequence[Line]) -> Iterator[tuple[str, str]]:
    """(label text, value text) pairs as a document lays them out."""
    for index, line in enumerate(lines):
        cells = [cell_text(cell) for cell in line.cells]
        for number, text in enumerate(cells):
            head, colon, tail = text.partition(":")
            if colon and tail.strip() and roles.looks_like_label(head):
                yield head, tail.strip()
            elif roles.looks_like_label(text) and number + 1 < len(cells):
                yield text.rstrip(" :"), cells[number + 1]
        if len(cells) >= 3 and all(roles.looks_like_label(c) for c in cells):
            yield from _column_pairs(line, lines[index + 1 : index + 1 + _HEADER_DEPTH])


def _column_pairs(header: Line, rows: Sequence[Line]) -> Iterator[tuple[str, str]]:
    for row in rows:
        for cell in row.cells:
            column = _column_under(header, cell)
            if column is not None:
                yield cell_text(column), cell_text(cell)


def _column_under(header: Line, cell: Sequence[Word]) -> Sequence[Word] | None:
    left, right = cell[0].x0, cell[-1].x1
    best, overlap = None, 0.0
    for column in header.cells:
        shared = min(right, column[-1].x1) - max(left, column[0].x0)
        if shared > overlap:
            best, overlap = column, shared
    return best


# --- naming the field a value belongs to ---------------------------------------------------------------


def value_field(value: str, trades: Sequence[dict], decimal_mark: str | None, day_first: bool | None) -> str | None:
    """The one trade field value equals; OTHER when it equals none; None when ambiguous or unparseable."""
    matches = {name for trade in trades for name in _equal_fields(value, trade, decimal_mark, day_first)}
    if len(matches) == 1:
        return matches.pop()
    return roles.OTHER if not matches else None


def _equal_fields(value: str, trade: dict, decimal_mark: str | None, day_first: bool | None) -> Iterator[str]:
    number = normalize.parse_decimal(value, decimal_mark=decimal_mark)
    day = normalize.parse_date(value, day_first=day_first)
    text = " ".join(value.split()).lower()
    for name in FIELDS:
        truth = trade.get(name)
        if truth in (None, ""):
            continue
        if name in DECIMAL_FIELDS:
            if number is not None and abs(number) == Decimal(truth):
                yield name
        elif name in DATE_FIELDS:
            if day is not None and day.isoformat() == truth:
                yield name
        elif name == "side":
            if normalize.parse_side(value, allow_letters=True) == truth:
                yield name
        elif text == str(truth).lower():
            yield name


# --- reading the corpus --------------------------------------------------------------------------------


def document_pairs(path: Path) -> Iterator[tuple[str, str]]:
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        yield from label_pairs(pdf.read_pdf(data).lines)
    elif suffix == ".txt":
        yield from label_pairs(lines_from_text(decode(data)))
    elif suffix == ".csv":
        rows = csv_reader._rows(decode(data))
        for header, row in zip(rows, rows[1:], strict=False):
            if header and all(roles.looks_like_label(cell) for cell in header if cell):
                yield from ((h, v) for h, v in zip(header, row, strict=False) if h and v)


def corpus_examples(corpus: Path) -> list[Example]:
    examples = []
    for row in map(json.loads, (corpus / "truth.jsonl").read_text().splitlines()):
        path = corpus / row["file"]
        if not row["trades"] or path.suffix.lower() not in (".pdf", ".txt", ".csv"):
            continue
        text = path.read_bytes().decode("latin-1")
        mark, day_first = normalize.guess_decimal_mark(text), normalize.detect_day_first(text)
        values = _printed_values(row["trades"])
        for label, value in document_pairs(path):
            if _is_a_value(label, values):
                continue  # a ticker or a side word before a figure in a row is data, not a label
            field = value_field(value, row["trades"], mark, day_first)
            if field is not None:
                examples.append(Example(_phrase(label), field, row["split"], row["file"]))
    return _recurring(examples)


def _printed_values(trades: Sequence[dict]) -> set[str]:
    return {str(t[name]).lower() for t in trades for name in FIELDS if isinstance(t.get(name), str) and t[name]}


def _is_a_value(label: str, values: set[str]) -> bool:
    text = _phrase(label)
    return text in values or normalize.parse_side(text) is not None


def _recurring(examples: list[Example]) -> list[Example]:
    """Pairs whose phrase recurs across documents: a label does, a security name beside its ticker does not."""
    documents: dict[tuple[str, str], set[str]] = {}
    for example in examples:
        documents.setdefault((example.phrase, example.field), set()).add(example.document)
    return [e for e in examples if len(documents[(e.phrase, e.field)]) >= MIN_DOCUMENTS]


def lexicon_examples() -> list[Example]:
    listed = [Example(_phrase(s), field, "lexicon") for field, synonyms in LABELS.items() for s in synonyms]
    return [*listed, *(Example(_phrase(s), roles.OTHER, "lexicon") for s in NOT_FIELDS)]


def _phrase(label: str) -> str:
    return roles._clean(label)


# --- the model -------------------------------------------------------------------------------------------


def _textcat_config() -> dict:
    # Sub-word features (prefix, suffix, shape) are what lets "consideration payable" land near
    # "consideration"; the hashed tables stay small so the shipped model is a few megabytes.
    return {
        "threshold": 0.5,
        "model": {
            "@architectures": "spacy.TextCatEnsemble.v2",
            "nO": None,
            "linear_model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": True,
                "ngram_size": 2,
                "no_output_layer": False,
                "length": 2**14,
                "nO": None,
            },
            "tok2vec": {
                "@architectures": "spacy.Tok2Vec.v2",
                "embed": {
                    "@architectures": "spacy.MultiHashEmbed.v2",
                    "width": 64,
                    "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
                    "rows": [2000, 1000, 1000, 500],
                    "include_static_vectors": False,
                },
                "encode": {
                    "@architectures": "spacy.MaxoutWindowEncoder.v2",
                    "width": 64,
                    "window_size": 1,
                    "maxout_pieces": 3,
                    "depth": 2,
                },
            },
        },
    }


def train(examples: Sequence[Example], *, seed: int, epochs: int = EPOCHS):
    import spacy
    from spacy.training import Example as SpacyExample

    spacy.util.fix_random_seed(seed)
    pipeline = nlp.build_rule_pipeline()
    textcat = pipeline.add_pipe("textcat", name=roles.COMPONENT, config=_textcat_config())
    for name in CLASSES:
        textcat.add_label(name)  # type: ignore[attr-defined]
    samples = [
        SpacyExample.from_dict(pipeline.make_doc(e.phrase), {"cats": {c: float(c == e.field) for c in CLASSES}})
        for e in examples
    ]
    optimizer = pipeline.initialize(lambda: samples)
    # Initializing the pipeline empties the EntityRuler; its patterns are code, so they are put back.
    pipeline.get_pipe("entity_ruler").add_patterns(nlp.rule_patterns())  # type: ignore[attr-defined]
    rng = random.Random(seed)
    for _epoch in range(epochs):
        rng.shuffle(samples)
        losses: dict[str, float] = {}
        for batch in spacy.util.minibatch(samples, size=32):
            pipeline.update(batch, sgd=optimizer, losses=losses, exclude=["entity_ruler"])
    return pipeline


def train_ensemble(examples: Sequence[Example], *, seed: int, size: int = roles.ENSEMBLE):
    """The classifier trained size times from seeds seed, seed + 1, ..., as members of one pipeline."""
    pipelines = [train(examples, seed=seed + offset) for offset in range(size)]
    pipeline = pipelines[0]
    for number, other in enumerate(pipelines[1:], start=1):
        pipeline.add_pipe(roles.COMPONENT, name=f"{roles.COMPONENT}_{number}", source=other)
    return pipeline


def accuracy(pipeline, examples: Sequence[Example]) -> tuple[float, dict[str, tuple[int, int]]]:
    """Share of examples whose phrase is classified as its field, and (right, total) per field."""
    per_field: dict[str, list[int]] = {}
    for example in examples:
        cats = roles.average_cats(pipeline, example.phrase)
        guess = max(cats.items(), key=lambda item: item[1])[0]
        counts = per_field.setdefault(example.field, [0, 0])
        counts[0] += guess == example.field
        counts[1] += 1
    right = sum(c[0] for c in per_field.values())
    total = sum(c[1] for c in per_field.values())
    return (right / total if total else 0.0), {k: (v[0], v[1]) for k, v in per_field.items()}


# --- the command -----------------------------------------------------------------------------------------


def _unique(examples: Iterable[Example]) -> list[Example]:
    """One example per (phrase, field): a layout printing a label 500 times must not outweigh the rest."""
    seen: dict[tuple[str, str], Example] = {}
    for example in examples:
        seen.setdefault((example.phrase, example.field), example)
    return list(seen.values())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extraction.train", description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--per-layout", type=int, default=DEFAULT_PER_LAYOUT)
    parser.add_argument("--corpus", type=Path, help="an existing corpus folder (default: generate one)")
    parser.add_argument("--out", type=Path, default=nlp.MODEL_DIR)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        corpus = args.corpus or _generate(Path(scratch), args.seed, args.per_layout)
        examples = corpus_examples(corpus)
    lexicon = lexicon_examples()
    # A listed label's corpus pairs add only noise ("Stamp duty 0.00" matches no true field): the lists say.
    listed = {e.phrase for e in lexicon}
    corpus_train = [e for e in examples if e.split != "heldout" and e.phrase not in listed]
    train_set = _unique([*corpus_train, *lexicon])
    heldout = _unique(e for e in examples if e.split == "heldout")
    print(f"training on {len(train_set)} label phrases (seed {args.seed}); {len(heldout)} held out", file=sys.stderr)
    pipeline = train_ensemble(train_set, seed=args.seed)
    _report(pipeline, train_set, heldout)
    _save(pipeline, args.out)
    return 0


def _generate(folder: Path, seed: int, per_layout: int) -> Path:
    from extraction.corpus import generate

    generate(folder, seed=seed, per_layout=per_layout)
    return folder


def _report(pipeline, train_set: Sequence[Example], heldout: Sequence[Example]) -> None:
    for name, examples in (("training phrases", train_set), ("held-out phrases", heldout)):
        share, per_field = accuracy(pipeline, examples)
        print(f"{name:<18} accuracy {share:6.1%}  ({len(examples)} phrases)")
    _share, per_field = accuracy(pipeline, heldout)
    for field in sorted(per_field):
        right, total = per_field[field]
        print(f"  held-out {field:<18} {right:>4}/{total:<4} {right / total:6.1%}")
    distribution = Counter(e.field for e in train_set)
    print("training phrases per field: " + ", ".join(f"{k}={v}" for k, v in sorted(distribution.items())))


def _save(pipeline, out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    pipeline.to_disk(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"saved to {out} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    sys.exit(main())
