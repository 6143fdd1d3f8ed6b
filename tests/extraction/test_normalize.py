from datetime import date
from decimal import Decimal

import pytest

from extraction.normalize import (
    detect_day_first,
    find_currency,
    guess_decimal_mark,
    normalize_currency,
    parse_date,
    parse_decimal,
    parse_side,
)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("1,234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("1 234,56", "1234.56"),
        ("1'234.56", "1234.56"),
        ("(1,234.56)", "-1234.56"),
        ("-1,234.56", "-1234.56"),
        ("USD 258,525.00", "258525.00"),
        ("$172.35", "172.35"),
        ("98.765", "98.765"),
        ("1,500", "1500"),
        ("1,000,000", "1000000"),
        ("7.5", "7.5"),
    ],
)
def test_it_parses_printed_numbers(printed: str, expected: str) -> None:
    assert parse_decimal(printed) == Decimal(expected)


def test_it_returns_decimal_not_float() -> None:
    assert isinstance(parse_decimal("0.1"), Decimal)


def test_it_uses_the_documents_decimal_mark_for_ambiguous_numbers() -> None:
    assert parse_decimal("1.500") == Decimal("1.500")
    assert parse_decimal("1.500", decimal_mark=",") == Decimal("1500")


def test_it_rejects_text_without_a_number() -> None:
    assert parse_decimal("n/a") is None
    assert parse_decimal("") is None


def test_it_guesses_the_decimal_mark_from_amounts() -> None:
    assert guess_decimal_mark("EUR 1.234,56 and 7,50") == ","
    assert guess_decimal_mark("USD 1,234.56 and 7.50") == "."
    assert guess_decimal_mark("no amounts") is None


@pytest.mark.parametrize(
    "printed",
    ["03/14/2025", "14.03.2025", "14-Mar-2025", "14 March 2025", "March 14, 2025", "2025-03-14", "14/03/25"],
)
def test_it_parses_date_forms(printed: str) -> None:
    assert parse_date(printed) == date(2025, 3, 14)


def test_it_reads_ambiguous_dates_with_the_documents_order() -> None:
    assert parse_date("03/04/2025", day_first=True) == date(2025, 4, 3)
    assert parse_date("03/04/2025", day_first=False) == date(2025, 3, 4)


def test_it_maps_two_digit_years_to_this_century_below_70() -> None:
    assert parse_date("14.03.69") == date(2069, 3, 14)
    assert parse_date("14.03.70") == date(1970, 3, 14)


def test_it_decides_day_first_from_any_date_that_tells() -> None:
    assert detect_day_first("Trade 03/04/2025, settles 14/04/2025") is True
    assert detect_day_first("Trade 03/14/2025") is False
    assert detect_day_first("Trade 03/04/2025 on 2025-06-30") is None


def test_a_year_first_date_tells_how_the_figures_run_when_it_matches_one_reading() -> None:
    # "Signed 2023.10.11" on a note dated "11-10-2023": the day comes first.
    assert detect_day_first("Trade date 11-10-2023 ... Digitally signed, Date: 2023.10.11") is True
    assert detect_day_first("Trade 03/04/2025 on 2025-03-04") is False


@pytest.mark.parametrize(("token", "code"), [("£", "GBP"), ("$", "USD"), ("€", "EUR"), ("chf", "CHF"), ("US$", "USD")])
def test_it_normalizes_currencies(token: str, code: str) -> None:
    assert normalize_currency(token) == code


def test_it_ignores_three_letter_words_that_are_not_currencies() -> None:
    assert normalize_currency("THE") is None
    assert find_currency("NET AMOUNT DUE £1,000.00") == "GBP"


@pytest.mark.parametrize(
    ("words", "side"),
    [
        ("Bought", "BUY"),
        ("SOLD", "SELL"),
        ("Purchase", "BUY"),
        ("Sale", "SELL"),
        ("BOT", "BUY"),
        ("SLD", "SELL"),
        ("client buys", "BUY"),
        ("We have sold to you", "BUY"),
        ("you sold", "SELL"),
        ("We bought from you", "SELL"),
    ],
)
def test_it_reads_side_from_the_clients_point_of_view(words: str, side: str) -> None:
    assert parse_side(words) == side


def test_it_reads_one_letter_sides_only_where_a_side_is_expected() -> None:
    assert parse_side("B") is None
    assert parse_side("B", allow_letters=True) == "BUY"
    assert parse_side("S", allow_letters=True) == "SELL"


def test_it_does_not_read_a_buy_sell_heading_as_a_side() -> None:
    assert parse_side("Buy/Sell") is None


def test_it_reads_compact_dates_as_exports_print_them() -> None:
    from extraction.normalize import find_dates, parse_date

    assert parse_date("20230213").isoformat() == "2023-02-13"
    assert find_dates("account 20231302") == []  # no 13th month: a number, not a date


def test_a_version_number_does_not_decide_the_day_order() -> None:
    from extraction.normalize import detect_day_first

    assert detect_day_first("Reader 1.8.16\nTrade date 01-04-21  Amount $1,011.60") is False
    assert detect_day_first("Reader 1.8.16\nTrade date 01.04.21  Amount EUR 1.011,60") is True


@pytest.mark.parametrize("heading", ["Bought or Sold", "Purchase/Sale", "buy / sell", "Kauf/Verkauf"])
def test_a_heading_that_names_both_sides_states_neither(heading: str) -> None:
    assert parse_side(heading) is None
