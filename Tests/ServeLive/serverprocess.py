"""Runs the built tapestry-serve program on a free loopback port for the live tests, and acts
as a facilitator and as participants over plain HTTP (requests)."""
import json
import os
import re
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
SERVE = Path(os.environ.get("TAPESTRY_SERVE_BIN", ROOT / ".build-serve/debug/tapestry-serve"))
TAPESTRY = Path(os.environ.get("TAPESTRY_BIN", ROOT / ".build/debug/tapestry"))

# The default instrument's statements, in order (from `tapestry instrument --format json`; the blank
# CSV also has organisation and connection columns, which a workshop does not ask).
ITEMS = [item["id"] for dimension in json.loads(subprocess.run(
    [str(TAPESTRY), "instrument", "--format", "json"], check=True, capture_output=True, text=True).stdout)["dimensions"]
    for item in dimension["items"]]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One tapestry-serve process over `project`; start() again after kill() restarts it."""

    def __init__(self, project, port=None):
        self.project = str(project)
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.lines = []
        self.process = None

    def start(self):
        self.process = subprocess.Popen([str(SERVE), "--project", self.project, "--port", str(self.port)],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        threading.Thread(target=self._drain, args=(self.process,), daemon=True).start()
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                if requests.get(self.base + "/", timeout=1).status_code == 200 and self.facilitator_address():
                    return self
            except requests.ConnectionError:
                pass
            time.sleep(0.1)
        raise RuntimeError("tapestry-serve did not start:\n" + "\n".join(self.lines))

    def _drain(self, process):
        for line in process.stdout:
            self.lines.append(line.rstrip("\n"))

    def facilitator_address(self):
        for line in self.lines:
            match = re.search(r"Facilitator: open (\S+)", line)
            if match:
                return match.group(1)
        return None

    def kill(self):
        """kill -9: no chance to clean up."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def csrf(page):
    match = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert match, page
    return match.group(1)


def open_workshop(server, title="Live test", tables=("Table 1", "Table 2", "Table 3"), minimum=1):
    """As the facilitator: returns (session with the secret cookie, workshop id, join code)."""
    session = requests.Session()
    home = session.get(server.facilitator_address(), timeout=10)
    assert home.status_code == 200, home.text
    response = session.post(server.base + "/workshops", timeout=10, data={
        "csrf": csrf(home.text), "title": title, "tables": "\n".join(tables), "minimumGroupSize": str(minimum)})
    assert response.status_code == 200 and "/workshops/" in response.url, response.text
    workshop = response.url.rsplit("/", 1)[1]
    code = re.search(r'class="code">([A-Z0-9]+)<', response.text).group(1)
    return session, workshop, code


def answers_for(number):
    """A distinct answer set per participant number: its base-5 digits on the first items."""
    values = {}
    n = number
    for item in ITEMS:
        values[item] = str(1 + n % 5)
        n //= 5
    return values


def participate(base, code, table, answers, submits=1, timeout=30):
    """As a participant: join, choose `table`, send `answers` `submits` times. Returns the
    seconds each request took and whether the last submit was acknowledged (303 to /sent)."""
    session = requests.Session()
    times = []
    start = time.perf_counter()
    page = session.get(f"{base}/join/{code}", timeout=timeout)
    times.append(time.perf_counter() - start)
    token = csrf(page.text)
    start = time.perf_counter()
    chosen = session.post(f"{base}/join/{code}/table", data={"csrf": token, "table": str(table)}, allow_redirects=False, timeout=timeout)
    times.append(time.perf_counter() - start)
    assert chosen.status_code == 303, chosen.text
    acknowledged = False
    for _ in range(submits):
        start = time.perf_counter()
        sent = session.post(f"{base}/join/{code}/submit", data={"csrf": token, **answers}, allow_redirects=False, timeout=timeout)
        times.append(time.perf_counter() - start)
        acknowledged = sent.status_code == 303 and sent.headers.get("Location", "").endswith("/sent")
    return times, acknowledged


def export(project, code):
    """The workshop's CSV through `tapestry-serve export` (a second process reading the store)."""
    return subprocess.run([str(SERVE), "export", code, "--project", str(project)], check=True,
                          capture_output=True, text=True).stdout


def rows(csv_text):
    import csv
    import io
    return list(csv.DictReader(io.StringIO(csv_text)))
