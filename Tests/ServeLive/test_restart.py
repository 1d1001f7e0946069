"""kill -9 of the server while answers arrive, and a restart: nothing acknowledged is lost."""
import threading
import time

import requests

from serverprocess import Server, answers_for, export, open_workshop, participate, rows


def test_kill_9_during_submissions_loses_nothing_acknowledged(tmp_path):
    server = Server(tmp_path).start()
    try:
        session, workshop, code = open_workshop(server)
        acknowledged, lock = [], threading.Lock()
        stop = threading.Event()

        def keep_sending(first):
            number = first
            while not stop.is_set() and number < first + 10_000:
                try:
                    _, ok = participate(server.base, code, number % 3, answers_for(number), timeout=5)
                    if ok:
                        with lock:
                            acknowledged.append(number)
                except (requests.RequestException, AssertionError):
                    pass  # the server was killed mid-request: not acknowledged
                number += 8
            return number

        threads = [threading.Thread(target=keep_sending, args=(n,)) for n in range(8)]
        for thread in threads:
            thread.start()
        deadline = time.time() + 30
        while len(acknowledged) < 60 and time.time() < deadline:
            time.sleep(0.01)
        server.kill()
        before_kill = len(acknowledged)
        time.sleep(0.5)
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
        assert before_kill >= 60, "answers were arriving when the server was killed"

        server.start()
        stored = {tuple(row[item] for item in list(row)[2:]) for row in rows(export(tmp_path, code))}
        lost = [n for n in acknowledged if tuple(answers_for(n).values()) not in stored]
        print(f"\nrestart: {len(acknowledged)} acknowledged before kill -9, {len(stored)} stored after restart, {len(lost)} lost")
        assert lost == []
        # The facilitator's cookie still opens the workshop, and new answers still come in.
        assert session.get(f"{server.base}/workshops/{workshop}", timeout=10).status_code == 200
        _, ok = participate(server.base, code, 0, answers_for(99_999))
        assert ok
        assert len(rows(export(tmp_path, code))) == len(stored) + 1
    finally:
        server.stop()
