#!/usr/bin/env python3
"""Our own pandas + XlsxWriter baseline: what a careful analyst would write by hand.

Usage: pandas_report.py FILE.csv OUT.xlsx

Reads the canonical CSV, maps the scale labels to 1-5 ("Don't know" and blanks are missing),
and writes per item the count, mean and standard deviation, overall and by group, as two
summary sheets (no per-respondent sheet).
"""
import sys

import pandas as pd

SCALE = {"Strongly disagree": 1.0, "Disagree": 2.0, "Neither agree nor disagree": 3.0,
         "Agree": 4.0, "Strongly agree": 5.0,
         "1": 1.0, "2": 2.0, "3": 3.0, "4": 4.0, "5": 5.0}


def main():
    source, target = sys.argv[1], sys.argv[2]
    frame = pd.read_csv(source, dtype=str, keep_default_na=False)
    items = [c for c in frame.columns if c not in ("respondent", "group")]
    scores = pd.DataFrame({item: frame[item].str.strip().map(SCALE) for item in items})
    scores["group"] = frame["group"]

    overall = pd.DataFrame({
        "item": items,
        "count": [int(scores[i].count()) for i in items],
        "mean": [scores[i].mean() for i in items],
        "sd": [scores[i].std() for i in items],
    })
    grouped = scores.groupby("group")[items].agg(["count", "mean", "std"])
    by_group = grouped.stack(level=0, future_stack=True).reset_index()
    by_group.columns = ["group", "item", "count", "mean", "sd"]

    with pd.ExcelWriter(target, engine="xlsxwriter") as writer:
        overall.to_excel(writer, sheet_name="Overall", index=False)
        by_group.to_excel(writer, sheet_name="By group", index=False)


if __name__ == "__main__":
    main()
