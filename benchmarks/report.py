"""Judging result rows against their targets and writing them up as Markdown."""

from __future__ import annotations

import datetime
import os
import platform
import re
import sys
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

TARGET_PART = re.compile(r"^\s*(<=|<|≤)\s*([0-9.]+)\s*(.*?)\s*$")
"""One bound of a target, such as '<= 1.3x', '< 0.3 s' or '<= 100 KiB'."""

RATIO_UNITS = {"x", "frame", "frames"}
"""Target units that bound the ratio to the baseline rather than the value."""

MET, MISSED, UNJUDGED, NOT_RUN = "met", "MISSED", "-", "NOT RUN"


def bound_holds(result: dict[str, Any], part: str) -> bool | None:
    """Say whether one bound of a target holds; None when it cannot be judged."""
    match = TARGET_PART.match(part)
    if match is None:
        return None
    operator, limit_text, unit = match.groups()
    limit = float(limit_text)
    if unit in RATIO_UNITS:
        measured = result.get("ratio")
    elif unit == result.get("unit", ""):
        measured = result.get("value")
    else:
        return None
    if measured is None:
        return None
    return measured < limit if operator == "<" else measured <= limit


def verdict(result: dict[str, Any]) -> str:
    """Say whether a row met its target, missed it, was not run, or has none."""
    if result.get("value") is None:
        return NOT_RUN
    judged = [
        bound_holds(result, part) for part in str(result.get("target", "")).split(",")
    ]
    known = [holds for holds in judged if holds is not None]
    if not known:
        return UNJUDGED
    return MET if all(known) else MISSED


def number(value: float | None) -> str:
    """Format a measurement with about three significant figures."""
    if value is None:
        return "-"
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:,.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 0.01:
        return f"{value:.2f}"
    return f"{value:.2g}"


def ratio_text(ratio: float | None) -> str:
    """Format a ratio to the baseline as a multiple."""
    return "-" if ratio is None else f"{ratio:.2f}x"


def table(results: Sequence[dict[str, Any]]) -> str:
    """Render the rows as a Markdown table."""
    lines = [
        "| benchmark | value | baseline | baseline value | ratio | target | result |",
        "|---|---:|---|---:|---:|---|---|",
    ]
    for result in results:
        unit = result.get("unit", "")
        value = number(result.get("value"))
        baseline_value = number(result.get("baseline_value"))
        lines.append(
            "| "
            + " | ".join(
                [
                    str(result["name"]),
                    f"{value} {unit}".strip() if value != "-" else "-",
                    str(result.get("baseline") or "-"),
                    f"{baseline_value} {unit}".strip()
                    if baseline_value != "-"
                    else "-",
                    ratio_text(result.get("ratio")),
                    str(result.get("target") or "-"),
                    verdict(result),
                ]
            )
            + " |"
        )
    return "\n".join(lines)


def notes(results: Sequence[dict[str, Any]]) -> str:
    """List each row's note (how it ran, or why it could not) under the table."""
    return "\n".join(
        f"- {result['name']}: {result['note']}"
        for result in results
        if result.get("note")
    )


def memory_text() -> str:
    """Return the machine's total memory, read from /proc where there is one."""
    try:
        with Path("/proc/meminfo").open(encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemTotal:"):
                    kib = int(line.split()[1])
                    return f"{kib / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def cpu_text() -> str:
    """Return the processor's model name and how many cores this process may use."""
    model = platform.processor() or ""
    try:
        with Path("/proc/cpuinfo").open(encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0
    return f"{cores or os.cpu_count()} cores" + (f" ({model})" if model else "")


def machine() -> dict[str, str]:
    """Describe the machine and software the benchmarks ran on."""
    try:
        textual_version = metadata.version("textual")
    except metadata.PackageNotFoundError:
        textual_version = "not installed"
    load = ", ".join(f"{figure:.2f}" for figure in os.getloadavg())
    return {
        "date": datetime.datetime.now(datetime.UTC)
        .astimezone()
        .isoformat(timespec="seconds"),
        "cpu": cpu_text(),
        "memory": memory_text(),
        "system": platform.platform(),
        "python": f"{platform.python_implementation()} {sys.version.split()[0]}",
        "textual": textual_version,
        "load average at start": load,
    }


def markdown(
    results: Sequence[dict[str, Any]], about: dict[str, str], command: str
) -> str:
    """Write the whole results page: table, notes, machine and how to rerun."""
    listed_notes = notes(results)
    machine_lines = "\n".join(f"- {key}: {value}" for key, value in about.items())
    sections = [
        "# Benchmark results",
        "Every figure is the median of several runs, taken in turn with its "
        "baseline in the same run, so the ratio holds on a noisy machine even "
        "when the absolute figures drift.",
        table(results),
    ]
    if listed_notes:
        sections.append("## Notes\n\n" + listed_notes)
    sections += [
        "## Machine\n\n" + machine_lines,
        "## Rerun\n\n"
        "```sh\n"
        "make bench                               # every benchmark, full repeats\n"
        ".venv/bin/python -m benchmarks --quick   # fewer repeats, under a minute\n"
        ".venv/bin/python -m benchmarks --only startup bandwidth\n"
        "```\n\n"
        f"This page came from `{command}`.",
    ]
    return "\n\n".join(sections) + "\n"
