# covers: logging from several concurrently running threads (format "%(threadName)-12s %(levelname)-7s %(message)s"); interleaving varies, so lines are compared unordered
# kind: program
# rule: lines
import logging
import sys
import threading
import time

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(threadName)-12s %(levelname)-7s %(message)s")


def worker(n, delay):
    logging.debug("start %d", n)
    time.sleep(delay)
    logging.info("end %d after %.2f", n, delay)


threads = [threading.Thread(target=worker, args=(i, 0.01 * i), name=f"worker-{i}") for i in range(4)]
for t in threads:
    t.start()
logging.debug("waiting for %d threads", len(threads))
for t in threads:
    t.join()
logging.debug("all done")
