"""Writes this case's input into the folder given (too large to commit)."""
import os
import sys

HEADER = "respondent,group,EQ1,EQ2,EQ3,EQ4,TR1,TR2,TR3,TR4,RE1,RE2,RE3,RS1,RS2,RS3,CO1,CO2,CO3,AG1,AG2,AG3,AG4,RV1,RV2,RV3,BE1,BE2,BE3,BE4,DR1,DR2,DR3,DR4,DR5,DR6,DR7,PU1,PU2,PU3,PU4,PU5,ST1,ST2,ST3,ST4,ST5,GW1,GW2,GW3,GW4,GW5,GW6"
ITEMS = len(HEADER.split(",")) - 2


def row(respondent, first_item, rest="3"):
    return ",".join([respondent, "Members"] + [first_item] + [rest] * (ITEMS - 1)) + "\n"


def write(text):
    with open(os.path.join(sys.argv[1], "export.csv"), "w", newline="", encoding="utf-8") as file:
        file.write(text)

write(HEADER + "\n" + row("R1", "a" * 50_000) + row("R2", "4"))
