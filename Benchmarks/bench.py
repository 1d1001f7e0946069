#!/usr/bin/env python3
"""`make bench`: tapestry against pandas, DuckDB and `wc -l` on generated survey files.

Builds the release binary, installs what is missing (and says so), writes one file per size
into .build/bench/ (the default instrument's canonical CSV, answers as scale labels with
"Don't know" in about 15 % of cells; fixed seed, written once), then runs the contenders in
turn (A B C D E, A B C D E, ...) so that a noisy moment hits all of them alike, and prints a
Markdown table of medians, throughput, peak memory and the time relative to tapestry's JSON.

Environment: BENCH_SIZES (default 1000,100000,1000000), BENCH_RUNS (default 3).
Wall time is taken around each run (perf_counter); peak RSS is /usr/bin/time's %M.
"""
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASELINE = os.path.join(ROOT, "Benchmarks", "baseline")
SCRATCH = os.path.join(ROOT, ".build", "bench")
TAPESTRY = os.path.join(ROOT, ".build", "release", "tapestry")
TIME = "/usr/bin/time"


def say(message):
    print(f"bench: {message}", flush=True)


def setup():
    say("building the release binary (swift build -c release --product tapestry)")
    subprocess.run(["swift", "build", "-c", "release", "--product", "tapestry"], cwd=ROOT, check=True)
    missing = [p for p, m in (("duckdb", "duckdb"), ("pandas", "pandas"), ("xlsxwriter", "xlsxwriter"))
               if importlib.util.find_spec(m) is None]
    if missing:
        say(f"installing Python packages for the baselines: pip install {' '.join(missing)}")
        pip = [sys.executable, "-m", "pip", "install", "--quiet", *missing]
        if subprocess.run(pip).returncode != 0:
            say("pip refused (externally managed Python); trying again with --break-system-packages")
            subprocess.run(pip + ["--break-system-packages"], check=True)
    if not os.access(TIME, os.X_OK):
        if os.geteuid() == 0:
            say("installing GNU time for peak memory: apt-get install -y time")
            subprocess.run(["apt-get", "update", "-qq"], check=True)
            subprocess.run(["apt-get", "install", "-y", "-qq", "time"], check=True,
                           env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
        else:
            sys.exit("bench: needs GNU time for peak memory; please run: sudo apt-get install -y time")


def data_file(rows, header):
    os.makedirs(SCRATCH, exist_ok=True)
    path = os.path.join(SCRATCH, f"responses-{rows}.csv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            if f.readline().strip() == header:
                return path
    say(f"writing {rows:,} respondents to {os.path.relpath(path, ROOT)}")
    subprocess.run([sys.executable, os.path.join(BASELINE, "generate.py"), str(rows), path,
                    "--header", header], check=True)
    return path


def contenders(path, rows):
    out = os.path.join(SCRATCH, "out")
    report_dir = os.path.join(out, f"report-{rows}")
    return [
        ("tapestry JSON", [TAPESTRY, "assess", path, "--group-by", "group", "--format", "json"], None),
        ("tapestry all formats", [TAPESTRY, "assess", path, "--group-by", "group",
                                  "--format", "json", "--format", "markdown", "--format", "html",
                                  "--format", "xlsx", "--output", report_dir, "--force"], report_dir),
        ("pandas + XlsxWriter", [sys.executable, os.path.join(BASELINE, "pandas_report.py"), path,
                                 os.path.join(out, f"pandas-{rows}.xlsx")], None),
        ("DuckDB", [sys.executable, os.path.join(BASELINE, "duckdb_report.py"), path,
                    os.path.join(out, f"duckdb-{rows}.json")], None),
        ("wc -l", ["wc", "-l", path], None),
    ]


def run_once(argv, fresh_dir):
    if fresh_dir:
        shutil.rmtree(fresh_dir, ignore_errors=True)
    stats = os.path.join(SCRATCH, "time.txt")
    start = time.perf_counter()
    done = subprocess.run([TIME, "-f", "%e %M", "-o", stats, *argv],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if done.returncode not in (0,):
        tail = done.stderr.strip().splitlines()[-3:]
        return None, f"exit {done.returncode}: {' / '.join(tail)}"
    with open(stats) as f:
        _, rss_kb = f.read().split()[-2:]
    return (wall, int(rss_kb) / 1024), None


def main():
    setup()
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "1000,100000,1000000").split(",") if s]
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    # The statements only: the blank CSV's organisation and connection columns (the map of
    # connections) are not what this benchmark measures, and a file with them is read on one core.
    instrument = json.loads(subprocess.run([TAPESTRY, "instrument", "--format", "json"], check=True,
                                           capture_output=True, text=True).stdout)
    header = ",".join(["respondent", "group"] + [item["id"] for dimension in instrument["dimensions"]
                                                  for item in dimension["items"]])
    os.makedirs(os.path.join(SCRATCH, "out"), exist_ok=True)
    with open("/proc/loadavg") as f:
        load_before = " ".join(f.read().split()[:3])
    rows_out = []
    for rows in sizes:
        path = data_file(rows, header)
        megabytes = os.path.getsize(path) / 1e6
        entries = contenders(path, rows)
        results = {name: [] for name, _, _ in entries}
        failures = {}
        say(f"{rows:,} respondents ({megabytes:,.1f} MB): {runs} alternating runs of {len(entries)} contenders")
        for _ in range(runs):
            for name, argv, fresh in entries:
                if name in failures:
                    continue
                result, error = run_once(argv, fresh)
                if error:
                    failures[name] = error
                    say(f"  {name} failed: {error}")
                else:
                    results[name].append(result)
        base = statistics.median(w for w, _ in results["tapestry JSON"]) if results["tapestry JSON"] else None
        for name, _, _ in entries:
            if name in failures:
                rows_out.append(f"| {rows:,} | {megabytes:,.1f} | {name} | failed: {failures[name]} | | | |")
                continue
            wall = statistics.median(w for w, _ in results[name])
            rss = max(r for _, r in results[name])
            ratio = f"{wall / base:.2f}×" if base else "–"
            rows_out.append(f"| {rows:,} | {megabytes:,.1f} | {name} | {wall:.3f} | "
                            f"{megabytes / wall:,.0f} | {rss:,.0f} | {ratio} |")
    with open("/proc/loadavg") as f:
        load_after = " ".join(f.read().split()[:3])
    table = [
        f"Median of {runs} alternating runs; {os.cpu_count()} cores; load average {load_before} before, "
        f"{load_after} after. Ratio: the contender's time over tapestry JSON's (below 1 is faster).",
        "",
        "| respondents | file MB | contender | median s | MB/s | peak RSS MB | time vs tapestry JSON |",
        "|---:|---:|---|---:|---:|---:|---:|",
        *rows_out,
    ]
    text = "\n".join(table)
    with open(os.path.join(SCRATCH, "results.md"), "w", encoding="utf-8") as f:
        f.write(text + "\n")
    print()
    print(text)


if __name__ == "__main__":
    main()
