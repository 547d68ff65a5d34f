"""Worker processes end when the process that started them dies, even by SIGKILL.

A pool worker blocks reading its task pipe, and holds a copy of that pipe's write end itself,
so the death of the run leaves it (and the fork server and resource tracker that it keeps
alive) waiting for good. Each worker therefore watches the run's process and exits when it is
gone: through a pidfd on Linux, which wakes the moment the process exits, else by polling.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import select
import signal
import sys
import threading
import time

# Exit status of a worker that ends because its run is gone (128 + SIGKILL, as if killed too).
ORPHAN_EXIT = 137
# How often the portable fallback looks for the run's process.
POLL_SECONDS = 0.5
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def watch_parent(run_pid: int) -> None:
    """End this process as soon as the process ``run_pid`` is gone (a daemon thread waits)."""
    _die_with_direct_parent()
    thread = threading.Thread(
        target=_wait_then_exit, args=(run_pid,), name="detente-lifeline", daemon=True
    )
    thread.start()


def _die_with_direct_parent() -> None:
    """Ask Linux for SIGKILL when the direct parent (here the fork server) exits."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _wait_then_exit(run_pid: int) -> None:
    try:
        handle = os.pidfd_open(run_pid)
    except ProcessLookupError:
        os._exit(ORPHAN_EXIT)  # already gone before we looked
    except (AttributeError, OSError):  # not Linux, or a kernel before 5.3
        _poll_then_exit(run_pid)
        return
    # A pidfd turns readable when its process exits; nothing else ever wakes this poll.
    poller = select.poll()
    poller.register(handle, select.POLLIN)
    while not poller.poll():
        pass
    os._exit(ORPHAN_EXIT)


def _poll_then_exit(run_pid: int) -> None:
    parent = os.getppid()
    while True:
        time.sleep(POLL_SECONDS)
        if os.getppid() != parent or not _alive(run_pid):
            os._exit(ORPHAN_EXIT)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else (the pid was reused)
        return False
    return True
