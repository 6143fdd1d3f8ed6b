from decimal import Decimal

import pytest

from extraction.validators import gross_matches, is_cusip, is_isin, is_sedol, net_matches


@pytest.mark.parametrize("isin", ["US0378331005", "GB0002634946", "DE0007164600", "CH0038863350"])
def test_it_accepts_valid_isins(isin: str) -> None:
    assert is_isin(isin)


@pytest.mark.parametrize("isin", ["US0378331006", "us0378331005", "US037833100", "1234567890AB"])
def test_it_rejects_bad_isins(isin: str) -> None:
    assert not is_isin(isin)


def test_it_checks_cusips() -> None:
    assert is_cusip("037833100")
    assert is_cusip("38259P508")
    assert not is_cusip("037833101")


def test_it_checks_sedols() -> None:
    assert is_sedol("2046251")
    assert is_sedol("B0YBKJ7")
    assert not is_sedol("2046252")
    assert not is_sedol("A046251")  # vowels are never used


def test_it_matches_gross_to_quantity_times_price() -> None:
    assert gross_matches(Decimal("1500"), Decimal("172.35"), Decimal("258525.00"))
    assert not gross_matches(Decimal("1500"), Decimal("172.35"), Decimal("258535.00"))
    assert not gross_matches(None, Decimal("172.35"), Decimal("258525.00"))


def test_it_allows_for_a_price_printed_to_fewer_places_than_it_was_dealt_at() -> None:
    # 3 x 129.28 = 387.84, but a price of 129.2833 rounds to 129.28 and gives 387.85.
    assert gross_matches(Decimal("3"), Decimal("129.28"), Decimal("387.85"))
    assert not gross_matches(Decimal("3"), Decimal("129.28"), Decimal("387.87"))
    # Up to half a cent per unit, never more: 1500 units of 172.35 may be 258,525 +/- 7.50.
    assert gross_matches(Decimal("1500"), Decimal("172.35"), Decimal("258532.50"))
    assert not gross_matches(Decimal("1500"), Decimal("172.35"), Decimal("258532.51"))


def test_it_matches_bond_gross_with_a_percent_price() -> None:
    assert gross_matches(Decimal("1000000"), Decimal("98.765"), Decimal("987650.00"), percent=True)
    assert not gross_matches(Decimal("1000000"), Decimal("98.765"), Decimal("987650.00"))


def test_it_allows_a_cent_of_rounding() -> None:
    # 333 x 30.003 = 9990.999, printed rounded to the cent.
    assert gross_matches(Decimal("333"), Decimal("30.003"), Decimal("9991.00"))
    assert not gross_matches(Decimal("333"), Decimal("30.003"), Decimal("9991.20"))


def test_it_adds_charges_for_a_buy_and_subtracts_them_for_a_sell() -> None:
    gross, charges = Decimal("258525.00"), Decimal("7.50")
    assert net_matches("BUY", gross, Decimal("258532.50"), charges=charges)
    assert not net_matches("SELL", gross, Decimal("258532.50"), charges=charges)
    assert net_matches("SELL", gross, Decimal("258517.50"), charges=charges)
    assert net_matches(None, gross, Decimal("258517.50"), charges=charges)


def test_it_adds_accrued_interest_to_the_net() -> None:
    assert net_matches("BUY", Decimal("987650.00"), Decimal("992650.00"), accrued=Decimal("5000.00"))
