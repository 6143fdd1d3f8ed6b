"""python -m extraction.corpus OUT --seed N [--per-layout K]"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from . import LAYOUTS, generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extraction.corpus", description="Write the synthetic corpus.")
    parser.add_argument("out", type=Path, metavar="OUT", help="folder to write docs/ and truth.jsonl into")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--per-layout", type=int, default=25, metavar="K", help="documents per layout (25)")
    parser.add_argument("--layout", action="append", choices=sorted(LAYOUTS), help="only this layout (repeatable)")
    args = parser.parse_args(argv)
    if args.per_layout < 1:
        parser.error("--per-layout must be at least 1")
    rows = generate(args.out, seed=args.seed, per_layout=args.per_layout, layouts=args.layout)
    splits = Counter(row["split"] for row in rows)
    trade_count = sum(len(row["trades"]) for row in rows)
    print(
        f"{len(rows)} documents ({splits['train']} train, {splits['heldout']} held-out), {trade_count} trades "
        f"in {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
