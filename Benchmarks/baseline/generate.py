#!/usr/bin/env python3
"""Writes a benchmark survey file: the default instrument's canonical CSV with answers as text.

Usage: generate.py ROWS OUT.csv --header "respondent,group,EQ1,..."   (or --tapestry PATH to ask
the binary for the header with `tapestry template csv`).

Every answer is one of the scale's labels ("Strongly disagree" ... "Strongly agree") or
"Don't know" (about 15 % of cells), so reading labels is exercised, not just digits. Five
member types in the `group` column, each leaning a little differently. Fixed seed: the same
ROWS always gives the same bytes.
"""
import argparse
import json
import random
import subprocess
import sys

LABELS = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]
DONT_KNOW = "Don't know"
GROUPS = ["Community group", "Local authority", "Health service", "Funder", "Faith organisation"]
# Per group, weights for the five labels (a lean towards agreeing or not), then Don't know at 15 %.
LEANS = [
    [0.05, 0.10, 0.20, 0.35, 0.30],
    [0.10, 0.20, 0.30, 0.25, 0.15],
    [0.08, 0.15, 0.25, 0.32, 0.20],
    [0.15, 0.25, 0.25, 0.20, 0.15],
    [0.04, 0.08, 0.18, 0.40, 0.30],
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=int)
    parser.add_argument("out")
    parser.add_argument("--header")
    parser.add_argument("--tapestry")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    if args.header:
        header = args.header.strip()
    elif args.tapestry:
        # The statements only: the blank CSV's organisation and connection columns (the map of
        # connections) are not what this benchmark measures.
        instrument = json.loads(subprocess.run([args.tapestry, "instrument", "--format", "json"], check=True,
                                               capture_output=True, text=True).stdout)
        items = [item["id"] for dimension in instrument["dimensions"] for item in dimension["items"]]
        header = ",".join(["respondent", "group"] + items)
    else:
        sys.exit("generate.py: give --header or --tapestry")
    columns = header.split(",")
    if columns[:2] != ["respondent", "group"]:
        sys.exit("generate.py: expected a header starting respondent,group")
    items = len(columns) - 2

    rng = random.Random(args.seed)
    values = LABELS + [DONT_KNOW]
    weights = [[w * 0.85 for w in lean] + [0.15] for lean in LEANS]
    cum = [list(_cumulative(w)) for w in weights]
    with open(args.out, "w", encoding="utf-8", newline="") as out:
        out.write(header + "\n")
        lines = []
        for r in range(1, args.rows + 1):
            g = rng.randrange(len(GROUPS))
            answers = rng.choices(values, cum_weights=cum[g], k=items)
            lines.append(f"R{r:07d},{GROUPS[g]},{','.join(answers)}\n")
            if len(lines) == 10000:
                out.writelines(lines)
                lines.clear()
        out.writelines(lines)


def _cumulative(weights):
    total = 0.0
    for w in weights:
        total += w
        yield total


if __name__ == "__main__":
    main()
