#!/usr/bin/env python3
"""DuckDB baseline: the same per-item count / mean / sd, overall and by group, as JSON.

Usage: duckdb_report.py FILE.csv OUT.json

Reads every column as text (read_csv, all_varchar), maps the scale labels to 1-5 with CASE
("Don't know" and blanks are missing), and aggregates with GROUPING SETS in one pass. Uses
every core DuckDB finds.
"""
import json
import sys

import duckdb

LABELS = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]


def main():
    source, target = sys.argv[1], sys.argv[2]
    con = duckdb.connect()
    columns = [row[0] for row in con.execute(
        "DESCRIBE SELECT * FROM read_csv(?, header=true, all_varchar=true)", [source]).fetchall()]
    items = [c for c in columns if c not in ("respondent", "group")]

    def score(column):
        quoted = '"' + column.replace('"', '""') + '"'
        arms = " ".join(f"WHEN '{label}' THEN {i + 1} WHEN '{i + 1}' THEN {i + 1}"
                        for i, label in enumerate(LABELS))
        return f"(CASE trim({quoted}) {arms} ELSE NULL END)"

    scored = ", ".join(f"{score(c)} AS s{n}" for n, c in enumerate(items))
    aggregates = ", ".join(f"count(s{n}), avg(s{n}), stddev_samp(s{n})" for n in range(len(items)))
    query = (f"WITH scored AS (SELECT \"group\" AS g, {scored} "
             f"FROM read_csv(?, header=true, all_varchar=true)) "
             f"SELECT g, grouping(g) AS total, {aggregates} FROM scored "
             f"GROUP BY GROUPING SETS ((g), ()) ORDER BY total DESC, g")
    result = {"overall": {}, "groups": {}}
    for row in con.execute(query, [source]).fetchall():
        stats = {item: {"count": row[2 + 3 * n], "mean": row[3 + 3 * n], "sd": row[4 + 3 * n]}
                 for n, item in enumerate(items)}
        if row[1]:
            result["overall"] = stats
        else:
            result["groups"][row[0]] = stats
    with open(target, "w", encoding="utf-8") as out:
        json.dump(result, out, indent=1)


if __name__ == "__main__":
    main()
