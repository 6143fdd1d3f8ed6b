"""Speed of the engine against its floor: `python -m extraction.bench [--count 200] [--profile]`.

The floor is pdfplumber's own extract_words over the same pages: every PDF the engine reads costs at least
that. Both run in this one process, pinned to one core, on the same generated one-page confirmations.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pdfplumber

from extraction.nlp import get_nlp
from extraction.pipeline import extract

DEFAULT_COUNT = 200
DEFAULT_SEED = 11


def floor_read(path: Path) -> int:
    """What pdfplumber alone does for a page: open the file and extract its words."""
    with pdfplumber.open(path) as pdf:
        return sum(len(page.extract_words()) for page in pdf.pages)


def engine_read(path: Path) -> int:
    result = extract(path)
    if not result.ok:
        raise RuntimeError(f"{path.name}: {result.error}")
    return result.pages


def timed(read: Callable[[Path], int], paths: Sequence[Path]) -> float:
    started = time.perf_counter()
    for path in paths:
        read(path)
    return time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extraction.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="one-page confirmations to read")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--profile", action="store_true", help="print where the engine's time goes")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from extraction.corpus import one_page_confirmations

    with tempfile.TemporaryDirectory() as folder:
        paths = _write(Path(folder), one_page_confirmations(args.count, args.seed))
        started = time.perf_counter()
        get_nlp()  # loaded once per worker process, not per document: timed on its own
        load = time.perf_counter() - started
        engine_read(paths[0])  # warm caches and imports on both sides before timing
        floor_read(paths[0])
        floor = timed(floor_read, paths)
        engine = timed(engine_read, paths)
        _report(len(paths), floor, engine, load)
        if args.profile:
            _profile(paths)
    return 0


def _write(folder: Path, documents: Sequence[bytes]) -> list[Path]:
    paths = []
    for number, data in enumerate(documents):
        path = folder / f"confirmation-{number:04d}.pdf"
        path.write_bytes(data)
        paths.append(path)
    return paths


def _report(pages: int, floor: float, engine: float, load: float) -> None:
    print(f"pages                         {pages}")
    print(f"pdfplumber extract_words      {pages / floor:8.1f} pages/s  ({1000 * floor / pages:6.1f} ms/page)")
    print(f"extraction engine             {pages / engine:8.1f} pages/s  ({1000 * engine / pages:6.1f} ms/page)")
    print(f"engine / floor                {engine / floor:8.2f}x  (goal: at most 2.00x)")
    print(f"pipeline load, once/process   {1000 * load:8.1f} ms")


def _profile(paths: Sequence[Path]) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths:
        engine_read(path)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
    print(out.getvalue())


if __name__ == "__main__":
    sys.exit(main())
