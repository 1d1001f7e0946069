"""Checks that every output of one report set tells the same story first: the report model's
headline sentences (the health index with its band, its change, the priorities, what
improved, where members disagree) open the terminal summary, the workbook's Summary sheet,
the Markdown report and the HTML report, in the same order, followed by the same priorities
in the same order. Prints each problem; exits 1 if there is one.

    python3 Tests/Tools/check_story.py DIR TERMINAL.txt EXPECTED.json

EXPECTED.json: {"sentences": [...], "priorities": [area titles, first first]}. The terminal
text may wrap sentences (joined again at line breaks); its first screen is its first 24 lines.
"""
import json
import re
import subprocess
import sys
import warnings

import openpyxl

warnings.filterwarnings("ignore")
problems = []


def problem(text):
    problems.append(text)
    print(text)


def follows(name, found, sentences):
    """`sentences` appear in `found` (a list of texts) consecutively, in order."""
    for start in range(len(found)):
        if found[start:start + len(sentences)] == sentences:
            return start
    problem(f"{name}: the headline is not there in order; it opens with {found[:8]}")
    return None


def ordered(name, texts, titles):
    """Each of `texts` starts with the matching priority title (a number before it allowed)."""
    if len(texts) < len(titles):
        problem(f"{name}: {len(texts)} priorities shown, {len(titles)} expected: {texts}")
        return
    for text, title in zip(texts, titles):
        if not re.sub(r"^\s*\d+\.\s*", "", text).startswith(title):
            problem(f"{name}: priority {text!r} should be {title!r}")


def tool(script, path):
    return json.loads(subprocess.check_output([sys.executable, "-W", "ignore", f"Tests/Tools/{script}", path]))


def main():
    folder, terminal, expected = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(expected, encoding="utf-8") as handle:
        story = json.load(handle)
    sentences, titles = story["sentences"], story["priorities"]

    with open(terminal, encoding="utf-8") as handle:
        screen = handle.read().split("\n")[:24]
    # A wrapped sentence continues on indented lines: join them back.
    joined = []
    for line in screen:
        if line.startswith("  ") and joined and not re.match(r"^\s+\d+\.", line) and joined[-1].strip():
            joined[-1] += " " + line.strip()
        else:
            joined.append(line.strip())
    follows("terminal", joined, sentences)
    ordered("terminal", [line for line in joined if re.match(r"^\d+\. ", line)], titles)

    for name, script, key, path in (("Markdown", "parse_markdown.py", "plainParagraphs", "report.md"),
                                    ("HTML", "parse_html.py", "paragraphs", "report.html")):
        parsed = tool(script, f"{folder}/{path}")
        follows(name, [" ".join(p.split()) for p in parsed[key]], sentences)
        if name == "HTML":
            lists = [item for item in parsed["lists"] if item["tag"] == "ol"]
            ordered(name, [" ".join(text.split()) for text in (lists[0]["items"] if lists else [])], titles)
        else:
            items = []
            for block in parsed["blocks"]:
                if isinstance(block, dict) and block.get("type") in ("ordered_list", "ol"):
                    items = block.get("items", [])
                    break
            if items:
                ordered(name, [" ".join(str(text).split()) for text in items], titles)
            else:
                text = open(f"{folder}/{path}", encoding="utf-8").read()
                ordered(name, re.findall(r"^\d+\. \*\*(.+?)\*\*", text, re.M), titles)

    sheet = openpyxl.load_workbook(f"{folder}/report.xlsx")["Summary"]
    cells = [str(value).strip() for row in sheet.iter_rows(max_row=30, values_only=True) for value in row if value is not None]
    start = follows("workbook Summary", cells, sentences)
    if start is not None:
        ordered("workbook Summary", [cell for cell in cells[start + len(sentences):] if re.match(r"^\d+\. ", cell)], titles)
    print(f"checked {len(sentences)} headline sentences and {len(titles)} priorities in four outputs")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
