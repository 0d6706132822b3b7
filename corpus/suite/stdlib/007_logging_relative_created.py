# covers: logging format with %(relativeCreated)6d and %(threadName)s (classic PyMOTW style); relative times masked
# kind: program
# rule: normalised
# normalise: (?m)^ *\d+ => <MS>
import logging
import sys
import threading
import time

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(relativeCreated)6d %(threadName)s %(message)s")


def delayed(n):
    time.sleep(0.02)
    logging.debug("delayed %d", n)


logging.debug("starting")
t = threading.Thread(target=delayed, args=(1,), name="Delayed")
t.start()
t.join()
logging.debug("stopped")
