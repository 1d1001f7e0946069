"""Reads one report set back through independent parsers and checks that every output shows
the same numbers as its JSON: each statement's agree and disagree share and each area's
health (0-100), in the workbook (openpyxl), the Markdown report (markdown-it-py, rendered to
HTML) and the HTML report (html5lib). Prints each problem; exits 1 if there is one.

    python3 Tests/Tools/check_readback.py DIR SCALE_MIN SCALE_MAX

DIR holds assessment.json, report.xlsx, report.md and report.html of one run. Health is
worked out here from the JSON's means (oriented for negative polarity), not read from it.
"""
import json
import math
import sys
from decimal import ROUND_HALF_UP, Decimal

import html5lib
import openpyxl
from markdown_it import MarkdownIt

problems = []


def problem(text):
    problems.append(text)
    print(text)


def shown(value):
    """A value as the reports write it: whole, halves away from zero (as Excel does), after
    rounding to nine decimals so that 72.49999999999999 counts as 72.5."""
    return str(int(Decimal(repr(round(value, 9))).quantize(Decimal("1"), rounding=ROUND_HALF_UP)))


def percent(share):
    return "–" if share is None else shown(share * 100) + "%"


def whole(value):
    """Health as the reports write it: whole, but never rounded up onto a band threshold
    (50 or 75) it is below — then one decimal, cut."""
    if value is None:
        return "–"
    text = shown(value)
    for threshold in (50, 75):
        if value < threshold <= int(text):
            return f"{math.floor(value * 10) / 10:.1f}"
    return text


def tables_of(document):
    """Every table of an html5lib tree as lists of rows of cell texts (header row first)."""
    namespace = "{http://www.w3.org/1999/xhtml}"
    tables = []
    for table in document.iter(namespace + "table"):
        rows = []
        for row in table.iter(namespace + "tr"):
            cells = [" ".join("".join(cell.itertext()).split())
                     for cell in row if cell.tag in (namespace + "td", namespace + "th")]
            rows.append(cells)
        tables.append(rows)
    return tables


def check_tables(name, tables, items, areas):
    """Statement tables (a 'Statement' column with 'Agree' and 'Disagree') and area tables
    (an area column with 'Health')."""
    seen_items, seen_areas = set(), set()
    for rows in tables:
        if not rows:
            continue
        header = rows[0]
        if "Agree" in header and "Disagree" in header:
            agree, disagree = header.index("Agree"), header.index("Disagree")
            for row in rows[1:]:
                for item in items.values():
                    if row and row[0].startswith(item["text"]):
                        seen_items.add(item["id"])
                        if row[agree] != percent(item["agree"]) or row[disagree] != percent(item["disagree"]):
                            problem(f"{name}: statement {item['id']} shows agree {row[agree]}, disagree {row[disagree]}; "
                                    f"the JSON has {percent(item['agree'])}, {percent(item['disagree'])}")
        if "Health" in header:
            health = header.index("Health")
            for row in rows[1:]:
                for area in areas.values():
                    if row and (row[0] == area["title"] or row[0].startswith(area["title"] + " (")):
                        seen_areas.add(area["id"])
                        if row[health] != whole(area["health"]):
                            problem(f"{name}: area {area['id']} shows health {row[health]}; the JSON gives {whole(area['health'])}")
    for missing in sorted(set(items) - seen_items):
        problem(f"{name}: statement {missing} is not in a table with Agree and Disagree columns")
    for missing in sorted(set(areas) - seen_areas):
        problem(f"{name}: area {missing} is not in a table with a Health column")


def check_workbook(path, label, items, areas):
    book = openpyxl.load_workbook(path, data_only=True)
    sheet = book["Items"]
    rows = list(sheet.iter_rows(values_only=True))
    top = next(index for index, row in enumerate(rows) if "Agree" in row and "Disagree" in row)
    header = list(rows[top])
    seen = set()
    for row in rows[top + 1:]:
        record = dict(zip(header, row))
        item = items.get(record.get("Item"))
        if item is None or record.get("Round") != label:
            continue
        seen.add(item["id"])
        for key, column in (("agree", "Agree"), ("disagree", "Disagree")):
            value, expected = record[column], item[key]
            if (value is None) != (expected is None) or (value is not None and abs(value - expected) > 1e-12):
                problem(f"workbook Items: {item['id']} {column} is {value}; the JSON has {expected}")
    for missing in sorted(set(items) - seen):
        problem(f"workbook Items: statement {missing} of round {label} is missing")
    sheet = book["Summary"]
    rows = list(sheet.iter_rows(values_only=True))
    top = next(index for index, row in enumerate(rows) if "Health" in row)
    health = list(rows[top]).index("Health")
    seen = set()
    for row in rows[top + 1:]:
        if not row or not isinstance(row[0], str):
            continue
        for area in areas.values():
            if row[0] == area["title"] or row[0].startswith(area["title"] + " ("):
                seen.add(area["id"])
                value = row[health]
                if (value is None) != (area["health"] is None) or (value is not None and abs(value - area["health"]) > 1e-9):
                    problem(f"workbook Summary: {area['id']} health is {value}; the JSON gives {area['health']}")
    for missing in sorted(set(areas) - seen):
        problem(f"workbook Summary: area {missing} is missing")


def main():
    folder, low, high = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with open(f"{folder}/assessment.json", encoding="utf-8") as handle:
        report = json.load(handle)
    latest = [r for r in report["rounds"] if r["respondents"] > 0][-1]
    items, areas = {}, {}
    for dimension in latest["dimensions"]:
        mean = dimension["mean"]
        if mean is not None and dimension["polarity"] == "negative":
            mean = low + high - mean
        areas[dimension["id"]] = {"id": dimension["id"], "title": dimension["title"],
                                  "health": None if mean is None else 100 * (mean - low) / (high - low)}
        for item in dimension["items"]:
            items[item["id"]] = item
    check_workbook(f"{folder}/report.xlsx", latest["label"], items, areas)
    with open(f"{folder}/report.md", encoding="utf-8") as handle:
        rendered = MarkdownIt("commonmark").enable("table").render(handle.read())
    check_tables("Markdown", tables_of(html5lib.parse(rendered)), items, areas)
    with open(f"{folder}/report.html", "rb") as handle:
        document = html5lib.parse(handle.read())
    check_tables("HTML", tables_of(document), items, areas)
    print(f"checked {len(items)} statements and {len(areas)} areas in four outputs")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
