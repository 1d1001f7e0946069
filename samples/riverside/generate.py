"""Writes responses.csv: the Riverside sample coalition's answers in the canonical CSV.

Synthetic, reproducible (fixed seed): 42 rows from five member types. The coalition is
strong on the benefits of membership and on showing up locally, weak on written agreements,
exit arrangements and regular review, and split on transparency about money. It includes
what real data has: a few "Don't know" answers and blanks, one typo (6 on a 1-5 scale) and
one empty test submission.

Run from the repository root: python3 samples/riverside/generate.py
"""
import csv
import os
import random


# Dimension of each item prefix, and the coalition's average (1-5, as answered) there.
DIMENSIONS = {
    "EQ": ("equality", 3.7), "TR": ("transparency", 3.3), "RE": ("results", 3.6),
    "RS": ("responsibility", 3.9), "CO": ("complementarity", 3.9), "AG": ("agreements", 2.6),
    "RV": ("review", 2.8), "BE": ("benefits", 4.2), "DR": ("drawbacks", 2.7),
    "PU": ("purpose", 3.5), "ST": ("structure", 3.1), "GW": ("groundwork", 3.8),
}
ITEMS = {"EQ": 4, "TR": 4, "RE": 3, "RS": 3, "CO": 3, "AG": 4, "RV": 3, "BE": 4, "DR": 7,
         "PU": 5, "ST": 5, "GW": 6}
REVERSED = {"EQ4"}
# Member types, how many, and how each sees some dimensions differently.
GROUPS = [
    ("Community group", 13, {"EQ": -0.3, "TR": -0.5, "DR": 0.3}),
    ("Nonprofit", 11, {"TR": 0.4, "ST": 0.3}),
    ("Faith organisation", 8, {"GW": 0.3, "EQ": 0.2}),
    ("Tenant association", 6, {"TR": -0.6, "AG": -0.3, "DR": 0.4}),
    ("Local business", 3, {"BE": -0.4}),
]


def main():
    rng = random.Random(2026)
    item_ids = [f"{prefix}{n}" for prefix, count in ITEMS.items() for n in range(1, count + 1)]
    header = ["respondent", "group"] + item_ids
    rows = []
    number = 0
    for group, size, shifts in GROUPS:
        for _ in range(size):
            number += 1
            tendency = rng.gauss(0, 0.45)
            # Each member has a view of each dimension; items echo it with a little noise.
            # Money and decision making split members more than other topics.
            views = {}
            for prefix in ITEMS:
                spread = 0.9 if prefix in ("TR", "DR") else 0.45
                person = -tendency if prefix == "DR" else tendency
                views[prefix] = DIMENSIONS[prefix][1] + shifts.get(prefix, 0) + person + rng.gauss(0, spread)
            row = [f"R{number:03d}", group]
            for item in item_ids:
                value = round(views[item[:2]] + rng.gauss(0, 0.5))
                value = min(5, max(1, value))
                if item in REVERSED:
                    value = 6 - value
                roll = rng.random()
                if roll < 0.03:
                    row.append("Don't know")
                elif roll < 0.05:
                    row.append("")
                else:
                    row.append(str(value))
            rows.append(row)
    # A typo: someone typed 6 on the 1-5 scale.
    rows[7][header.index("ST3")] = "6"
    # A label instead of a number, as a spreadsheet user might type it.
    rows[12][header.index("BE2")] = "Strongly agree"
    # An empty test submission left in the sheet by the coordinator.
    rows.insert(20, ["TEST", "Nonprofit"] + [""] * len(item_ids))
    out = os.path.join(os.path.dirname(__file__), "responses.csv")
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    print(f"wrote {out}: {len(rows)} rows")


if __name__ == "__main__":
    main()
