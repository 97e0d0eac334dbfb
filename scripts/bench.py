#!/usr/bin/env python3
"""`make bench`: times release builds of synthetic sites and prints Markdown tables.

For each size (1,000 and 10,000 incidents; 100,000 too with BENCH_LARGE=1) it reports the full build's median
wall time over BENCH_RUNS runs (default 5), its CPU time and peak memory (from wait4's rusage), the parse and
render phases' CPU time (from --timings, building into RAM), the pages, files
and bytes written, the median time (over BENCH_EDITS edits, default 15) of two one-incident edits rebuilt by `statusmark serve`'s incremental path (as
the server logs it: a word changed in an old incident, and an update added to an ongoing one), and the floor: Debian's `cmark` rendering the same Markdown bodies alone.
A second table gives the phases' CPU time with the build pinned to one core, and the kernel's CPU time to write the
same files alone: the floor under the render phase, which writes each page as it renders it.
At 10,000 incidents the preview is also measured on a second shape of site (flat_sample): the same two edits, the
time from a save to the reload event at a connected event-stream client, and an idle server's CPU. The full build is
timed twice: into .build/bench/ on disk, and into a RAM-backed folder (/dev/shm) where there is one.
Benchmarks are not tests: nothing here fails on a number.
"""

import os
import pathlib
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
BINARY = ROOT / ".build" / "release" / "statusmark"
WORK = ROOT / ".build" / "bench"
NOW = "2025-09-19T14:00:00Z"
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
# The preview's rebuilds take tens of milliseconds, which this machine's neighbours move by a third from one edit
# to the next: their median is taken over more edits than the builds'.
EDITS = int(os.environ.get("BENCH_EDITS", "15"))


def timed(command, **kwargs):
    """Runs a command; returns (wall seconds, CPU seconds, peak RSS in MB, stdout, stderr)."""
    # Output goes to files, not pipes: a pipe nobody reads until the end would block cmark's megabytes of HTML.
    with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr, text=True, **kwargs)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        stdout.seek(0)
        stderr.seek(0)
        out = stdout.read(65536)
        err = stderr.read(65536)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {' '.join(map(str, command))} failed:\n{out}{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out, err


def sample(count):
    site = WORK / f"site-{count}"
    if not (site / "statusmark.yml").exists():
        shutil.rmtree(site, ignore_errors=True)
        subprocess.run([BINARY, "sample", "--incidents", str(count), "--seed", "1", "--output", site], check=True,
                       stdout=subprocess.DEVNULL)
    return site


LONG_PARAGRAPH = ("Engineers traced the errors to a saturated connection pool in the primary region. Requests that "
                  "reached the pool after its limit waited for a free connection and timed out, so clients retried. ")


def flat_sample(count):
    """The other shape the preview is measured on, as a new user's site looks: 5 components, every incident file
    in incidents/ itself, about 1.5 KB more Markdown in each incident's last update, a time zone with summer time,
    and the sample's ongoing incidents."""
    site = WORK / f"flat-{count}"
    if not (site / "statusmark.yml").exists():
        shutil.rmtree(site, ignore_errors=True)
        subprocess.run([BINARY, "sample", "--incidents", str(count), "--components", "5", "--seed", "7",
                        "--output", site], check=True, stdout=subprocess.DEVNULL)
        config = site / "statusmark.yml"
        config.write_text(config.read_text().replace("time_zone: UTC", "time_zone: Europe/Berlin"))
        extra = "\n" + "\n\n".join(LONG_PARAGRAPH * 3 for _ in range(3)) + "\n"
        for path in sorted((site / "incidents").rglob("*.md")):
            text = path.read_text()
            path.unlink()
            (site / "incidents" / path.name).write_text(text + extra)
        for folder in (site / "incidents").iterdir():
            if folder.is_dir():
                folder.rmdir()
    return site


def full_build(site, count):
    output = WORK / f"out-{count}"
    runs = [timed([BINARY, "build", "--site", site, "--now", NOW, "--output", output, "--force"]) for _ in range(RUNS)]
    walls = [run[0] for run in runs]
    line = runs[-1][3]
    pages, files = map(int, re.search(r"(\d+) pages \((\d+) files\)", line).groups())
    size = sum(path.stat().st_size for path in output.rglob("*") if path.is_file())
    one_core = memory_build(site, count, one_core=True)
    return {
        "wall": statistics.median(walls), "cpu": statistics.median(run[1] for run in runs),
        "rss": max(run[2] for run in runs), "pages": pages, "files": files, "bytes": size,
        **memory_build(site, count),
        "parse_one_core": one_core["parse_cpu"], "render_one_core": one_core["render_cpu"],
        "write_floor": write_floor(output),
    }


def ram_folder():
    """/dev/shm when this machine has one to write into, else None."""
    shm = pathlib.Path("/dev/shm")
    return shm if shm.is_dir() and os.access(shm, os.W_OK) else None


def memory_build(site, count, one_core=False):
    """The same build into a RAM-backed folder (/dev/shm), when there is one: what the build itself costs,
    without the disk, whose time to create ten thousand folders and files varies several-fold between runs.
    Each run goes into an empty folder. With --timings, it also gives the parse and render phases' CPU time.
    `one_core` pins the build to one core (Linux), for its CPU time without the other core's work beside it."""
    shm = ram_folder()
    if shm is None or (one_core and not hasattr(os, "sched_setaffinity")):
        return {"memory_wall": None, "parse_cpu": None, "render_cpu": None}
    pin = {"preexec_fn": lambda: os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})} if one_core else {}
    runs = []
    for _ in range(RUNS):
        output = pathlib.Path(tempfile.mkdtemp(prefix=f"statusmark-bench-{count}-", dir=shm)) / "public"
        try:
            runs.append(timed([BINARY, "build", "--site", site, "--now", NOW, "--output", output, "--timings"], **pin))
        finally:
            shutil.rmtree(output.parent, ignore_errors=True)

    def phase_cpu(phase):
        found = [re.search(rf"timings: {phase} +[\d.]+ ms +([\d.]+) ms CPU", run[4]) for run in runs]
        return statistics.median(float(match.group(1)) / 1000 for match in found if match)

    return {"memory_wall": statistics.median(run[0] for run in runs), "parse_cpu": phase_cpu("parse"),
            "render_cpu": phase_cpu("render")}


def write_floor(output):
    """The kernel's CPU time to create a build's folders and files with their bytes in a RAM-backed folder, the
    files read into memory first: the part of the render phase no renderer can take away. Median over RUNS;
    only system time is counted, so Python's own cost per file is left out."""
    shm = ram_folder()
    if shm is None:
        return None
    folders = sorted(path.relative_to(output) for path in output.rglob("*") if path.is_dir())
    files = [(path.relative_to(output), path.read_bytes()) for path in sorted(output.rglob("*")) if path.is_file()]
    times = []
    for _ in range(RUNS):
        root = pathlib.Path(tempfile.mkdtemp(prefix="statusmark-bench-write-", dir=shm))
        try:
            before = resource.getrusage(resource.RUSAGE_SELF).ru_stime
            for folder in folders:
                os.mkdir(root / folder)
            for path, data in files:
                descriptor = os.open(root / path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
                os.write(descriptor, data)
                os.close(descriptor)
            times.append(resource.getrusage(resource.RUSAGE_SELF).ru_stime - before)
        finally:
            shutil.rmtree(root, ignore_errors=True)
    return statistics.median(times)


def incremental(site, target, edit):
    """Median of the server's own rebuild time after editing one incident file, over EDITS edits: every other
    edit applies `edit` to the file's text, the others put the text back."""
    server = subprocess.Popen([BINARY, "serve", "--site", site, "--port", "0", "--now", NOW],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    original = target.read_text()
    try:
        for line in server.stdout:
            if line.startswith("serve: http"):
                break
        times = []
        for run in range(EDITS):
            target.write_text(edit(original) if run % 2 == 0 else original)
            for line in server.stdout:
                if "failed" in line:
                    sys.exit(f"bench: the rebuild after editing {target} failed: {line.strip()}")
                found = re.match(r"serve: built after .* in (\d+) ms", line)
                if found:
                    times.append(int(found.group(1)) / 1000)
                    break
        return statistics.median(times)
    finally:
        target.write_text(original)
        server.terminate()
        server.wait(timeout=30)


class Preview:
    """`statusmark serve` on a free port, with an event-stream client connected as an open page is."""

    def __init__(self, site):
        self.server = subprocess.Popen([BINARY, "serve", "--site", site, "--port", "0", "--now", NOW],
                                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for line in self.server.stdout:
            found = re.match(r"serve: http://([^:/]+):(\d+)/", line)
            if found:
                self.port = int(found.group(2))
                break
        self.events = socket.create_connection(("127.0.0.1", self.port))
        self.events.sendall(b"GET /_statusmark/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        self.seen = b""
        while b": connected" not in self.seen:
            self.seen += self.events.recv(65536)

    def wait_for_reload(self):
        before = self.seen.count(b"event: reload")
        while self.seen.count(b"event: reload") == before:
            chunk = self.events.recv(65536)
            if not chunk:
                sys.exit("bench: the preview's event stream closed")
            self.seen += chunk

    def close(self):
        self.events.close()
        self.server.terminate()
        self.server.wait(timeout=30)


def save_to_reload(site):
    """Median time from writing an incident file to the reload event arriving at a connected client, over EDITS
    saves: the debounce, the rebuild and the event together, as a writer previewing a postmortem
    waits."""
    files = sorted((site / "incidents").rglob("*.md"))
    target = files[len(files) // 3]
    original = target.read_text()
    preview = Preview(site)
    try:
        times = []
        for run in range(EDITS):
            started = time.perf_counter()
            target.write_text(original + "One more line.\n" if run % 2 == 0 else original)
            preview.wait_for_reload()
            times.append(time.perf_counter() - started)
        return statistics.median(times)
    finally:
        target.write_text(original)
        preview.close()


def idle_cpu(site, seconds=10):
    """The share of one core an idle `statusmark serve` uses, over `seconds` with a page connected."""
    preview = Preview(site)
    try:
        time.sleep(1)
        def used():
            fields = pathlib.Path(f"/proc/{preview.server.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        before = used()
        time.sleep(seconds)
        return (used() - before) / seconds
    finally:
        preview.close()


def typo_fix(site):
    """The incident in the middle of the list, with a word changed: no list shows it."""
    files = sorted((site / "incidents").rglob("*.md"))
    return incremental(site, files[len(files) // 2],
                       lambda text: text.replace("We are", "We were", 1) if "We are" in text else text + "\n")


def new_update(site):
    """The newest ongoing incident, with an update added, as the on-call engineer posts one: its page, the home
    page, the first history page, its components' first pages, the feeds and the API change."""
    def ongoing(path):
        text = path.read_text()
        return "kind: maintenance" not in text and "## Resolved" not in text
    target = max(path for path in (site / "incidents").rglob("*.md") if ongoing(path))
    return incremental(site, target,
                       lambda text: text + "\n## Monitoring — 2025-09-19 13:59 UTC\nA fix is rolling out.\n")


def cmark_floor(site, count):
    bodies = WORK / f"bodies-{count}.md"
    with bodies.open("w") as out:
        for path in sorted((site / "incidents").rglob("*.md")):
            text = path.read_text()
            out.write(text.split("\n---\n", 1)[1] if "\n---\n" in text else text)
            out.write("\n")
    return statistics.median(timed(["cmark", bodies])[0] for _ in range(RUNS))


def main():
    if shutil.which("cmark") is None:
        sys.exit("bench: the cmark command is missing; run scripts/install-deps --bench")
    WORK.mkdir(parents=True, exist_ok=True)
    sizes = [1000, 10000] + ([100000] if os.environ.get("BENCH_LARGE") else [])
    rows = []
    previews = []
    for count in sizes:
        site = sample(count)
        build = full_build(site, count)
        floor = cmark_floor(site, count)
        os.sync()
        edits = (typo_fix(site), new_update(site))
        rows.append((count, build, edits, floor))
        if count == 10000:
            # The full builds leave tens of megabytes for the disk to write back; the preview is timed once
            # they are written, so that it does not wait on their I/O.
            os.sync()
            time.sleep(2)
            for shape, shaped in (("sample", site), ("flat, 5 components, long bodies", flat_sample(count))):
                previews.append((shape, typo_fix(shaped), new_update(shaped), save_to_reload(shaped),
                                 idle_cpu(shaped)))
        print(f"bench: {count} incidents done", file=sys.stderr)
    print(f"Release build, median of {RUNS} runs, on {os.cpu_count()} cores ({platform_name()}).\n")
    print("| incidents | full build (wall) | to RAM (wall) | parse (CPU) | render (CPU) | CPU | peak memory | pages "
          "| files | written | one-incident edit (serve) | new update (serve) | cmark alone | build / cmark |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for count, build, edits, floor in rows:
        memory = f"{seconds(build['memory_wall'])} | {seconds(build['parse_cpu'])} | {seconds(build['render_cpu'])}"
        print(f"| {count:,} | {build['wall']:.2f} s | {memory} | {build['cpu']:.2f} s | {build['rss']:.0f} MB "
              f"| {build['pages']:,} | {build['files']:,} | {build['bytes'] / 1e6:.1f} MB | {edits[0] * 1000:.0f} ms "
              f"| {edits[1] * 1000:.0f} ms "
              f"| {floor * 1000:.0f} ms | {build['wall'] / floor:.0f}× |")
    print("\nThe same builds into RAM pinned to one core, and the kernel's CPU time to write their files alone"
          " (system time, the files read into memory first).\n")
    print("| incidents | parse (CPU, one core) | render (CPU, one core) | writing the files alone (CPU) |")
    print("| ---: | ---: | ---: | ---: |")
    for count, build, edits, floor in rows:
        print(f"| {count:,} | {seconds(build['parse_one_core'])} | {seconds(build['render_one_core'])} "
              f"| {seconds(build['write_floor'])} |")
    if previews:
        print(f"\nThe preview (`statusmark serve`) at 10,000 incidents, median of {EDITS} edits: the rebuild as the server"
              " logs it, the time from a file's save to the reload event at a connected client, and an idle server's CPU.\n")
        print("| site | a word changed (rebuild) | an update added (rebuild) | save to reload event | idle CPU |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for shape, typo, update, reload, idle in previews:
            print(f"| {shape} | {typo * 1000:.0f} ms | {update * 1000:.0f} ms | {reload * 1000:.0f} ms "
                  f"| {idle * 100:.1f} % of a core |")


def seconds(value):
    return f"{value:.2f} s" if value is not None else "n/a"


def platform_name():
    try:
        model = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        model = "unknown CPU"
    return model


if __name__ == "__main__":
    main()
