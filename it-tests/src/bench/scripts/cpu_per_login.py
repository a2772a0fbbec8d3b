#!/usr/bin/env python3
"""CPU per smartcard login (issue #14), against one node or the cluster behind HAProxy.

Runs `accedi` with a card as LoadBenchmark's smartcard-login scenario does - a new TLS connection
per login (full handshake with the client certificate), GET the page, POST the form, expect the
redirect to the personal area - and reads the CPU time (user + system, from /proc) the server
processes used meanwhile. CPU time, not wall time: on a machine shared with other work a
throughput figure says more about the neighbours than about the server; CPU seconds per login is
what sizing needs (logins per second per core). The client's own CPU is not counted.

  cpu_per_login.py --url https://localhost:8444 --cert card.crt.pem --key card.key.pem \
      --ca server-ca.crt.pem --logins 300 --threads 4 --pid 1234 --pid 5678 [--bind]

--bind binds the card first (primo accesso), for a card not yet bound. One card: keep --threads 1
(simultaneous logins of one card refuse each other; CPU per login does not need concurrency). --pid: the WildFly JVMs and
HAProxy (repeatable). Prints one line per process and the total, in CPU milliseconds per login.
"""
import argparse
import http.client
import re
import ssl
import sys
import threading
import time
import urllib.parse

VIEW_STATE = re.compile(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"')


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    # after the command: state is field 3; utime 14, stime 15 (1-based) -> index 11, 12 here
    return int(fields[11]) + int(fields[12])


def descendants_and_self(pid):
    pids = [pid]
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            for child in f.read().split():
                pids.extend(descendants_and_self(int(child)))
    except FileNotFoundError:
        pass
    return pids


class Client:
    def __init__(self, url, cert, key, ca):
        u = urllib.parse.urlsplit(url)
        self.host, self.port = u.hostname, u.port or 443
        self.origin = f"https://{u.hostname}:{self.port}"
        self.ctx = ssl.create_default_context(cafile=ca)
        self.ctx.load_cert_chain(cert, key)
        # No session tickets reused across logins: every login pays the full handshake.
        self.ctx.options |= ssl.OP_NO_TICKET

    def form_post(self, path, form_id, button):
        c = http.client.HTTPSConnection(self.host, self.port, context=self.ctx, timeout=60)
        try:
            c.request("GET", path, headers={"Accept": "text/html"})
            r = c.getresponse()
            html = r.read().decode("utf-8", "replace")
            if r.status != 200:
                raise RuntimeError(f"GET {path}: {r.status}")
            cookie = r.getheader("Set-Cookie")
            action = re.search(r'<form id="' + re.escape(form_id) + r'"[^>]*action="([^"]*)"', html)
            value = re.search(r'name="' + re.escape(button) + r'"[^>]*value="([^"]*)"', html)
            view = VIEW_STATE.search(html)
            if not (action and value and view):
                raise RuntimeError(f"no form {form_id} on {path}")
            body = urllib.parse.urlencode(
                {form_id: form_id, button: value.group(1), "jakarta.faces.ViewState": view.group(1)}
            )
            headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": self.origin,
                "Accept": "text/html",
            }
            if cookie:
                headers["Cookie"] = cookie.split(";", 1)[0]
            c.request("POST", action.group(1).replace("&amp;", "&"), body=body, headers=headers)
            r = c.getresponse()
            answer = r.read().decode("utf-8", "replace")
            problem = re.search(r'id="problem"[^>]*data-code="([^"]*)"', answer)
            return r.status, r.getheader("Location") or (problem.group(1) if problem else None)
        finally:
            c.close()

    def login(self):
        status, location = self.form_post("/smartcard/accedi.xhtml", "accedi-form", "accedi-form:accedi")
        if status != 302 or not location or "/area/index.xhtml" not in location:
            raise RuntimeError(f"login did not open the area: {status} {location}")


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--url", required=True)
    a.add_argument("--cert", required=True)
    a.add_argument("--key", required=True)
    a.add_argument("--ca", required=True)
    a.add_argument("--logins", type=int, default=300)
    a.add_argument("--warmup", type=int, default=50)
    a.add_argument("--threads", type=int, default=1)
    a.add_argument("--pid", type=int, action="append", default=[])
    a.add_argument("--bind", action="store_true")
    args = a.parse_args()
    client = Client(args.url, args.cert, args.key, args.ca)
    if args.bind:
        status, _ = client.form_post("/smartcard/primo-accesso.xhtml", "bind-form", "bind-form:bind")
        print(f"bind: HTTP {status}")
    for _ in range(args.warmup):
        client.login()

    groups = {pid: descendants_and_self(pid) for pid in args.pid}
    before = {pid: sum(cpu_ticks(p) for p in ps) for pid, ps in groups.items()}
    errors = []
    counter = iter(range(args.logins))
    lock = threading.Lock()

    def worker():
        while True:
            with lock:
                if next(counter, None) is None:
                    return
            try:
                client.login()
            except Exception as e:  # noqa: BLE001 - counted and reported
                errors.append(str(e))

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(args.threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - started
    after = {pid: sum(cpu_ticks(p) for p in ps) for pid, ps in groups.items()}
    hz = 100  # USER_HZ on Linux
    done = args.logins - len(errors)
    total = 0.0
    for pid in args.pid:
        ms = (after[pid] - before[pid]) * 1000 / hz
        total += ms
        print(f"pid {pid}: {ms / max(done, 1):.1f} CPU ms per login")
    print(f"total: {total / max(done, 1):.1f} CPU ms per login over {done} logins "
          f"({len(errors)} failed), {args.threads} threads, {wall:.1f} s wall")
    if errors:
        print("first error:", errors[0], file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
