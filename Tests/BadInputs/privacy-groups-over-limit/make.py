"""A --group-by column with 5001 different values (GroupLabels.maximumGroups is 5000)."""
import os, sys

folder = sys.argv[1]
with open(os.path.join(folder, "input.csv"), "w", encoding="utf-8") as out:
    out.write("respondent,group,EQ1,EQ2\n")
    for number in range(5001):
        out.write(f"r{number},member-{number},{1 + number % 5},{1 + (number + 2) % 5}\n")
