#!/usr/bin/env python3
"""Open-loop load at a fixed rate against assayd (Debian has no wrk2): requests are scheduled
every 1/rate seconds whatever the server does, and latency is measured from the scheduled time,
so a stall shows in p99 instead of silently lowering the rate (no coordinated omission).

usage: daemon_paced.py --port P --rate 100 --seconds 20 [--queries FILE] [--connections 8]
                       [--while-pid PID]   (stop 5 s after PID exits, at most --seconds)
                       [--bust]  (spell each query with random letters percent-encoded: the
                                  same search, a URL the response cache has not seen)
Prints: sent, errors (non-200 or failed), p50, p99, max (ms).
"""
import argparse
import os
import http.client
import queue
import random
import threading
import time
import urllib.parse


def load_queries(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def target(query, bust):
    if not bust:
        return "/api/search?" + urllib.parse.urlencode({"q": query, "limit": 10})
    q = "".join(f"%{ord(c):02X}" if c.isascii() and c.isalpha() and random.random() < 0.5
                else urllib.parse.quote(c, safe="") for c in query)
    return f"/api/search?q={q}&limit=10"


def worker(port, jobs, results):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    while True:
        job = jobs.get()
        if job is None:
            return
        scheduled, path = job
        ok = False
        try:
            conn.request("GET", path)
            resp = conn.getresponse()
            resp.read()
            ok = resp.status == 200
            if resp.getheader("Connection", "").lower() == "close":
                conn.close()
        except (OSError, http.client.HTTPException):
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        results.append((time.monotonic() - scheduled, ok))


def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--rate", type=float, default=100)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--queries", default="/work/shared/bench/queries.txt")
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--while-pid", type=int, default=0)
    ap.add_argument("--bust", action="store_true")
    args = ap.parse_args()
    paths = load_queries(args.queries)
    jobs, results = queue.Queue(), []
    threads = [threading.Thread(target=worker, args=(args.port, jobs, results)) for _ in range(args.connections)]
    for t in threads:
        t.start()
    start = time.monotonic()
    n = int(args.rate * args.seconds)
    ended = None
    for i in range(n):
        if args.while_pid and ended is None and not alive(args.while_pid):
            ended = time.monotonic()
        if ended is not None and time.monotonic() - ended > 5:
            break
        at = start + i / args.rate
        delay = at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        jobs.put((at, target(paths[i % len(paths)], args.bust)))
    for _ in threads:
        jobs.put(None)
    for t in threads:
        t.join()
    if not results:
        print("paced: no request was answered")
        return
    lat = sorted(r[0] * 1000 for r in results)
    errors = sum(1 for r in results if not r[1])
    pct = lambda p: lat[min(len(lat) - 1, int(p / 100 * len(lat)))]
    print(f"paced {args.rate:.0f} req/s: sent {len(results)}, errors {errors}, "
          f"p50 {pct(50):.2f} ms, p99 {pct(99):.2f} ms, max {lat[-1]:.2f} ms")


if __name__ == "__main__":
    main()
