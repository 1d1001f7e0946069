"""Writes this case's input into the folder given (too large to commit): 10 million rows whose
answer is `é` in Windows-1252 (byte 0xE9), so the file is not UTF-8."""
import os
import sys

with open(os.path.join(sys.argv[1], "export.csv"), "wb") as file:
    file.write(b"respondent,EQ1\n")
    for start in range(0, 10_000_000, 100_000):
        file.write(b"".join(b"%d,\xe9\n" % i for i in range(start, start + 100_000)))
