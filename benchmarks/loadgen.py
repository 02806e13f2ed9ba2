"""The benchmark's HTTP side: gunicorn started and stopped by its pid, a thread-pool load generator, and the
server's CPU time read from /proc (utime + stime of the master and its workers), which stays steady on a
machine shared with other work where requests per second do not."""

import http.client
import os
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
CSRF = "benchmarkcsrfsecret0000000000000"  # 32 characters: the cookie and the header carry the same secret


class Server:
    """gunicorn serving academy.wsgi with the benchmark settings; `workers` sync workers."""

    def __init__(self, *, port, workers, env):
        self.port, self.workers = port, workers
        command = [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "academy.wsgi",
            f"--workers={workers}",
            "--worker-class=sync",
            f"--bind=127.0.0.1:{port}",
            "--backlog=2048",
            "--timeout=60",
            "--log-level=warning",
        ]
        self.process = subprocess.Popen(command, cwd=ROOT, env=env)
        self.wait_ready()

    def wait_ready(self, seconds=60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}")
            try:
                if request(self.port, "GET", "/bench/bare/").status == 302 and len(self.worker_pids()) == self.workers:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError("gunicorn did not start")

    def worker_pids(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        return [int(pid) for pid in children]

    def cpu_seconds(self):
        """CPU time (user + system) used so far by the master and every worker."""
        total = 0
        for pid in [self.process.pid, *self.worker_pids()]:
            try:
                stat = Path(f"/proc/{pid}/stat").read_text()
            except FileNotFoundError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
        return total / CLOCK_TICKS

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@dataclass
class Response:
    status: int
    location: str
    body: bytes
    seconds: float


def request(port, method, path, *, session=None, form=None):
    """One request on a fresh connection (gunicorn's sync workers close each one), as a browser would send it."""
    headers = {"Host": "127.0.0.1", "Cookie": f"csrftoken={CSRF}" + (f"; sessionid={session}" if session else "")}
    body = None
    if form is not None:
        body = urlencode(form, doseq=True)
        headers.update({"Content-Type": "application/x-www-form-urlencoded", "X-CSRFToken": CSRF})
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read()
    finally:
        connection.close()
    return Response(response.status, response.getheader("Location") or "", content, time.perf_counter() - started)


@dataclass
class LoadResult:
    requests: int
    errors: int
    seconds: float
    cpu_seconds: float

    @property
    def rps(self):
        return self.requests / self.seconds

    @property
    def cpu_ms(self):
        return 1000 * self.cpu_seconds / max(self.requests, 1)


def hammer(server, path, *, session, expect, seconds, threads=8):
    """As many GETs of `path` as `threads` clients manage in `seconds`; the server's CPU time over them."""
    for _ in range(4 * server.workers):  # every worker has served this page before the clock starts
        request(server.port, "GET", path, session=session)
    counts, errors = [0] * threads, [0] * threads
    cpu_before, started = server.cpu_seconds(), time.perf_counter()
    stop_at = started + seconds

    def client(index):
        while time.perf_counter() < stop_at:
            try:
                ok = request(server.port, "GET", path, session=session).status == expect
            except OSError:
                ok = False
            counts[index] += 1
            errors[index] += not ok

    pool = [threading.Thread(target=client, args=(i,)) for i in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    elapsed = time.perf_counter() - started
    return LoadResult(sum(counts), sum(errors), elapsed, server.cpu_seconds() - cpu_before)


def simultaneous(server, calls):
    """Send every (method, path, session, form) call at the same moment; their responses (or errors) and times."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def client(index, call):
        method, path, session, form = call
        barrier.wait()
        started = time.perf_counter()
        try:
            results[index] = request(server.port, method, path, session=session, form=form)
        except OSError as error:
            results[index] = Response(0, str(error), b"", time.perf_counter() - started)

    pool = [threading.Thread(target=client, args=(i, call)) for i, call in enumerate(calls)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return results


def paced(server, calls, *, per_second):
    """Send the calls at a steady `per_second`, each on its own thread, whatever the earlier ones take."""
    results = [None] * len(calls)
    started = time.perf_counter()

    def client(index, call):
        method, path, session, form = call
        try:
            results[index] = request(server.port, method, path, session=session, form=form)
        except OSError as error:
            results[index] = Response(0, str(error), b"", 0.0)

    pool = []
    for index, call in enumerate(calls):
        time.sleep(max(0.0, started + index / per_second - time.perf_counter()))
        thread = threading.Thread(target=client, args=(index, call))
        thread.start()
        pool.append(thread)
    for thread in pool:
        thread.join()
    return results


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]
