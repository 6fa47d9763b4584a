"""kill -9 at random moments of repeated saves never loses or locks the slot."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

from pizzatui.storage import SaveStore
from tests.storage.conftest import make_shop

KILLS = 20
SAVER_SCRIPT = """
import sys
from pizzatui import PizzaShop
from pizzatui.storage import SaveStore
store = SaveStore(sys.argv[1])
shop = PizzaShop(sys.argv[2], seed=3)
print("ready", flush=True)
for _ in range(20000):
    shop.advance(7)
    store.save("victim", shop)
"""


def test_slot_survives_kill_9_during_saves(store):
    store.save("victim", make_shop("Victim", days=1))
    delays = random.Random(2024)
    interrupted = 0
    for kill in range(KILLS):
        name = f"Victim {kill}"
        saver = subprocess.Popen(
            [sys.executable, "-c", SAVER_SCRIPT, str(store.folder), name],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert saver.stdout.readline().strip() == "ready"
            # The point of the test: let it get a random way into its saves.
            time.sleep(delays.uniform(0.0, 0.08))
            saver.send_signal(signal.SIGKILL)
        finally:
            saver.kill()
            assert saver.wait(timeout=10) == -signal.SIGKILL
        fresh = SaveStore(store.folder)
        info = fresh.info("victim")
        assert (info.status, info.holder) == ("ok", None), info
        assert fresh.load("victim").name == info.shop
        assert len(fresh.backups("victim")) <= 5
        interrupted += info.shop == name
    # Most savers really were saving when killed, not just starting up.
    assert interrupted > KILLS // 2
    lock = store.lock("victim")
    lock.release()
