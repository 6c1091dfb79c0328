#!/usr/bin/env python3
"""Opens a rendered ombak report in headless Chromium and checks it as a person would use it.

Usage: browser_test.py --html REPORT.html [--screenshot PATH] [--hostile LABEL]

Checks: the page loads with no console error (level SEVERE: script errors, CSP violations,
failed requests); the community map SVG and the four plots are drawn (Vega views as svg or
canvas); clicking a numeric column header of the key-accounts table sorts its rows ascending,
clicking again descending; the search box filters rows; the hostile label, when given, shows
as text and runs nothing. Saves a full-page screenshot to --screenshot, else to
$OMBAK_REPORT_SCREENSHOT, else to the temp directory.

Exit status: 0 all checks passed, 1 a check failed, 77 Chromium, chromedriver or selenium is
missing (the caller skips). Needs Debian's chromium, chromium-driver and python3-selenium.
"""
import argparse
import os
import shutil
import sys
import tempfile
import time

SKIP = 77


def find_binary(*names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


def start_browser(user_data_dir):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        print("skip: python3-selenium is not installed")
        sys.exit(SKIP)
    chromium = find_binary("chromium", "chromium-browser")
    driver = find_binary("chromedriver")
    if not chromium or not driver:
        print("skip: chromium or chromedriver is not installed")
        sys.exit(SKIP)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--user-data-dir=" + user_data_dir, "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-default-apps", "--disable-extensions", "--window-size=1280,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(driver), options=options)


class Checks:
    def __init__(self):
        self.failures = []

    def check(self, condition, what):
        print(("ok   " if condition else "FAIL ") + what)
        if not condition:
            self.failures.append(what)


def column_values(browser, column):
    return browser.execute_script(
        """const rows = document.querySelectorAll('#accounts-table tbody tr');
           return Array.from(rows).filter(r => !r.hidden)
                       .map(r => parseFloat(r.cells[arguments[0]].getAttribute('data-sort')));""",
        column)


def wait_for(browser, script, seconds=20):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if browser.execute_script(script):
            return True
        time.sleep(0.2)
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", required=True)
    parser.add_argument("--screenshot")
    parser.add_argument("--hostile", help="an account label that must show as text")
    args = parser.parse_args()
    screenshot = (args.screenshot or os.environ.get("OMBAK_REPORT_SCREENSHOT")
                  or os.path.join(tempfile.gettempdir(), "ombak-report-screenshot.png"))

    checks = Checks()
    user_data_dir = tempfile.mkdtemp(prefix="ombak-chromium-")
    browser = start_browser(user_data_dir)
    try:
        browser.get("file://" + os.path.abspath(args.html))
        plots = ["plot-degree", "plot-agreement", "plot-reach", "plot-communities"]
        drawn = wait_for(browser, """return %r.every(id => {
              const e = document.getElementById(id);
              return e && (e.getAttribute('data-rendered') === 'true' ||
                           e.querySelector('.plot-error'));});""" % plots)
        checks.check(drawn, "every plot finished drawing")
        for plot in plots:
            views = browser.execute_script(
                "const e = document.getElementById(arguments[0]);"
                "return e ? e.querySelectorAll('svg.marks, canvas.marks').length : -1;", plot)
            checks.check(views == 1, "%s holds one Vega view (found %d)" % (plot, views))
        marks = browser.execute_script(
            "return document.querySelectorAll('#plot-reach svg path').length;")
        checks.check(marks >= 4, "reach plot has its band and lines (%d paths)" % marks)

        map_nodes = browser.execute_script(
            "return document.querySelectorAll('#map-view svg g.node').length;")
        checks.check(map_nodes > 0, "community map SVG is inline with %d nodes" % map_nodes)
        map_width = browser.execute_script(
            "return document.querySelector('#map-view svg').getBoundingClientRect().width;")
        browser.find_element("id", "map-zoom-in").click()
        zoomed = browser.execute_script(
            "return document.querySelector('#map-view svg').getBoundingClientRect().width;")
        checks.check(zoomed > map_width * 1.2, "zoom in widens the map (%.0f -> %.0f px)"
                     % (map_width, zoomed))

        # The table starts in the order of the first measure (column 3: #, account, community,
        # measures...). Sort by the second measure first, so that sorting by the first measure
        # visibly changes the order, then sort by the first measure both ways.
        headers = browser.find_elements("css selector", "#accounts-table thead th")
        headers[4].click()
        fourth = column_values(browser, 4)
        checks.check(fourth == sorted(fourth), "clicking %s sorts by it" % headers[4].text)
        before = column_values(browser, 3)
        headers[3].click()
        ascending = column_values(browser, 3)
        checks.check(ascending == sorted(ascending) and ascending != before,
                     "first click sorts %s ascending" % headers[3].text)
        headers[3].click()
        descending = column_values(browser, 3)
        checks.check(descending == sorted(descending, reverse=True) and descending != ascending,
                     "second click sorts %s descending" % headers[3].text)

        total = len(column_values(browser, 0))
        search = browser.find_element("id", "account-filter")
        first_label = browser.execute_script(
            "return document.querySelector('#accounts-table tbody tr .label').textContent;")
        search.send_keys(first_label[1:6])
        shown = browser.execute_script(
            "return Array.from(document.querySelectorAll('#accounts-table tbody tr'))"
            ".filter(r => !r.hidden).map(r => r.querySelector('.label').textContent);")
        checks.check(0 < len(shown) < total and all(first_label[1:6].lower() in s.lower()
                                                   for s in shown),
                     "search '%s' keeps %d of %d rows" % (first_label[1:6], len(shown), total))
        search.clear()
        search.send_keys("community 1")
        community_rows = len(browser.execute_script(
            "return Array.from(document.querySelectorAll('#accounts-table tbody tr'))"
            ".filter(r => !r.hidden);"))
        checks.check(0 < community_rows < total, "search 'community 1' keeps %d rows"
                     % community_rows)
        search.clear()
        search.send_keys("x")  # clear() fires no input event: type and erase
        search.send_keys("\b")
        restored = len(column_values(browser, 0))
        checks.check(restored == total, "empty search shows all %d rows" % total)

        if args.hostile:
            labels = browser.execute_script(
                "return Array.from(document.querySelectorAll('#accounts-table .label'))"
                ".map(e => e.textContent);")
            checks.check(args.hostile in labels, "hostile label is shown as text")
            checks.check(browser.execute_script("return window.__ombak_pwned === undefined;"),
                         "hostile label ran no script")

        browser.execute_script("document.getElementById('map-zoom-fit').click();")
        height = browser.execute_script("return document.documentElement.scrollHeight;")
        browser.set_window_size(1280, min(max(height, 900), 16000))
        time.sleep(0.5)
        browser.save_screenshot(screenshot)
        checks.check(os.path.getsize(screenshot) > 10000, "screenshot saved to " + screenshot)

        errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
        for entry in errors:
            print("console: " + entry["message"])
        checks.check(not errors, "no console errors (%d)" % len(errors))
    finally:
        browser.quit()
        shutil.rmtree(user_data_dir, ignore_errors=True)

    if checks.failures:
        print("browser checks failed: " + "; ".join(checks.failures))
        return 1
    print("all browser checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
