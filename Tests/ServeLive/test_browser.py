"""A real browser (Debian's headless Chromium through Selenium): a facilitator opens a
workshop, three browsers join as three tables, answer area by area and send; the room view
updates itself; the CSV downloaded from the facilitator's page gives, through
`tapestry compare`, the numbers the room view showed. Screenshots go to SCREENSHOTS."""
import json
import os
import re
import shutil
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from serverprocess import ROOT, TAPESTRY, Server

selenium = pytest.importorskip("selenium")
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

SCREENSHOTS = Path(os.environ.get("SCREENSHOTS", ROOT / ".build-serve/screenshots"))
TABLES = ["Table 1", "Table 2", "Table 3"]


def browser(width, height, downloads=None):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={width},{height}", "--lang=en-GB"]:
        options.add_argument(argument)
    if width < 500:
        # A phone: Chromium's windows are at least 500 pixels wide, so the page is given a
        # phone's viewport instead.
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 1}})
    if downloads:
        options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                                  "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    if downloads:
        driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    return driver


def click_to_load(driver, element):
    """Clicks `element` and waits until the next page has replaced this one."""
    page = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, 15).until(expected_conditions.staleness_of(page))


def full_page_screenshot(driver, path):
    """The whole page, however long (Chromium's DevTools capture beyond the viewport)."""
    import base64
    size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"captureBeyondViewport": True, "clip": {
        "x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}})
    Path(path).write_bytes(base64.b64decode(shot["data"]))
    driver.refresh()  # a capture beyond the viewport can leave the page unclickable


class SideTable(HTMLParser):
    """The room view's side-by-side table: column names, and per area row its cells' scores."""

    def __init__(self):
        super().__init__()
        self.inside = False
        self.columns, self.rows, self.row, self.cell, self.depth = [], [], None, None, 0

    def handle_starttag(self, tag, attrs):
        classes = dict(attrs).get("class", "") or ""
        if tag == "table" and "side" in classes.split():
            self.inside = True
        if not self.inside:
            return
        if tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = ""
        elif tag == "span" and self.cell is not None:
            self.depth += 1

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag == "span" and self.depth:
            self.depth -= 1
        elif tag in ("td", "th") and self.row is not None:
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == "tr":
            if self.row and self.row[0] == "Area":
                self.columns = self.row[1:]
            elif self.row:
                self.rows.append(self.row)
            self.row = None
        elif tag == "table":
            self.inside = False

    def handle_data(self, data):
        if self.cell is not None and self.depth == 0:
            self.cell += data


def side_table(html):
    parser = SideTable()
    parser.feed(html)
    return parser.columns, {row[0]: row[1:] for row in parser.rows}


def answer(driver, value_for):
    """Answers every statement of the current screen by clicking its label, then Next."""
    for fieldset in driver.find_elements(By.CSS_SELECTOR, "fieldset.statement"):
        item = fieldset.find_element(By.CSS_SELECTOR, "input[type=radio]").get_attribute("name")
        value = value_for(item)
        radio = fieldset.find_element(By.CSS_SELECTOR, f"input[value='{value}']")
        radio.find_element(By.XPATH, "..").click()
        assert radio.is_selected()
    click_to_load(driver, driver.find_element(By.CSS_SELECTOR, "button[value=next]"))


def two_places(x):
    """ReportNumbers' score: two decimals, halves away from zero."""
    from decimal import ROUND_HALF_UP, Decimal
    return str(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def test_three_tables_answer_and_the_room_sees_what_compare_says(tmp_path):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    server = Server(tmp_path / "project").start()
    drivers = []
    try:
        facilitator = browser(1280, 900, downloads)
        drivers.append(facilitator)
        facilitator.get(server.facilitator_address())
        facilitator.find_element(By.ID, "title").send_keys("Riverside check-in <May>")
        facilitator.find_element(By.ID, "tables").send_keys("\n".join(TABLES))
        minimum = facilitator.find_element(By.ID, "min")
        minimum.clear()
        minimum.send_keys("1")
        click_to_load(facilitator, facilitator.find_element(By.CSS_SELECTOR, "form[action='/workshops'] button"))
        code = facilitator.find_element(By.CSS_SELECTOR, "strong.code").text
        workshop_page = facilitator.current_url
        assert re.fullmatch(r"[A-Z0-9]{6}", code)
        assert any(f"/join/{code}" in line for line in server.lines), "the join address is printed on the terminal"
        full_page_screenshot(facilitator, SCREENSHOTS / "facilitator.png")

        participants = [browser(390, 844) for _ in TABLES]
        drivers += participants
        for number, (driver, table) in enumerate(zip(participants, TABLES)):
            driver.get(f"{server.base}/join/{code}")
            assert "Riverside check-in <May>" in driver.find_element(By.TAG_NAME, "h1").text
            if number == 0:
                driver.save_screenshot(str(SCREENSHOTS / "join-phone.png"))
            driver.find_element(By.XPATH, f"//label[normalize-space()='{table}']").click()
            click_to_load(driver, driver.find_element(By.CSS_SELECTOR, "button[type=submit]"))
            steps = 0
            while "/step/" in driver.current_url:
                if number == 0 and steps == 0:
                    driver.save_screenshot(str(SCREENSHOTS / "form-phone.png"))
                    full_page_screenshot(driver, SCREENSHOTS / "form-phone-full.png")
                answer(driver, lambda item, n=number: str((sum(map(ord, item)) + 2 * n) % 5 + 1))
                steps += 1
            assert steps >= 10 and driver.current_url.endswith("/review")
            if number == 0:
                driver.save_screenshot(str(SCREENSHOTS / "review-phone.png"))
                _ = driver.find_element(By.CSS_SELECTOR, "form[action$='/submit'] button").location_once_scrolled_into_view
                driver.save_screenshot(str(SCREENSHOTS / "review-phone-end.png"))
            click_to_load(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/submit'] button"))
            assert "Your answers are in" in driver.find_element(By.CSS_SELECTOR, "p.message").text
            if number == 0:
                driver.save_screenshot(str(SCREENSHOTS / "sent-phone.png"))
            if number == 0:
                # The room view with one table in; it must then update by itself.
                facilitator.get(workshop_page.split("?")[0] + "/room")
                columns, _ = side_table(facilitator.page_source)
                assert columns == ["Table 1", "Whole room"], columns

        WebDriverWait(facilitator, 30, poll_frequency=0.5).until(
            lambda d: side_table(d.page_source)[0] == TABLES + ["Whole room"])
        room_html = facilitator.page_source
        full_page_screenshot(facilitator, SCREENSHOTS / "room.png")
        columns, shown = side_table(room_html)
        assert "not anonymous" in room_html

        # The CSV, downloaded from the facilitator's page.
        facilitator.get(workshop_page.split("?")[0])
        facilitator.find_element(By.PARTIAL_LINK_TEXT, "Download the answers").click()
        csv_path = downloads / f"answers-{code}.csv"
        deadline = time.time() + 20
        while not csv_path.exists() and time.time() < deadline:
            time.sleep(0.2)
        assert csv_path.exists(), list(downloads.iterdir())
        assert csv_path.read_text().startswith("respondent,group,EQ1,")

        compared = json.loads(subprocess.run(
            [str(TAPESTRY), "compare", str(csv_path), "--group-by", "group", "--min-group-size", "1", "--format", "json"],
            check=True, capture_output=True, text=True).stdout)
        round_ = compared["rounds"][-1]
        assert [group["name"] for group in round_["groups"]] == TABLES
        checked = 0
        for index, dimension in enumerate(round_["dimensions"]):
            row = next(cells for name, cells in shown.items() if name.startswith(dimension["title"]))
            expected = [two_places(group["dimensions"][index]["mean"]) for group in round_["groups"]]
            expected.append(two_places(dimension["mean"]))
            assert [cell.split()[0] for cell in row] == expected, (title, row, expected)
            checked += 1
        assert checked == len(round_["dimensions"]) >= 10
        assert shown["Respondents"] == ["1", "1", "1", "3"]
        print(f"\nbrowser: room view and `tapestry compare` agree on {checked} areas x 4 columns; screenshots in {SCREENSHOTS}")
    finally:
        for driver in drivers:
            driver.quit()
        server.stop()
