"""The review screens in a real browser: Debian's Chromium driven by Playwright."""

import os
from pathlib import Path

import pytest

from backoffice.documents.models import Document
from backoffice.documents.services import document_ingest
from backoffice.trades.models import Confirmation
from tests.support import require

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser():
    require(CHROMIUM.exists(), f"Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    # The live server runs in this process; Playwright's event loop must not make Django think it is async.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def _sign_in(browser, live_server, username: str):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "correct horse battery")
    page.click("button[type=submit]")
    return page


@pytest.fixture
def confirmation(sample_pdf) -> Confirmation:
    document_ingest(chunks=[sample_pdf], filename="confirm.pdf", source=Document.Source.CLI, actor=None)
    return Confirmation.objects.get()


def test_a_reviewer_corrects_a_field_and_an_approver_approves(browser, live_server, reviewer, approver, confirmation):
    page = _sign_in(browser, live_server, "rita")
    page.click(f"a[href='/review/{confirmation.pk}/']")
    page.wait_for_selector(".page img")
    assert page.locator(".page img").evaluate("img => img.complete && img.naturalWidth > 0")
    # Every value read from the page is marked on it; focusing a field lights its box.
    assert page.locator(".page .box").count() >= 10
    page.locator("#field-price input[name=value]").focus()
    assert "active" in page.locator(".box[data-field=price]").get_attribute("class")

    page.fill("#field-account input[name=value]", "5XK-20932")
    page.click("#field-account button")
    assert page.locator(".messages .success").inner_text() == "account corrected."
    assert page.locator("text=Approve").count() == 0  # rita may not approve

    other = _sign_in(browser, live_server, "arnold")
    other.goto(f"{live_server.url}/review/{confirmation.pk}/")
    other.click("button:has-text('Approve')")
    assert other.locator(".messages .success").inner_text() == "Confirmation approved."
    confirmation.refresh_from_db()
    assert (confirmation.status, confirmation.account) == (Confirmation.Status.APPROVED, "5XK-20932")


def test_the_upload_page_takes_several_files(browser, live_server, reviewer, sample_pdf, tmp_path):
    first, second = tmp_path / "one.pdf", tmp_path / "two.txt"
    first.write_bytes(sample_pdf)
    second.write_text("Dear client, please find our confirmation attached.\n")
    page = _sign_in(browser, live_server, "rita")
    page.goto(f"{live_server.url}/upload/")
    page.set_input_files("input[type=file]", [str(first), str(second)])
    page.click("button:has-text('Upload')")
    page.wait_for_url("**/documents/")
    messages = page.locator(".messages li").all_inner_texts()
    assert any("one.pdf received as document" in m for m in messages)
    assert any("two.txt received as document" in m for m in messages)
    assert page.locator("tbody tr").count() == 2
