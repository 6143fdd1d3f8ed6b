"""The label classifier: how its examples are found, and what the shipped pipeline knows."""

from __future__ import annotations

import pytest

from extraction import nlp, roles, train
from extraction.layout import lines_from_text

TRUTH = [{"quantity": "1500", "price": "172.35", "net_amount": "258532.50", "trade_date": "2025-03-14"}]


def test_it_pairs_labels_with_the_values_beside_them() -> None:
    lines = lines_from_text("Units bought:  1,500\nAmount payable   258,532.50\nTel   +44 20 7946 0123\n")
    pairs = list(train.label_pairs(lines))
    assert ("Units bought", "1,500") in pairs
    assert ("Amount payable", "258,532.50") in pairs


def test_it_pairs_a_header_with_the_values_under_it() -> None:
    lines = lines_from_text("Deal date    Units     Dealt at\n14/03/2025   1,500     172.35\n")
    assert {("Units", "1,500"), ("Dealt at", "172.35"), ("Deal date", "14/03/2025")} <= set(train.label_pairs(lines))


@pytest.mark.parametrize(
    ("value", "field"),
    [("1,500", "quantity"), ("258,532.50", "net_amount"), ("14/03/2025", "trade_date"), ("0845 373 3479", "other")],
)
def test_it_names_the_field_a_value_equals(value: str, field: str) -> None:
    assert train.value_field(value, TRUTH, ".", True) == field


def test_a_value_equal_to_two_fields_teaches_nothing() -> None:
    truth = [{"gross_amount": "100.00", "net_amount": "100.00"}]
    assert train.value_field("100.00", truth, ".", None) is None


def test_the_shipped_pipeline_has_rules_and_the_classifier() -> None:
    pipeline = nlp.get_nlp()
    members = [roles.COMPONENT, *(f"{roles.COMPONENT}_{n}" for n in range(1, roles.ENSEMBLE))]
    assert pipeline.pipe_names == ["entity_ruler", *members]
    size = sum(p.stat().st_size for p in nlp.MODEL_DIR.rglob("*") if p.is_file())
    assert size < 25 * 1024 * 1024


@pytest.mark.parametrize(
    ("phrase", "field"),
    [
        ("Gross consideration", "gross_amount"),
        ("Stamp duty", "taxes"),
        ("Brokerage commission", "commission"),
        ("Telephone", "other"),
    ],
)
def test_the_classifier_reads_label_phrases(phrase: str, field: str) -> None:
    assert roles.classify(phrase)[0] == field
