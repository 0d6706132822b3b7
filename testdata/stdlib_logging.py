import logging
import sys
import threading

logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s [%(threadName)-10s] %(name)s: %(message)s", stream=sys.stdout)
log = logging.getLogger(__name__)
db = logging.getLogger("app.db")


def worker(n):
    log.debug("worker %d starting", n)
    db.info("query %s took %.1f ms", "select", 1.25)
    logging.warning("%d%% done", 100)


for i in range(2):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()
named = threading.Thread(target=worker, args=(7,), name="Named")
named.start()
named.join()
logging.getLogger("app").setLevel(logging.ERROR)
db.warning("hidden")
db.error("shown %r", "x")
logging.log(logging.CRITICAL, "bye")
print(db.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), logging.getLevelName(logging.INFO))
