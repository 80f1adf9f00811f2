"""One running kpu-desktop per data folder."""

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kpu_desktop.instance import AlreadyRunning, InstanceLock, is_locked_elsewhere

ROOT = Path(__file__).resolve().parents[1]
HOLD = ("import sys, time; from kpu_desktop.instance import InstanceLock; "
        "InstanceLock(sys.argv[1]).acquire('gui'); print('held', flush=True); time.sleep(60)")


@pytest.fixture
def holder(tmp_path):
    """Another process holding the folder's lock; killed with SIGKILL at the end."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path)], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "held"
    yield proc
    proc.kill()
    proc.wait()


def test_second_process_is_told_who_holds_the_folder(tmp_path, holder):
    """Acquiring a folder another process holds raises, naming the folder and the holder, in both languages."""
    with pytest.raises(AlreadyRunning) as caught:
        InstanceLock(tmp_path).acquire("import")
    assert "sudah berjalan" in caught.value.message("id") and "already running" in caught.value.message("en")
    assert f"pid {holder.pid}" in caught.value.message("en")
    assert is_locked_elsewhere(tmp_path)


def test_lock_of_a_killed_process_is_free_again(tmp_path, holder):
    """kill -9 of the holder leaves no stale lock: the OS released it with the process."""
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    lock = InstanceLock(tmp_path).acquire("gui")
    assert lock.held
    lock.release()


def test_lock_is_reentrant_within_one_process(tmp_path):
    """The desktop window and a command it runs in the same process do not lock each other out."""
    outer = InstanceLock(tmp_path).acquire("gui")
    inner = InstanceLock(tmp_path).acquire("import")
    inner.release()
    assert outer.held and not is_locked_elsewhere(tmp_path)
    outer.release()
    assert not outer.held
