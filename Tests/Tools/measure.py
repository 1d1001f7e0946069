"""Runs a command and reports what it cost, for the bad-input corpus test.

    python3 measure.py REPORT SECONDS COMMAND ARG...

Runs COMMAND (standard input empty, standard output and error passed through) and writes
REPORT as JSON: its exit status (128 + signal when killed), whether it was killed for running
past SECONDS of wall time, its CPU seconds (user + system) and its peak resident memory in
kilobytes. Measured here, from the kernel's accounting of this process's children, because a
child spawned straight from the test process would inherit the test process's own memory
high-water mark (fork and vfork copy it), so its peak would read as the test runner's.
"""
import json
import resource
import subprocess
import sys

report, seconds, command = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
killed = False
process = subprocess.Popen(command, stdin=subprocess.DEVNULL)
try:
    status = process.wait(timeout=seconds)
except subprocess.TimeoutExpired:
    process.kill()
    killed = True
    status = process.wait()
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(report, "w") as out:
    json.dump({"status": status if status >= 0 else 128 - status, "killed": killed,
               "cpu": usage.ru_utime + usage.ru_stime, "peakKB": usage.ru_maxrss}, out)
