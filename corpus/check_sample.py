#!/usr/bin/env python3
"""Check corpus/generate_sample.py: deterministic output and a consistent MANIFEST.

    python3 corpus/check_sample.py [--count N] [--seed S]

Generates the sample twice into temporary directories and checks that the two
runs are byte-identical, that MANIFEST.tsv lists exactly the files written, and
that each row agrees with its file. Prints "N passed, M failed"; exit 0 or 1.
"""

import argparse
import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "generate_sample.py")
COLUMNS = ["file", "type", "framework", "authority", "ons_code", "inspection_start",
           "inspection_end", "published", "overall_grade"]
TYPES = {"inspection_report", "focused_visit", "jtai_letter", "send_report",
         "press_release", "committee_paper"}
FRAMEWORKS = {"CP2012": ("2012-06-01", "2013-12-31"), "SIF": ("2014-01-01", "2018-12-31"),
              "ILACS": ("2018-01-01", "2026-12-31"), "JTAI": ("2016-01-01", "2026-12-31"),
              "SEND": ("2023-01-01", "2026-12-31")}
GRADES = {"CP2012": {"outstanding", "good", "adequate", "inadequate"},
          "SIF": {"outstanding", "good", "requires improvement", "inadequate"},
          "ILACS": {"outstanding", "good", "requires improvement", "inadequate"},
          "SEND": {"positive", "inconsistent", "widespread failings"}}


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def ok(self, cond, what):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {what}")


def run(out, count, seed):
    t0 = time.monotonic()
    subprocess.run([sys.executable, GEN, "--out", out, "--count", str(count),
                    "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - t0


def read_tree(d):
    return {n: open(os.path.join(d, n), "rb").read() for n in sorted(os.listdir(d))}


def check_manifest(c, d, files):
    text = files.get("MANIFEST.tsv", b"").decode("utf-8")
    lines = text.rstrip("\n").split("\n")
    c.ok(lines and lines[0].split("\t") == COLUMNS, "MANIFEST header has the documented columns")
    rows = [l.split("\t") for l in lines[1:]]
    c.ok(all(len(r) == len(COLUMNS) for r in rows), "every MANIFEST row has 9 fields")
    names = [r[0] for r in rows]
    c.ok(len(names) == len(set(names)), "MANIFEST file names are unique")
    txt = sorted(n for n in files if n != "MANIFEST.tsv")
    c.ok(sorted(names) == txt, "MANIFEST lists exactly the files written")
    bad = []
    for r in rows:
        if len(r) != len(COLUMNS):
            continue
        row = dict(zip(COLUMNS, r))
        body = files.get(row["file"], b"").decode("utf-8", "replace")
        probs = []
        if row["type"] not in TYPES:
            probs.append("type")
        if row["framework"] not in FRAMEWORKS:
            probs.append("framework")
        if not re.fullmatch(r"E0[6-9]\d{6}|E10\d{6}", row["ons_code"]):
            probs.append("ons_code")
        try:
            s, e, p = (dt.date.fromisoformat(row[k]) for k in
                       ("inspection_start", "inspection_end", "published"))
            if not s <= e <= p:
                probs.append("date order")
            lo, hi = FRAMEWORKS.get(row["framework"], ("0001-01-01", "9999-12-31"))
            if not lo <= row["inspection_start"] <= hi:
                probs.append("dates outside framework period")
        except ValueError:
            probs.append("dates")
        g = row["overall_grade"]
        if row["type"] in ("focused_visit", "jtai_letter"):
            if g:
                probs.append("ungraded type has a grade")
        elif g not in GRADES.get(row["framework"], set()):
            probs.append(f"grade {g!r} not on the {row['framework']} scale")
        short = row["authority"]
        names_in = [w for w in re.split(r"^(?:London Borough of|Royal Borough of|City of) |"
                                        r" (?:City|County|Metropolitan Borough|Metropolitan "
                                        r"District|Borough)? ?Council$", short) if w]
        key = names_in[0] if names_in else short
        if key.startswith("Hull"):
            key = "Kingston upon Hull"
        if key not in body:
            probs.append(f"authority {key!r} not in text")
        if row["type"] in ("inspection_report", "committee_paper") and g and \
                row["framework"] != "SEND":
            word = g.split()[0]
            if word not in body.lower():
                probs.append(f"grade word {word!r} not in text")
        if row["type"] != "press_release" and "\f" not in body:
            probs.append("no form feeds")
        if probs:
            bad.append(f"{row['file']}: {', '.join(probs)}")
    for b in bad:
        print("  " + b)
    c.ok(not bad, f"every MANIFEST row agrees with its file ({len(bad)} disagree)")
    left = [n for n, v in files.items() if n != "MANIFEST.tsv" and
            re.search(r"\{[A-Za-z_]+\}|\[[^\]\n]*\|[^\]\n]*\]", v.decode("utf-8", "replace"))]
    c.ok(not left, f"no unfilled slots or [a|b] alternatives left in the text ({left[:3]})")
    full = [r for r in rows if len(r) == len(COLUMNS) and r[1] == "inspection_report"]
    seen, dup = {}, []
    for r in full:
        key = (r[2], r[4])
        if key in seen and r[2] in ("CP2012", "SIF") and len(full) <= 46:
            dup.append(f"{r[2]} {r[3]}")
        seen[key] = r
    c.ok(not dup, f"no authority has two reports under a one-off framework ({dup[:3]})")
    mism = []
    for r in rows:
        if len(r) == len(COLUMNS) and r[1] in ("press_release", "committee_paper"):
            rep = seen.get((r[2], r[4]))
            if rep and rep[5] == r[5] and (rep[6] != r[6] or rep[8] != r[8]):
                mism.append(r[0])
    c.ok(not mism, f"press releases and committee papers agree with the report they cover ({mism[:3]})")
    grades = [r[8] for r in rows if len(r) == len(COLUMNS)]
    return grades, rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    c = Checks()
    with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
        secs = run(t1, a.count, a.seed)
        run(t2, a.count, a.seed)
        c.ok(secs < 5 or a.count > 60, f"default sample generated in under 5 s ({secs:.2f} s)")
        f1, f2 = read_tree(t1), read_tree(t2)
        c.ok(list(f1) == list(f2), "both runs write the same file names")
        diff = [n for n in f1 if f1.get(n) != f2.get(n)]
        c.ok(not diff, f"both runs are byte-identical ({len(diff)} files differ)")
        c.ok(len(f1) == a.count + 1, f"{a.count} documents plus MANIFEST.tsv written")
        grades, rows = check_manifest(c, t1, f1)
        if a.count >= 40:
            c.ok(grades.count("inadequate") >= 3, "several inadequate overall grades")
            c.ok(len({r[1] for r in rows}) == len(TYPES), "every document type present")
            total = sum(len(v) for v in f1.values())
            c.ok(1_000_000 <= total <= 3_000_000 or a.count != 60,
                 f"default sample is 1-3 MB ({total} bytes)")
    with tempfile.TemporaryDirectory() as t3:
        run(t3, a.count, a.seed + 1)
        c.ok(read_tree(t3).get("MANIFEST.tsv") != f1.get("MANIFEST.tsv"),
             "another seed gives a different corpus")
    print(f"{c.passed} passed, {c.failed} failed")
    return 0 if c.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
