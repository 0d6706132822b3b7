# covers: logging.basicConfig(level=DEBUG, format with %(threadName)s and %(message)s, stream=sys.stdout) in a thread demo; debug with %-args
# kind: program
# rule: exact
import logging
import sys
import threading

logging.basicConfig(level=logging.DEBUG, format="(%(threadName)-10s) %(message)s", stream=sys.stdout)


def worker(num):
    logging.debug("Worker %d starting", num)
    logging.debug("Worker %d done, result=%s", num, num * num)


for i in range(3):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()
logging.info("all workers finished")
