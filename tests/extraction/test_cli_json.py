"""The command of contracts/extraction-output.md, run the way evaluation tools run it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONTRACT_KEYS = ["file", "status", "error", "doc_type", "trades"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "extraction", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


@pytest.fixture(scope="module")
def mixed_run(samples: dict[str, Path]) -> subprocess.CompletedProcess[str]:
    return run("--json", str(samples["key_value.pdf"]), str(samples["empty.pdf"]), str(samples["export.csv"]))


def test_it_prints_one_json_line_per_path_in_input_order(
    mixed_run: subprocess.CompletedProcess[str], samples: dict[str, Path]
) -> None:
    lines = [json.loads(line) for line in mixed_run.stdout.splitlines()]

    assert [line["file"] for line in lines] == [
        str(samples["key_value.pdf"]),
        str(samples["empty.pdf"]),
        str(samples["export.csv"]),
    ]
    assert [line["status"] for line in lines] == ["ok", "error", "ok"]
    assert all(list(line)[:5] == CONTRACT_KEYS for line in lines)


def test_it_exits_1_when_any_file_fails_but_reads_the_rest(mixed_run: subprocess.CompletedProcess[str]) -> None:
    assert mixed_run.returncode == 1
    empty = json.loads(mixed_run.stdout.splitlines()[1])
    assert empty["error"] == "empty file (0 bytes)"
    assert empty["trades"] == []
    assert len(json.loads(mixed_run.stdout.splitlines()[2])["trades"]) == 2


def test_it_writes_fields_in_the_contract_format(mixed_run: subprocess.CompletedProcess[str]) -> None:
    [trade] = json.loads(mixed_run.stdout.splitlines()[0])["trades"]

    assert trade["side"] == "BUY"
    assert trade["quantity"] == "1500"
    assert trade["price"] == "172.35"
    assert trade["gross_amount"] == "258525.00"
    assert trade["net_amount"] == "258532.53"
    assert trade["trade_date"] == "2025-03-14"
    assert trade["taxes"] is None
    assert trade["isin"] == "US0378331005"
    assert trade["confidence"]["price"] == 0.99
    assert trade["provenance"]["price"]["page"] == 1
    assert len(trade["provenance"]["price"]["bbox"]) == 4


def test_it_exits_0_when_every_file_is_ok(samples: dict[str, Path]) -> None:
    done = run("--json", str(samples["body.eml"]))

    assert done.returncode == 0
    assert json.loads(done.stdout)["trades"][0]["net_amount"] == "19640.22"
    assert done.stdout.count("\n") == 1


def test_it_exits_2_for_bad_usage() -> None:
    done = run("--json")

    assert done.returncode == 2
    assert done.stdout == ""
    assert "usage:" in done.stderr


def test_it_prints_a_table_without_json(samples: dict[str, Path]) -> None:
    done = run(str(samples["table.pdf"]), str(samples["not_a.pdf"]))

    assert done.returncode == 1
    assert "VODAFONE GROUP PLC" in done.stdout
    assert "7298.75" in done.stdout
    assert "error: not a PDF (no PDF header)" in done.stdout
