# covers: logging format with %(asctime)s (default datefmt with milliseconds) and %(levelname)-8s; asctime masked
# kind: program
# rule: normalised
# normalise: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} => <ASCTIME>
import logging
import sys
import threading
import time

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(asctime)s %(levelname)-8s %(threadName)s: %(message)s")


def task(n):
    logging.info("task %d running", n)
    time.sleep(0.01)
    logging.debug("task %d finished", n)


threads = [threading.Thread(target=task, args=(i,), name=f"T{i}") for i in range(2)]
for t in threads:
    t.start()
    t.join()
logging.warning("main done")
