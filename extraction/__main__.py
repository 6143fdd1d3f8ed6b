"""python -m extraction [--json] PATH [PATH ...]: see contracts/extraction-output.md."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence

from extraction.output import render_table, result_to_json
from extraction.pipeline import extract


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # stdout carries only results; everything else goes to stderr.
    logging.basicConfig(stream=sys.stderr, level=logging.INFO if args.verbose else logging.WARNING)
    results = []
    for path in args.paths:
        result = extract(path)
        results.append(result)
        if args.json:
            sys.stdout.write(json.dumps(result_to_json(result), ensure_ascii=False) + "\n")
            sys.stdout.flush()  # one line per file as it is done, for callers that stream
    if not args.json:
        sys.stdout.write(render_table(results))
    return 0 if all(result.ok for result in results) else 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m extraction", description="Extract trades from documents.")
    parser.add_argument("--json", action="store_true", help="print one JSON object per file (JSON Lines)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".pdf, .eml, .csv or .txt files")
    return parser


if __name__ == "__main__":
    sys.exit(main())
