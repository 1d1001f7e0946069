"""200 participants sending their answers at once (each twice, as a double click would), on
loopback: every one stored exactly once; the p99 latency is printed."""
import threading
import time

from serverprocess import Server, answers_for, export, open_workshop, participate, rows

PARTICIPANTS = 200


def test_200_participants_at_once_are_stored_exactly_once(tmp_path):
    server = Server(tmp_path).start()
    try:
        _, _, code = open_workshop(server, tables=[f"Table {n}" for n in range(1, 11)])
        barrier = threading.Barrier(PARTICIPANTS, timeout=60)
        results = [None] * PARTICIPANTS

        def run(number):
            barrier.wait()
            results[number] = participate(server.base, code, number % 10, answers_for(number), submits=2)

        threads = [threading.Thread(target=run, args=(n,)) for n in range(PARTICIPANTS)]
        began = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        elapsed = time.perf_counter() - began
        assert all(r is not None and r[1] for r in results), "every participant acknowledged"
        latencies = sorted(t for r in results for t in r[0])
        p50 = latencies[len(latencies) // 2]
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
        print(f"\nload: {PARTICIPANTS} participants, {len(latencies)} requests in {elapsed:.2f} s; "
              f"p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms")
        stored = rows(export(tmp_path, code))
        assert len(stored) == PARTICIPANTS
        seen = sorted(tuple(row[item] for item in list(row)[2:]) for row in stored)
        expected = sorted(tuple(answers_for(n).values()) for n in range(PARTICIPANTS))
        assert seen == expected, "each participant's answers once, as sent"
        assert sorted(row["group"] for row in stored) == sorted(f"Table {n % 10 + 1}" for n in range(PARTICIPANTS))
    finally:
        server.stop()
