#!/usr/bin/env python3
"""Drives the assayd search page in Debian's headless Chromium over the DevTools protocol.

Types a query, clicks a facet and checks the hits narrow, opens a paragraph's context, checks
that report text carrying script and onerror payloads stays inert text, that a PDF hit links
to its page of the PDF, and saves screenshots. Python standard library only (a minimal WebSocket client below).

usage: page_test.py --url http://127.0.0.1:PORT/ --screenshot OUT.png [--chromium PATH]
Exit status 0 when every check passes; each failure is printed.
"""
import argparse
import base64
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

TIMEOUT = 15.0


class WebSocket:
    """Just enough of RFC 6455 for a DevTools client: text frames, client-side masking."""

    def __init__(self, url):
        u = urllib.parse.urlparse(url)
        self.sock = socket.create_connection((u.hostname, u.port), timeout=TIMEOUT)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {u.path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise RuntimeError("DevTools closed the connection during the handshake")
            head += chunk
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise RuntimeError("DevTools refused the WebSocket: " + head.decode(errors="replace"))
        self.buffer = head.split(b"\r\n\r\n", 1)[1]

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise RuntimeError("DevTools connection closed")
            self.buffer += chunk
        out, self.buffer = self.buffer[:n], self.buffer[n:]
        return out

    def send(self, text):
        data = text.encode()
        header = bytes([0x81])
        if len(data) < 126:
            header += bytes([0x80 | len(data)])
        elif len(data) < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(data))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(data))
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def recv(self):
        message = b""
        while True:
            b0, b1 = self._read(2)
            length = b1 & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(length)
            opcode = b0 & 0x0F
            if opcode == 0x8:
                raise RuntimeError("DevTools closed the WebSocket")
            if opcode in (0x9, 0xA):  # ping/pong: not used by DevTools in practice
                continue
            message += payload
            if b0 & 0x80:
                return message.decode()


class Browser:
    def __init__(self, chromium):
        self.profile = tempfile.mkdtemp(prefix="assay-chromium-")
        self.proc = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--user-data-dir=" + self.profile, "--remote-debugging-port=0", "--window-size=1280,1000",
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        port = self._devtools_port()
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=TIMEOUT))
        page = next(t for t in targets if t["type"] == "page")
        self.ws = WebSocket(page["webSocketDebuggerUrl"])
        self.next_id = 0
        self.call("Page.enable")
        self.call("Runtime.enable")

    def _devtools_port(self):
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            line = self.proc.stderr.readline()
            m = re.search(r"DevTools listening on ws://[^:]+:(\d+)/", line)
            if m:
                return int(m.group(1))
            if not line and self.proc.poll() is not None:
                break
        raise RuntimeError("Chromium did not start its DevTools endpoint")

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})

    def js(self, expression):
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError("script failed: " + json.dumps(r["exceptionDetails"])[:300])
        return r["result"].get("value")

    def wait_for(self, expression, what):
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            try:
                value = self.js(expression)
            except RuntimeError:  # the page is still loading: elements not there yet
                value = None
            if value:
                return value
            time.sleep(0.05)
        raise RuntimeError("timed out waiting for " + what)

    def click(self, selector):
        box = self.js(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); if (!e) return null;"
                      " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                      " return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        if not box:
            raise RuntimeError("nothing to click at " + selector)
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)

    def key(self, key, code, vk, text=""):
        self.call("Input.dispatchKeyEvent", type="keyDown", key=key, code=code, windowsVirtualKeyCode=vk, text=text)
        self.call("Input.dispatchKeyEvent", type="keyUp", key=key, code=code, windowsVirtualKeyCode=vk)

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


STATUS = "document.getElementById('status').textContent"
HITS = "document.querySelectorAll('#groups .hit').length"


def total(b):
    m = re.match(r"([\d,]+) paragraphs match", b.js(STATUS))
    return int(m.group(1).replace(",", "")) if m else None


def check(failures, ok, message):
    print(("ok   " if ok else "FAIL ") + message)
    if not ok:
        failures.append(message)


def run(b, base, shot, failures):
    b.call("Page.navigate", url=base)
    b.wait_for(f"{STATUS}.includes('paragraphs indexed')", "the start page")

    # Type a query the way a person does: "/" to focus the box, the words, Enter.
    b.key("/", "Slash", 191, "/")
    check(failures, b.js("document.activeElement.id") == "q", "'/' focuses the query box")
    b.call("Input.insertText", text="police")
    b.key("Enter", "Enter", 13, "\r")
    b.wait_for(f"/paragraphs match/.test({STATUS}) && {HITS} > 0", "hits for the typed query")
    before = total(b)
    check(failures, before == 4, f"typed query finds 4 paragraphs (found {before})")
    check(failures, "q=police" in b.js("location.search"), "the URL holds the query")
    check(failures, b.js("document.querySelectorAll('#groups mark').length") >= 4, "matches are highlighted")

    # Click a facet value: the hits narrow, the value shows as selected, the URL records it.
    b.click("button.facet-value[data-facet='authority'][data-value='Brent']")
    b.wait_for("location.search.includes('authority=Brent') && "
               f"/paragraphs match/.test({STATUS}) && !{STATUS}.startsWith('4 ')", "narrowed hits")
    after = total(b)
    check(failures, after == 2, f"clicking Brent narrows 4 -> 2 (got {after})")
    check(failures, b.js("document.querySelector(\"button.facet-value[data-value='Brent']\")"
                         ".getAttribute('aria-pressed')") == "true", "the clicked facet shows as selected")
    check(failures, b.js("[...document.querySelectorAll('#groups .group-title')].every(t => t.textContent.startsWith('Brent'))"),
          "every group is a Brent report")
    check(failures, b.js("document.querySelector('#histogram svg rect') !== null"), "the year histogram is drawn")
    check(failures, "authority=Brent" in b.js("document.getElementById('csv').getAttribute('href')"),
          "the CSV link carries the filters")

    # Show context: the neighbouring paragraphs appear around the hit.
    b.click("#groups .hit button")
    b.wait_for("document.querySelector('#groups .context .para.current') !== null", "the context paragraphs")
    check(failures, b.js("document.querySelectorAll('#groups .context .para').length") >= 2, "context shows neighbours")
    b.screenshot(shot)

    # Stored XSS: report text with <script>, onerror and a stray </mark> must stay text.
    b.call("Page.navigate", url=base + "?q=quokkaline")
    b.wait_for(f"{HITS} === 3", "the XSS report's hits")
    time.sleep(0.3)
    check(failures, b.js("window.__xss === undefined"), "no payload script ran")
    check(failures, b.js("document.querySelectorAll('#groups img, #groups script').length") == 0,
          "no img or script element came from report text")
    check(failures, b.js("document.getElementById('groups').textContent.includes('<script>window.__xss=1</script>')"),
          "the payload is shown as text")
    check(failures, b.js("[...document.querySelectorAll('#groups .snippet *')].every(e => e.tagName === 'MARK')"),
          "the only markup in snippets is <mark>")
    b.screenshot(shot.replace(".png", "-xss.png"))

    # A hit from a PDF cites its page as a link that opens the PDF there, served by report id.
    b.call("Page.navigate", url=base + "?q=numbatwort")
    b.wait_for(f"{HITS} === 1", "the PDF report's hit")
    link = b.js("(() => { const a = document.querySelector('#groups .cite a');"
                " return a ? [a.textContent, a.getAttribute('href')] : null; })()")
    check(failures, link is not None and link[0] == "p. 2", f"the citation links 'p. 2' (got {link})")
    href = link[1] if link else ""
    check(failures, re.fullmatch(r"/api/reports/[0-9a-f]+/file#page=2", href or "") is not None,
          f"the link opens the report's PDF at page 2 (got {href})")
    if href:
        with urllib.request.urlopen(urllib.parse.urljoin(base, href.split("#")[0]), timeout=TIMEOUT) as res:
            check(failures, res.headers.get("Content-Type") == "application/pdf" and res.read(5) == b"%PDF-",
                  "the link serves the PDF")

    # Paging: 32 paragraphs in 8 reports, collapsed to 3 a report = 24 hits, 20 a page.
    b.call("Page.navigate", url=base + "?q=pagerwort")
    b.wait_for(f"{HITS} === 20", "the first page of hits")
    check(failures, b.js("document.getElementById('next').disabled === false"), "a full first page offers Next")
    b.click("#next")
    b.wait_for(f"location.search.includes('offset=20') && {HITS} === 4", "the second page")
    check(failures, "showing 21–24" in b.js(STATUS), "the second page shows hits 21-24")
    check(failures, b.js("document.getElementById('next').disabled"), "the last page offers no Next")
    b.js("history.back()")
    b.wait_for(f"!location.search.includes('offset') && {HITS} === 20", "Back to the first page")
    check(failures, True, "the browser's Back button returns to the first page")

    # The same search on a phone-sized screen.
    b.call("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=1, mobile=True)
    b.call("Page.navigate", url=base + "?q=strategy+discussions")
    b.wait_for(f"{HITS} > 0", "hits on the phone-sized page")
    check(failures, b.js("document.documentElement.scrollWidth <= window.innerWidth + 1"), "no sideways scrolling on a phone")
    b.screenshot(shot.replace(".png", "-phone.png"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--screenshot", required=True)
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    failures = []
    b = Browser(args.chromium)
    try:
        run(b, args.url, args.screenshot, failures)
    except Exception as e:  # a timeout or protocol error is a failure, reported plainly
        failures.append(str(e))
        print("FAIL " + str(e))
    finally:
        b.close()
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
