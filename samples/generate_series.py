"""Writes the samples for rounds, workshops and portfolios (synthetic, reproducible):

- riverside/rounds/2026-q1.csv, 2026-q2.csv, 2026-q3.csv: three quarterly rounds of the
  Riverside coalition in the canonical CSV. Most members answer every round (their ids link
  the rounds through a keyed hash); some leave and some join. After the first round the
  coalition wrote down its agreements and started regular reviews, and it shows.
  Each row also says which member organisation the respondent speaks for (`organisation`),
  which members it works with (`works_with`) and who should join (`should_join`), names
  separated by ";" (the canonical CSV's form): the food organisations and the housing ones
  work in two clusters that the food bank bridges, ties grow over the rounds, a youth club
  stays isolated, and three members never answer (see ORGANISATIONS and TIES).
- exports/quarterly-google-forms.csv and exports/quarterly-qualtrics.csv: the same three
  rounds as one export each, to be split with --round-by quarter. Google Forms writes UK
  day-first timestamps (15/01/2026 10:23:45); Qualtrics writes ISO dates.
- workshop/tables.csv: four workshop tables scoring themselves.
- portfolio/<coalition>/: three small coalitions a funder supports, each with tapestry.yaml
  and two rounds; one has too few responses to compare.

Run from the repository root: python3 samples/generate_series.py (needs PyYAML).
"""
import csv
import datetime
import os
import random

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
with open(os.path.join(ROOT, "Templates", "instruments", "partnership-health.yaml"), encoding="utf-8") as handle:
    INSTRUMENT = yaml.safe_load(handle)
DIMENSIONS = [(d["id"], [i["id"] for i in d["items"]], {i["id"] for i in d["items"] if i.get("reverse")}) for d in INSTRUMENT["dimensions"]]
ITEMS = [item for _, items, _ in DIMENSIONS for item in items]
TEXTS = {i["id"]: i["text"] for d in INSTRUMENT["dimensions"] for i in d["items"]}
GROUPS = ["Community group", "Nonprofit", "Faith organisation", "Tenant association"]
BASE = {"equality": 3.7, "transparency": 3.3, "results": 3.6, "responsibility": 3.9, "complementarity": 3.9,
        "agreements": 2.5, "review": 2.7, "benefits": 4.2, "drawbacks": 2.8, "purpose": 3.5, "structure": 3.1, "groundwork": 3.8}


def answers(rng, base, tendency):
    """One member's answers: a view per dimension, items echoing it."""
    row = []
    for dimension, items, reverse in DIMENSIONS:
        person = -tendency if dimension == "drawbacks" else tendency
        view = base[dimension] + person + rng.gauss(0, 0.4)
        for item in items:
            value = min(5, max(1, round(view + rng.gauss(0, 0.5))))
            if item in reverse:
                value = 6 - value
            row.append("" if rng.random() < 0.03 else str(value))
    return row


def write(path, header, rows, **options):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="", encoding=options.pop("encoding", "utf-8")) as handle:
        writer = csv.writer(handle, lineterminator=options.pop("newline", "\n"))
        writer.writerow(header)
        writer.writerows(rows)


# The Riverside member list (also in riverside/tapestry.yaml): name, type.
ORGANISATIONS = [
    ("Riverside Food Bank", "nonprofit"), ("Hope Kitchen", "nonprofit"), ("Harbour Housing Trust", "nonprofit"),
    ("Riverside Legal Aid", "nonprofit"), ("Riverside Community Garden", "community"), ("Millbrook Allotment Society", "community"),
    ("Northside Youth Club", "community"), ("St Mark's Church", "faith"), ("Al-Noor Mosque", "faith"),
    ("Eastside Tenants Union", "tenants"), ("Oak Street Residents Association", "tenants"),
    ("Westfield Tenants' Association", "tenants"), ("Green Grocers Co-op", "business"),
    ("Riverside Public Library", "government"), ("City Health Department", "government"),
]
# The organisations each respondent group speaks for (a respondent's group picks among them).
SPEAKS_FOR = {"Community group": [4, 5, 6], "Nonprofit": [0, 1, 2, 3], "Faith organisation": [7, 8], "Tenant association": [9, 10, 11]}
# Who works with whom, by round (each round keeps the earlier ties): two clusters, food (0, 1,
# 4, 5, 12) and housing (2, 3, 9, 10, 11), bridged by the food bank (0) and St Mark's (7).
TIES = [
    [(0, 1), (1, 0), (0, 4), (4, 5), (5, 4), (1, 12), (2, 9), (9, 10), (10, 9), (3, 2), (11, 9), (0, 7), (7, 8), (8, 7)],
    [(0, 2), (2, 0), (4, 0), (3, 11), (7, 0), (10, 11)],
    [(0, 9), (3, 13), (8, 0), (5, 12), (9, 3), (1, 4)],
]
# Names people write for organisations that should join, with how often.
SUGGESTIONS = [
    ["Riverside Farmers Market", "City Council food policy office"],
    ["Riverside Farmers Market", "riverside farmers market.", "University Extension Service", "City council food-policy office"],
    ["Riverside Farmers Market", "University Extension Service", "Mutual Aid Riverside", "Riverside Farmers' Market"],
]


def connections(rng, number, roster, members):
    """Each respondent's organisation and the names given, per row of the round."""
    ties = {pair for round_ties in TIES[:number] for pair in round_ties}
    rows = []
    for index, member in enumerate(roster):
        group = members[member][0]
        choices = SPEAKS_FOR[group]
        organisation = choices[int(member[1:]) // 4 % len(choices)]
        named = sorted(to for fro, to in ties if fro == organisation and rng.random() < 0.8)
        names = [ORGANISATIONS[to][0] for to in named]
        # Written as people write: case, spacing and apostrophes vary.
        names = [name.upper() if rng.random() < 0.1 else name.replace("'", "’") if rng.random() < 0.2 else name for name in names]
        suggestion = SUGGESTIONS[number - 1][index % len(SUGGESTIONS[number - 1])] if rng.random() < 0.35 else ""
        rows.append((ORGANISATIONS[organisation][0], names, suggestion))
    return rows


def riverside(rng):
    members = {f"M{n:03d}": (GROUPS[n % 4], rng.gauss(0, 0.45)) for n in range(1, 47)}
    rosters = [list(members)[0:38], list(members)[2:42], list(members)[4:46]]
    shifts = [{}, {"agreements": 0.6, "review": 0.5}, {"agreements": 1.0, "review": 0.8, "structure": 0.3, "transparency": 0.2}]
    starts = [datetime.datetime(2026, 1, 12, 9), datetime.datetime(2026, 4, 13, 9), datetime.datetime(2026, 7, 13, 9)]
    rounds = []
    for number, (roster, shift, start) in enumerate(zip(rosters, shifts, starts), 1):
        base = {key: value + shift.get(key, 0) for key, value in BASE.items()}
        rows = []
        for index, member in enumerate(roster):
            group, tendency = members[member]
            stamp = start + datetime.timedelta(hours=7 * index, minutes=13 * index % 60)
            rows.append((member, group, stamp, answers(rng, base, tendency)))
        rounds.append(rows)
        # Its own generator, so that the answers and the other samples stay as they were.
        links = connections(random.Random(1400 + number), number, roster, members)
        if number == 2:
            # A misspelt member, read as the food bank; and a name that is on no list.
            links[3] = (links[3][0], links[3][1] + ["Riverside Food Bnak"], links[3][2])
            links[5] = (links[5][0], links[5][1] + ["Riverside Food Network"], links[5][2])
        write(os.path.join(HERE, "riverside", "rounds", f"2026-q{number}.csv"),
              ["respondent", "group", "timestamp"] + ITEMS + ["organisation", "works_with", "should_join"],
              [[m, g, s.strftime("%Y-%m-%d %H:%M:%S")] + a + [o, "; ".join(n), j]
               for (m, g, s, a), (o, n, j) in zip(rows, links)])
    everyone = [row for rows in rounds for row in rows]
    # Google Forms in a UK locale: day first; no respondent ids (an e-mail column would be personal).
    write(os.path.join(HERE, "exports", "quarterly-google-forms.csv"),
          ["Timestamp", "Which kind of organisation are you?"] + [f"How much do you agree? [{TEXTS[i]}]" for i in ITEMS],
          [[s.strftime("%d/%m/%Y %H:%M:%S"), g] + [INSTRUMENT["scale"]["labels"][int(v) - 1] if v else "" for v in a] for _, g, s, a in everyone],
          newline="\r\n")
    ids = ["StartDate", "EndDate", "Status", "Finished", "RecordedDate", "ResponseId", "Q1"]
    labels = ["Start Date", "End Date", "Response Type", "Finished", "Recorded Date", "Response ID", "Which kind of organisation are you?"]
    imports = ['{"ImportId":"startDate"}', '{"ImportId":"endDate"}', '{"ImportId":"status"}', '{"ImportId":"finished"}',
               '{"ImportId":"recordedDate"}', '{"ImportId":"_recordId"}', '{"ImportId":"QID1"}']
    for number, item in enumerate(ITEMS, 1):
        ids.append(f"Q2_{number}")
        labels.append(f"How much do you agree? - {TEXTS[item]}")
        imports.append(f'{{"ImportId":"QID2_{number}"}}')
    rows = [labels, imports]
    for index, (_, group, stamp, answer) in enumerate(everyone):
        text = stamp.strftime("%Y-%m-%d %H:%M:%S")
        rows.append([text, text, "IP Address", "True", text, f"R_q{index:04d}", group] + answer)
    write(os.path.join(HERE, "exports", "quarterly-qualtrics.csv"), ids, rows)
    with open(os.path.join(HERE, "riverside", "link.key"), "w", encoding="utf-8") as handle:
        handle.write("riverside-sample-key-not-a-secret\n")


def workshop(rng):
    tables = {"Table 1": 5, "Table 2": 6, "Table 3": 4, "Table 4": 5}
    leanings = {"Table 1": {"transparency": -0.8}, "Table 2": {"benefits": 0.4, "drawbacks": -0.5},
                "Table 3": {"equality": -0.9, "agreements": -0.4}, "Table 4": {"groundwork": 0.6}}
    rows = []
    for table, size in tables.items():
        base = {key: value + leanings[table].get(key, 0) for key, value in BASE.items()}
        for seat in range(size):
            rows.append([f"{table[-1]}-{seat + 1}", table] + answers(rng, base, rng.gauss(0, 0.3)))
    write(os.path.join(HERE, "workshop", "tables.csv"), ["respondent", "table"] + ITEMS, rows)


def portfolio(rng):
    coalitions = [("northside", "Northside Housing Alliance", [22, 24], {"equality": 0.3}, [{}, {"review": 0.6}]),
                  ("eastbank", "Eastbank Clean Air Network", [15, 17], {"transparency": -0.6, "drawbacks": 0.5}, [{}, {"transparency": -0.3}]),
                  ("hillview", "Hillview Youth Coalition", [4, 3], {}, [{}, {}])]
    for folder, name, sizes, lean, shifts in coalitions:
        files = []
        for number, (size, shift) in enumerate(zip(sizes, shifts), 1):
            base = {key: value + lean.get(key, 0) + shift.get(key, 0) for key, value in BASE.items()}
            rows = [[f"{folder[0].upper()}{n:02d}", GROUPS[n % 2]] + answers(rng, base, rng.gauss(0, 0.4)) for n in range(1, size + 1)]
            path = f"2026-h{number}.csv"
            write(os.path.join(HERE, "portfolio", folder, path), ["respondent", "group"] + ITEMS, rows)
            files.append((f"2026-H{number}", path))
        project = {"coalition": name, "rounds": [{"label": label, "file": path} for label, path in files], "min-group-size": 5}
        with open(os.path.join(HERE, "portfolio", folder, "tapestry.yaml"), "w", encoding="utf-8") as handle:
            handle.write(f"# {name}: a sample coalition of the portfolio.\n")
            yaml.safe_dump(project, handle, sort_keys=False, allow_unicode=True)


def main():
    rng = random.Random(2027)
    riverside(rng)
    workshop(rng)
    portfolio(rng)
    print("wrote the rounds, workshop and portfolio samples")


if __name__ == "__main__":
    main()
