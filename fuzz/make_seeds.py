#!/usr/bin/env python3
"""Builds the fuzzers' seed corpora into BUILD/fuzz-seeds/<target>/ at run time.

Report text is read from the shared corpus (../shared relative to the project) when it runs;
nothing from it is kept in the repository. Usage: make_seeds.py BUILD_DIR [SHARED_DIR]
"""
import csv
import pathlib
import subprocess
import sys

PROJECT = pathlib.Path(__file__).resolve().parent.parent
REPORTS = 30            # the smallest reports of the corpus
REPORT_BYTES = 8 * 1024  # each cut to this size: small seeds keep the fuzzers fast

HOST = "Host: 127.0.0.1:8080\r\n"
HTTP_REQUESTS = [
    "GET /api/search?q=strategy+discussions+police HTTP/1.1\r\n" + HOST + "\r\n",
    "GET /api/search?q=%22return+home+interviews%22&authority=Brent&year=2012..&limit=5 HTTP/1.1\r\n" + HOST + "\r\n",
    "GET /api/search?q=caseloads&grade=good&section=help_and_protection&per_report=1&offset=0 HTTP/1.1\r\n" + HOST + "\r\n",
    "GET /api/search.csv?q=police+NEAR%2F3+attendance&type=inspection_report HTTP/1.1\r\n" + HOST + "\r\n",
    "HEAD /api/search?q=MASH+OR+%22front+door%22 HTTP/1.1\r\n" + HOST + "\r\n",
    "GET /api/reports/brent2012 HTTP/1.1\r\n" + HOST + "\r\n",
    "GET /api/reports/brent2012/paragraphs/1?context=2 HTTP/1.1\r\n" + HOST + "\r\n",
    "GET /api/facets HTTP/1.1\r\n" + HOST + "\r\n",
    "GET /healthz HTTP/1.1\r\n" + HOST + "Connection: keep-alive\r\n\r\nGET /metrics HTTP/1.1\r\n" + HOST + "\r\n",
    "GET / HTTP/1.1\r\n" + HOST + "Range: bytes=0-1,0-2\r\n\r\n",
    "GET /api/search?q=%FF%FE%ED%A0%80 HTTP/1.1\r\n" + HOST + "\r\n",
    "GET /api/search?q=x%0d%0aSet-Cookie:x HTTP/1.1\r\n" + HOST + "\r\n",
    "GET /api/search?q=a&limit=100000&offset=1000000 HTTP/1.1\r\n" + HOST + "\r\n",
    "POST /api/search HTTP/1.1\r\n" + HOST + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    "POST /api/search HTTP/1.1\r\n" + HOST + "Transfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n0\r\n\r\n",
    "GET /api/search?q=x HTTP/1.1\r\n" + HOST + "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab",
    "GET /api/search?q=x HTTP/1.1\r\nHost: evil.example:8080\r\n\r\n",
    "GET /api/search?q=x HTTP/1.1\r\n\r\n",
    "GET /\n\n",
    "BREW /pot HTTP/1.1\r\n" + HOST + "\r\n",
    "GET http://127.0.0.1:8080/api/facets HTTP/1.1\r\n" + HOST + "\r\n",
    "GET /api/reports/%zz HTTP/1.1\r\n" + HOST + "\r\n",
]

HAND_QUERIES = [
    'strategy discussions police attendance', '"return home interviews"', '\u201creturn home\u201d',
    'caseloads AND supervision', 'MASH OR "front door"', 'adoption NOT delay', 'adoption -delay +police',
    'police NEAR strategy', 'police NEAR/3 attendance', 'authority:Brent', 'authority:"Royal Borough of Greenwich"',
    'authority:E09000011', 'year:2015..', 'year:..2014', 'date:2015-10-01..', 'grade:"requires improvement"',
    'section:recommendations', 'type:focused_visit', 'framework:ilacs', '((CSE OR LADO) AND (s47 -IRO))',
    'multi-agency', 'children\u2019s', '\u0130stanbul stra\u00dfe \uff21\uff22\uff23\uff11\uff12\uff13 \ufb01le',
]

TEXT_HAZARDS = [
    "\u0130stanbul stra\u00dfe \uff21\uff22\uff23\uff11\uff12\uff13 \ufb01le multi-agency children\u2019s",
    "\ufdfa" * 200, "a" + "\u0301" * 300, "x\u200d" * 300, "9" * 400, "https://example.org/" + "a/" * 200,
]
INVALID_UTF8 = [b"\xc0\xaf \xed\xa0\x80 \xff caseloads \xe2\x82", b"ok \xf4\x90\x80\x80 \xc2"]


def write(folder, name, data):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def report_seeds(out, shared):
    files = sorted((shared / "corpus" / "ofsted").glob("*.txt"), key=lambda p: p.stat().st_size)[:REPORTS]
    if not files:
        sys.exit(f"make_seeds: no reports in {shared / 'corpus' / 'ofsted'}")
    for i, f in enumerate(files):
        data = f.read_bytes()[:REPORT_BYTES]
        write(out / "parser", f"report{i:02d}.txt", data)
        write(out / "analyzer", f"para{i:02d}.txt", data[:1024])
    text = files[0].read_bytes()[:2048].decode("utf-8", "replace")
    write(out / "parser", "cp1252.txt", text.encode("cp1252", "replace") + b" caf\xe9 \x93quoted\x94")
    write(out / "parser", "utf16le.txt", b"\xff\xfe" + text.encode("utf-16-le"))
    write(out / "parser", "utf16be.txt", b"\xfe\xff" + text.encode("utf-16-be"))
    write(out / "parser", "page.html", "<html><body><h1>Findings</h1><p>" + text[:800].replace("&", "&amp;")
          + "</p><script>x()</script><p>1. Police &amp; partners</p></body></html>")
    for i, t in enumerate(TEXT_HAZARDS):
        write(out / "analyzer", f"hazard{i}.txt", t)
    for i, b in enumerate(INVALID_UTF8):
        write(out / "analyzer", f"invalid{i}.txt", b)
        write(out / "parser", f"invalid{i}.txt", b)
        write(out / "query", f"invalid{i}.txt", b)


def query_seeds(out, shared):
    queries = list(HAND_QUERIES)
    for tsv in sorted((shared / "eval").glob("*queries*.tsv")):
        with tsv.open(encoding="utf-8") as f:
            queries += [row["query"] for row in csv.DictReader(f, delimiter="\t") if row.get("query")]
    for i, q in enumerate(queries):
        write(out / "query", f"q{i:03d}.txt", q)


PDF_FILES = 5  # the smallest PDFs of the corpus


def pdf_seeds(out, shared):
    pdfs = sorted((shared / "corpus" / "pdf").glob("*.pdf"), key=lambda p: p.stat().st_size)[:PDF_FILES]
    for i, f in enumerate(pdfs):
        write(out / "pdf", f"report{i}.pdf", f.read_bytes())
    # A one-page PDF small enough for the fuzzer to mutate its structure quickly.
    content = b"BT /F1 11 Tf 72 770 Td (Inspectors saw strategy discussions.) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
               b" /Contents 5 0 R >>", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)]
    pdf, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (i, obj)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    write(out / "pdf", "tiny.pdf", pdf)


def docx_seeds(out):
    folder = out / "docx"
    subprocess.run([sys.executable, str(PROJECT / "tests" / "support" / "make_docx.py"), str(folder)], check=True)
    (folder / "bomb.docx").unlink()  # 100 MB inflated: refused at once, but no use as a seed


def facet_seed(out, build):
    tool = build / "fuzz" / "make_facet_seed"
    (out / "facet_bitmaps").mkdir(parents=True, exist_ok=True)
    subprocess.run([str(tool), str(out / "facet_bitmaps" / "valid.asfb")], check=True)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    build = pathlib.Path(sys.argv[1]).resolve()
    shared = pathlib.Path(sys.argv[2]) if len(sys.argv) == 3 else PROJECT.parent / "shared"
    out = build / "fuzz-seeds"
    report_seeds(out, shared)
    query_seeds(out, shared)
    for i, req in enumerate(HTTP_REQUESTS):
        write(out / "http", f"req{i:02d}.http", req)
    facet_seed(out, build)
    pdf_seeds(out, shared)
    docx_seeds(out)
    for target in sorted(p.name for p in out.iterdir()):
        print(f"{target}: {len(list((out / target).iterdir()))} seeds")


if __name__ == "__main__":
    main()
