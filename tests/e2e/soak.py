"""Desks and desk-server as real processes under faults, then the checks.

    python -m tests.e2e.soak [--backend postgresql|sqlite] [--desks 3] [--ops 60]
                             [--seed 1] [--duration 0]     (or: make soak)

Each desk (tests/e2e/desk_worker.py) runs its own seeded script of offline
edits, notes, new tickets and syncs against a FaultProxy in front of one
desk-server process. Meanwhile faults come at random (seeded) moments:

- desk kill: kill -9 of a desk process, started again at once (it resumes
  from its database, outbox and keyring);
- server kill: kill -9 of desk-server, started again after a moment;
- partition: a desk's link cut for a while (open connections too);
- lost reply: the next replies to a desk are dropped after the server sent
  them (it has done the work; the desk cannot know).

Pull pages are tiny (1 to 5 rows) and pushes small batches. When every desk
has finished its script the faults stop, every link heals, and each desk
syncs until a whole pass over the desks moves nothing. Then tests/e2e/checks
compares every replica with the server. With ``--duration`` the run goes on
in laps of ``--ops`` more steps per desk until that many seconds have passed,
settling and checking after each lap.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from tests.e2e.checks import DeskRecord, Findings, check, sync_outcomes
from tests.e2e.desk_worker import Config
from tests.e2e.processes import FaultProxy, ServerProcess, free_port, prepare_directory
from tests.sync.harness import PASSWORD, throwaway_postgres

FAULT_KINDS = ("desk_kill", "server_kill", "partition", "lost_reply")
FAULT_WEIGHTS = (4, 1, 2, 3)
SETTLE_PASSES = 8
SETTLE_TIMEOUT_S = 180.0
FINISH_TIMEOUT_S = 180.0  # for the desks to finish their scripts once faults stop
MAX_DESK_CRASHES = 3  # exits the harness did not cause; more means a broken desk


@dataclass(frozen=True)
class SoakConfig:
    backend: str = "postgresql"
    desks: int = 3
    ops: int = 60  # script steps per desk (per lap)
    seed: int = 1
    duration_s: float = 0.0  # 0: one lap
    fault_mean_s: float = 1.5  # mean time between faults
    pace_s: float = 1.0  # the most a desk idles between steps


@dataclass
class SoakReport:
    config: SoakConfig
    faults: Counter[str] = field(default_factory=Counter)
    findings: Findings = field(default_factory=Findings)
    laps: list[Findings] = field(default_factory=list)
    sync_outcomes: Counter[str] = field(default_factory=Counter)
    desk_crashes: list[str] = field(default_factory=list)
    server_errors: int = 0  # tracebacks in the server's log
    elapsed_s: float = 0.0

    @property
    def clean(self) -> bool:
        worst = any(lap.failures for lap in self.laps)
        return not worst and not self.desk_crashes and self.server_errors == 0

    def figures(self) -> dict[str, int]:
        f = self.findings
        worst = {
            kind: max((getattr(lap, kind) for lap in self.laps), default=0)
            for kind in (
                "lost",
                "stuck",
                "doubled",
                "diverged",
                "not_latest",
                "conflicts_missed",
                "derived_broken",
            )
        }
        return {
            "ops": f.ops,
            **{k: self.faults[k] for k in FAULT_KINDS},
            **worst,
            "concurrent_pairs": f.concurrent_pairs,
            "server_conflicts": f.server_conflicts,
            "desk_crashes": len(self.desk_crashes),
            "server_errors": self.server_errors,
        }

    def summary(self) -> str:
        c = self.config
        head = (
            f"soak: {c.backend}, {c.desks} desks, {c.ops} steps per desk per lap,"
            f" seed {c.seed}, {len(self.laps)} lap(s), {self.elapsed_s:.0f} s"
        )
        figures = "\n".join(f"  {k:18} {v}" for k, v in self.figures().items())
        rounds = ", ".join(f"{k} {v}" for k, v in sorted(self.sync_outcomes.items()))
        lines = [head, figures, f"  sync rounds: {rounds}"]
        for lap_no, lap in enumerate(self.laps, 1):
            if lap.failures:
                lines.append(f"lap {lap_no}:\n{lap.explain()}")
        lines += [f"desk crash: {text}" for text in self.desk_crashes]
        return "\n".join(lines)


class DeskProcess:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.config_path = config.directory / "config.json"
        self.log_path = config.directory / "worker.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, config: Config | None = None) -> None:
        if config is not None:
            self.config = config
        self.config.save(self.config_path)
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.e2e.desk_worker", "run", str(self.config_path)],
                stdout=log,
                stderr=log,
            )

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    @property
    def finished(self) -> bool:
        return self.process is not None and self.process.poll() == 0

    @property
    def crashed(self) -> bool:
        return self.process is not None and self.process.poll() not in (None, 0)

    def kill(self) -> None:
        if self.running:
            assert self.process is not None
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def settle(self) -> dict[str, int | str]:
        done = subprocess.run(
            [sys.executable, "-m", "tests.e2e.desk_worker", "settle", str(self.config_path)],
            capture_output=True,
            text=True,
            timeout=SETTLE_TIMEOUT_S,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{self.config.name} could not settle:\n{done.stderr[-3000:]}")
        result: dict[str, int | str] = json.loads(done.stdout.strip().splitlines()[-1])
        return result

    def log_tail(self) -> str:
        return self.log_path.read_text("utf-8", errors="replace")[-2000:]

    def record(self) -> DeskRecord:
        return DeskRecord(self.config.name, self.config.db_path, self.config.events_path)


class Run:
    """One soak: the server, the proxies, the desks, and the faults among them."""

    def __init__(self, config: SoakConfig, work: Path, url: str) -> None:
        self.config, self.work, self.url = config, work, url
        self.rng = random.Random(config.seed)
        self.report = SoakReport(config)
        self.server = ServerProcess(url, free_port(), work / "server.log")
        self.proxies: list[FaultProxy] = []
        self.desks: list[DeskProcess] = []
        self.partitioned: list[tuple[float, FaultProxy]] = []  # (heal at, proxy)

    def setup(self) -> None:
        usernames = [f"agent{i + 1}" for i in range(self.config.desks)]
        prepare_directory(self.url, usernames)
        self.server.start()
        for i, username in enumerate(usernames):
            proxy = FaultProxy(self.server.port)
            directory = self.work / f"d{i + 1}"
            directory.mkdir()
            desk_config = Config(
                name=f"d{i + 1}",
                directory=directory,
                url=proxy.url,
                username=username,
                password=PASSWORD,
                station=str(i + 1),
                seed=self.config.seed,
                steps=0,
                pull_limit=self.rng.randint(1, 5),
                push_batch=self.rng.randint(1, 20),
                pace_s=self.config.pace_s,
            )
            self.proxies.append(proxy)
            self.desks.append(DeskProcess(desk_config))

    def close(self) -> None:
        for desk in self.desks:
            desk.kill()
        for proxy in self.proxies:
            proxy.close()
        self.server.stop()

    # -- a lap ------------------------------------------------------------------

    def lap(self) -> Findings:
        for desk in self.desks:
            desk.start(replace(desk.config, steps=desk.config.steps + self.config.ops))
        self.faults_until_scripts_end()
        self.heal()
        self.wait_for_scripts()
        self.settle()
        records = [desk.record() for desk in self.desks]
        findings = check(records, self.url)
        self.report.sync_outcomes = sync_outcomes(records)
        return findings

    def faults_until_scripts_end(self) -> None:
        started = time.monotonic()
        limit = max(60.0, 4.0 * self.config.ops * (self.config.pace_s + 0.5))
        while not all(d.finished for d in self.desks) and time.monotonic() - started < limit:
            self.idle(min(self.rng.expovariate(1 / self.config.fault_mean_s), 4.0))
            kind = self.rng.choices(FAULT_KINDS, FAULT_WEIGHTS)[0]
            busy = [i for i, d in enumerate(self.desks) if d.running]
            if kind != "server_kill" and not busy:
                continue
            if kind == "desk_kill":
                desk = self.desks[self.rng.choice(busy)]
                desk.kill()
                desk.start()
            elif kind == "server_kill":
                self.server.kill()
                self.idle(self.rng.uniform(0.2, 1.5))
                self.server.start()
            elif kind == "partition":
                proxy = self.proxies[self.rng.choice(busy)]
                proxy.partition()
                self.partitioned.append((time.monotonic() + self.rng.uniform(0.5, 3.0), proxy))
            else:
                self.proxies[self.rng.choice(busy)].lose_replies(self.rng.randint(1, 2))
            self.report.faults[kind] += 1

    def idle(self, seconds: float) -> None:
        """Wait, healing partitions that are due and restarting crashed desks."""
        until = time.monotonic() + seconds
        while True:
            now = time.monotonic()
            for due, proxy in [p for p in self.partitioned if p[0] <= now]:
                proxy.heal()
                self.partitioned.remove((due, proxy))
            for desk in self.desks:
                if desk.crashed:
                    self.report.desk_crashes.append(f"{desk.config.name}: {desk.log_tail()}")
                    if len(self.report.desk_crashes) > MAX_DESK_CRASHES:
                        raise RuntimeError("desks keep crashing:\n" + desk.log_tail())
                    desk.start()
            if now >= until:
                return
            time.sleep(min(0.05, until - now))

    def heal(self) -> None:
        for proxy in self.proxies:
            proxy.heal()
        self.partitioned.clear()
        if self.server.process is None:
            self.server.start()

    def wait_for_scripts(self) -> None:
        deadline = time.monotonic() + FINISH_TIMEOUT_S
        while not all(d.finished for d in self.desks):
            if time.monotonic() > deadline:
                raise RuntimeError("desks did not finish their scripts with every link healed")
            self.idle(0.2)
        self.report.faults["lost_reply"] = sum(p.lost for p in self.proxies)

    def settle(self) -> None:
        """Pass over the desks until a whole pass moves nothing."""
        for _ in range(SETTLE_PASSES):
            results = [desk.settle() for desk in self.desks]
            first_round_quiet = all(
                r["state"] == "synced" and r["rounds"] == 1 and r["pending"] == 0 for r in results
            )
            if first_round_quiet:
                return
        raise RuntimeError(f"no quiescence after {SETTLE_PASSES} passes: {results}")

    def server_errors(self) -> int:
        log = self.server.log_path.read_text("utf-8", errors="replace")
        return log.count("Traceback")


@contextmanager
def server_database(backend: str, work: Path) -> Iterator[str]:
    if backend == "postgresql":
        with throwaway_postgres() as url:
            yield url
    else:
        yield "sqlite:///" + str(work / "server.sqlite3")


def run_soak(config: SoakConfig, work: Path) -> SoakReport:
    started = time.monotonic()
    with ExitStack() as stack:
        url = stack.enter_context(server_database(config.backend, work))
        run = Run(config, work, url)
        stack.callback(run.close)
        run.setup()
        while True:
            findings = run.lap()
            run.report.laps.append(findings)
            run.report.findings = findings
            if time.monotonic() - started >= config.duration_s or findings.failures:
                break
        run.report.server_errors = run.server_errors()
    run.report.elapsed_s = time.monotonic() - started
    return run.report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.e2e.soak", description=__doc__)
    parser.add_argument("--backend", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--desks", type=int, default=3)
    parser.add_argument("--ops", type=int, default=60, help="script steps per desk per lap")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--duration", type=float, default=0.0, help="seconds; 0: one lap")
    parser.add_argument("--fault-every", type=float, default=1.5, help="mean seconds")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    args = parser.parse_args(argv)
    config = SoakConfig(
        backend=args.backend,
        desks=args.desks,
        ops=args.ops,
        seed=args.seed,
        duration_s=args.duration,
        fault_mean_s=args.fault_every,
    )
    work = Path(tempfile.mkdtemp(prefix="maktab-soak-"))
    report = run_soak(config, work)
    print(report.summary())
    if args.keep or not report.clean:
        print(f"work directory kept: {work}")
    else:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0 if report.clean else 1


if __name__ == "__main__":
    sys.exit(main())
