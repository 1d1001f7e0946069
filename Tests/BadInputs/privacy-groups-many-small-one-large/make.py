"""4 990 one-person groups and one group of 10. Together the singletons are far above the
minimum, but only one of them answered TR2: the total minus the large group would give that
person's answer, so the large group is hidden too; in bounded time."""
import os, sys

folder = sys.argv[1]
with open(os.path.join(folder, "input.csv"), "w", encoding="utf-8") as out:
    out.write("respondent,group,EQ1,EQ2,TR1,TR2\n")
    for number in range(4990):
        out.write(f"r{number},member-{number},{1 + number % 5},{1 + (number + 2) % 5},3,{'2' if number == 0 else ''}\n")
    for number in range(10):
        out.write(f"big{number},Funders,4,4,4,4\n")
