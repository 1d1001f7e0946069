"""Reads a tapestry workbook back with openpyxl, an independent reader, and checks it against
the JSON the same run wrote. Used by the Swift tests (WorkbookTests); prints each problem and
exits 1 if there is any.

    python3 Tests/Tools/check_workbook.py [--responses] report.xlsx assessment.json [planted text ...]

Planted texts (formula-like group or coalition names) must come back as text cells. Without
--responses the workbook must have no Responses sheet (the default: no one member's answers),
and no sheet may mention one; with it (a run with --include-responses), the sheet must list
every accepted respondent.
"""
import json
import math
import sys

try:
    import openpyxl
except ImportError:
    print("openpyxl is missing: run `make setup`")
    sys.exit(2)

SHEETS = ["Summary", "Dimensions", "Items", "Groups", "Data quality", "Responses", "About"]
problems = []


def problem(text):
    problems.append(text)


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=1e-12)


def table_rows(sheet, table_name):
    """The rows of an Excel table as dictionaries keyed by its headers."""
    table = sheet.tables.get(table_name)
    if table is None:
        problem(f"{sheet.title}: no table named {table_name}")
        return []
    cells = sheet[table.ref]
    headers = [cell.value for cell in cells[0]]
    return [dict(zip(headers, [cell.value for cell in row])) for row in cells[1:]]


BAND_COLOURS = {"strength": "2E7D32", "borderline": "F2C037", "concern": "C0392B"}


def check_band_bars(path, summary, latest):
    """The Summary's bar chart: one series per band, drawn in that band's colour, whose values
    are exactly the health of the latest round's dimensions in that band (blank elsewhere)."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as archive:
        charts = [archive.read(name).decode("utf-8") for name in archive.namelist() if name.startswith("xl/charts/chart")]
    bars = [xml for xml in charts if "<c:errBars>" in xml and "'Summary'" in xml]
    if len(bars) != 1:
        problem(f"Summary: {len(bars)} band-bar charts, expected 1")
        return
    series = re.findall(r"<c:ser>(.*?)</c:ser>", bars[0], re.S)
    seen = {}
    for text in series:
        if "<c:errBars>" not in text:
            continue
        name = re.search(r"<c:v>(.*?)</c:v>", text) or re.search(r"<a:t>(.*?)</a:t>", text)
        name = name.group(1) if name else None
        colour = re.search(r"<c:errBars>.*?<a:srgbClr val=\"([0-9A-F]{6})\"", text, re.S)
        reference = re.search(r"<c:val><c:numRef><c:f>(.*?)</c:f>", text, re.S)
        if name not in BAND_COLOURS or colour is None or reference is None:
            problem(f"Summary bars: a series {name!r} without a band, colour or values")
            continue
        if colour.group(1) != BAND_COLOURS[name]:
            problem(f"Summary bars: {name} drawn in {colour.group(1)}, expected {BAND_COLOURS[name]}")
        cells = reference.group(1).split("!")[1].replace("$", "")
        seen[name] = [cell.value for row in summary[cells] for cell in row]
    if sorted(seen) != sorted(BAND_COLOURS):
        problem(f"Summary bars: series {sorted(seen)}, expected one per band")
        return
    # Each dimension's health, from the Summary's table (the JSON has no health per dimension).
    rows = [[cell.value for cell in row] for row in summary.iter_rows(max_col=7)]
    top = next((i for i, row in enumerate(rows) if row[0] == "Dimension"), None)
    if top is None:
        problem("Summary: no Dimension table")
        return
    health_column = rows[top].index("Health")
    for index, dimension in enumerate(latest["dimensions"]):
        health = rows[top + 1 + index][health_column]
        for band, values in seen.items():
            value = values[index] if index < len(values) else None
            if dimension["band"] == band:
                if value is None or health is None or not math.isclose(value, health, abs_tol=1e-9):
                    problem(f"Summary bars: {dimension['id']} ({band}) is {value!r} in the {band} series, health {health!r}")
            elif value is not None:
                problem(f"Summary bars: {dimension['id']} ({dimension['band']}) has a bar in the {band} series")


def main():
    arguments = sys.argv[1:]
    with_responses = "--responses" in arguments
    workbook_path, json_path, *planted = [a for a in arguments if a != "--responses"]
    with open(json_path, encoding="utf-8") as handle:
        assessment = json.load(handle)
    workbook = openpyxl.load_workbook(workbook_path)

    scored = [r for r in assessment["rounds"] if r["rows"]["accepted"] > 0]
    sheets = SHEETS if with_responses else [name for name in SHEETS if name != "Responses"]
    expected_sheets = sheets[:1] + (["Trend"] if len(scored) > 1 else []) + sheets[1:]
    if workbook.sheetnames != expected_sheets:
        problem(f"sheets are {workbook.sheetnames}, expected {expected_sheets}")

    # No formula anywhere: everything is a value, and planted texts stay text.
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    problem(f"{sheet.title}!{cell.coordinate} holds a formula: {cell.value!r}")
                if isinstance(cell.value, str) and any(text in cell.value for text in planted) and cell.data_type != "s":
                    problem(f"{sheet.title}!{cell.coordinate} holds planted text as type {cell.data_type}")
    found = {text: False for text in planted}
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                for text in planted:
                    if isinstance(value, str) and text in value:
                        found[text] = True
    for text, seen in found.items():
        if not seen:
            problem(f"planted text {text!r} is not in the workbook (the test would prove nothing)")

    for name in ["Dimensions", "Items"] + (["Responses"] if with_responses else []):
        if name in workbook.sheetnames and workbook[name].freeze_panes is None:
            problem(f"{name}: header rows are not frozen")

    rounds = assessment["rounds"]
    latest = scored[-1] if scored else rounds[-1]

    # No command-line text anywhere: a funder never runs the tool.
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and "--" in cell.value:
                    problem(f"{sheet.title}!{cell.coordinate} holds command-line text: {cell.value!r}")

    # Summary: headline numbers, charts, band colours.
    summary = workbook["Summary"]
    values = {}
    for r in range(1, summary.max_row + 1):
        values.setdefault(summary.cell(row=r, column=1).value, summary.cell(row=r, column=2).value)
    if not close(values.get("Health index (0–100)"), latest["healthIndex"]):
        problem(f"Summary health index {values.get('Health index (0–100)')} != {latest['healthIndex']}")
    if not close(values.get("Balance (benefits − drawbacks)"), latest["balance"]):
        problem(f"Summary balance {values.get('Balance (benefits − drawbacks)')} != {latest['balance']}")
    kinds = sorted(type(chart).__name__ for chart in summary._charts)
    if "LineChart" not in kinds:
        problem(f"Summary charts are {kinds}, expected the band bars (a LineChart)")
    check_band_bars(workbook_path, summary, latest)
    ranges = " ".join(str(rule.sqref) for rule in summary.conditional_formatting)
    if "D" not in ranges:
        problem(f"Summary: no conditional format on the band column (rules on {ranges})")

    # Dimensions: every statistic equals the JSON.
    dimensions = workbook["Dimensions"]
    rows = table_rows(dimensions, "Dimensions")
    expected = [(r["label"], d) for r in rounds for d in r["dimensions"]]
    if len(rows) != len(expected):
        problem(f"Dimensions has {len(rows)} rows, JSON {len(expected)}")
    for row, (label, dimension) in zip(rows, expected):
        where = f"Dimensions {label}/{dimension['id']}"
        if row["Round"] != label or row["Dimension"] != dimension["id"]:
            problem(f"{where}: row is {row['Round']}/{row['Dimension']}")
        ci = dimension["ci95"] or [None, None]
        for column, value in [("n", dimension["n"]), ("Mean", dimension["mean"]), ("SD", dimension["sd"]),
                              ("Median", dimension["median"]), ("CI low", ci[0]), ("CI high", ci[1]),
                              ("At strength level", dimension["favorable"]), ("Alpha", dimension["alpha"]), ("Rwg", dimension["rwg"])]:
            if not close(row[column], value):
                problem(f"{where}: {column} {row[column]!r} != {value!r}")
        if (row["Band"] or None) != dimension["band"]:
            problem(f"{where}: band {row['Band']!r} != {dimension['band']!r}")
    # Categories (below the Dimensions table): each round's category health and band.
    categories = table_rows(dimensions, "Categories")
    expected = [(r["label"], c) for r in rounds for c in r.get("categories", [])]
    if len(categories) != len(expected):
        problem(f"Categories has {len(categories)} rows, JSON {len(expected)}")
    for row, (label, category) in zip(categories, expected):
        where = f"Categories {label}/{category['category']}"
        if row["Round"] != label or row["Category"] != category["category"]:
            problem(f"{where}: row is {row['Round']}/{row['Category']}")
        if not close(row["Health"], category["health"]):
            problem(f"{where}: health {row['Health']!r} != {category['health']!r}")
        if (row["Band"] or None) != category["band"]:
            problem(f"{where}: band {row['Band']!r} != {category['band']!r}")
    band_column = None
    table = dimensions.tables["Dimensions"]
    first_column = table.ref.split(":")[0].rstrip("0123456789")
    headers = [cell.value for cell in dimensions[table.ref][0]]
    band_column = openpyxl.utils.get_column_letter(openpyxl.utils.column_index_from_string(first_column) + headers.index("Band"))
    ranges = " ".join(str(rule.sqref) for rule in dimensions.conditional_formatting)
    if f"{band_column}" not in ranges:
        problem(f"Dimensions: no conditional format on the band column {band_column} (rules on {ranges})")

    # Items: counts, statistics and the shares above and below the middle of the scale.
    items = table_rows(workbook["Items"], "Items")
    expected = [(r["label"], item) for r in rounds for d in r["dimensions"] for item in d["items"]]
    if len(items) != len(expected):
        problem(f"Items has {len(items)} rows, JSON {len(expected)}")
    for row, (label, item) in zip(items, expected):
        where = f"Items {label}/{item['id']}"
        for column, value in [("n", item["n"]), ("Mean", item["mean"]), ("SD", item["sd"]), ("Missing", item["missing"]),
                              ("Agree", item["agree"]), ("Disagree", item["disagree"])]:
            if not close(row[column], value):
                problem(f"{where}: {column} {row[column]!r} != {value!r}")
        counts = [row[f"{point} (n)"] for point in range(1, len(item["counts"]) + 1)]
        if counts != item["counts"]:
            problem(f"{where}: counts {counts} != {item['counts']}")

    # Groups: shown groups' means, suppressed groups' words.
    groups = workbook["Groups"]
    cells = [[cell.value for cell in row] for row in groups.iter_rows()]
    for round_ in rounds:
        if not round_["groups"]:
            continue
        header = next((i for i, row in enumerate(cells) if row[0] == "Dimension"), None)
        if header is None:
            problem("Groups: no Dimension header row")
            break
        names = cells[header][1:1 + len(round_["groups"])]
        for position, group in enumerate(round_["groups"]):
            if names[position] != group["name"]:
                problem(f"Groups: column {position + 1} is {names[position]!r}, expected {group['name']!r}")
            for offset, dimension in enumerate(round_["dimensions"]):
                value = cells[header + 2 + offset][1 + position]
                if group["suppressed"]:
                    if value != "suppressed":
                        problem(f"Groups: suppressed {group['name']} shows {value!r}")
                elif not close(value, group["dimensions"][offset]["mean"]):
                    problem(f"Groups: {group['name']}/{dimension['id']} {value!r} != {group['dimensions'][offset]['mean']!r}")
        break  # the first round's block; later rounds follow the same layout

    # Trend: scores per round (rounds with responses) and every change, as in the JSON.
    if len(scored) > 1:
        trend = workbook["Trend"]
        labels = [trend.cell(row=3, column=3 + i).value for i in range(len(scored))]
        if labels != [r["label"] for r in scored]:
            problem(f"Trend: rounds are {labels}")
        for offset, dimension in enumerate(scored[0]["dimensions"]):
            for index, round_ in enumerate(scored):
                value = trend.cell(row=4 + offset, column=3 + index).value
                if not close(value, round_["dimensions"][offset]["mean"]):
                    problem(f"Trend: {dimension['id']} in {round_['label']} is {value!r}")
        changes = table_rows(trend, "Changes")
        if len(changes) != len(assessment["changes"]):
            problem(f"Trend has {len(changes)} changes, JSON {len(assessment['changes'])}")
        words = {"improved": "improved", "declined": "declined", "unclear": "no clear change"}
        for row, change in zip(changes, assessment["changes"]):
            ci = change["ci95"] or [None, None]
            for column, value in [("Change", change["difference"]), ("CI low", ci[0]), ("CI high", ci[1]),
                                  ("Effect", change["effect"]), ("Pairs", change["pairs"])]:
                if not close(row[column], value):
                    problem(f"Trend change {change['dimension']} {change['from']}→{change['to']}: {column} {row[column]!r} != {value!r}")
            if row["What it shows"] != words[change["direction"]]:
                problem(f"Trend change {change['dimension']}: {row['What it shows']!r} for {change['direction']}")
        # How many members were linked between each pair of rounds, as in the JSON.
        links = table_rows(trend, "Links")
        expected = [(link["from"], link["to"], link["linked"]) for link in assessment.get("links", [])]
        if [(row["From"], row["To"], row["Linked members"]) for row in links] != expected:
            problem(f"Trend: links {links!r} != JSON {expected!r}")
        if not any(type(chart).__name__ == "LineChart" for chart in trend._charts):
            problem("Trend: no line chart")

    # Responses: one row per accepted respondent, numbers only for answers; or, by default,
    # no such sheet, and no sheet that points to one.
    accepted = sum(r["rows"]["accepted"] for r in rounds)
    if with_responses:
        if "Responses" in workbook.sheetnames:
            responses = table_rows(workbook["Responses"], "Responses")
            if len(responses) != accepted:
                problem(f"Responses has {len(responses)} rows, {accepted} accepted")
    else:
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and ("Responses sheet" in cell.value or "'Responses'!" in cell.value):
                        problem(f"{sheet.title}!{cell.coordinate} refers to a Responses sheet the workbook does not have: {cell.value!r}")

    for text in problems:
        print(text)
    print(f"checked {workbook_path}: {len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
