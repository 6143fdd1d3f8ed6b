"""The broker layout families, one module each. Order here is the order of generation."""

from __future__ import annotations

from ..model import Layout
from . import (
    au_contract_note,
    bond_confirm,
    broker_statement_csv,
    ca_bond_dealer,
    ch_private_bank_csv,
    csv_blotter,
    csv_semicolon,
    de_multi_deal,
    email_attached,
    email_html,
    email_text,
    eu_table,
    forwarded_email,
    fr_spaced,
    hk_box,
    ie_statement_pages,
    jp_table,
    nordic_email,
    sg_deal_value,
    swiss_exchange,
    txt_fixed,
    uk_quarterly_statement,
    uk_two_column,
    us_keyvalue,
    us_multi_confirm,
    us_statement,
    us_text_statement,
)

_MODULES = (
    us_keyvalue,
    uk_two_column,
    eu_table,
    us_statement,
    bond_confirm,
    swiss_exchange,
    fr_spaced,
    email_text,
    email_html,
    email_attached,
    csv_blotter,
    csv_semicolon,
    txt_fixed,
    hk_box,
    sg_deal_value,
    jp_table,
    de_multi_deal,
    au_contract_note,
    us_multi_confirm,
    nordic_email,
    broker_statement_csv,
    ie_statement_pages,
    us_text_statement,
    ca_bond_dealer,
    uk_quarterly_statement,
    forwarded_email,
    ch_private_bank_csv,
)

LAYOUTS: dict[str, Layout] = {module.LAYOUT.name: module.LAYOUT for module in _MODULES}
HELDOUT_LAYOUTS: tuple[str, ...] = tuple(name for name, layout in LAYOUTS.items() if layout.heldout)
