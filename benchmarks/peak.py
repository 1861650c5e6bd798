"""This process's peak memory in KB.

ru_maxrss is carried across exec on Linux (a child started by a big parent
reports the parent's peak), so /proc/self/status's VmHWM is read when it exists.
"""

from __future__ import annotations

import resource
from pathlib import Path


def peak_kb() -> int:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
