# covers: logging.basicConfig(filename=..., filemode='w', level, format) from threads, then reading the log file back; temp file removed
# kind: program
# rule: exact
import logging
import os
import threading

LOG = "suite_049_app.log"
logging.basicConfig(filename=LOG, filemode="w", level=logging.DEBUG,
                    format="%(levelname)s:%(threadName)s:%(message)s")


def worker(n):
    logging.info("worker %d writing", n)


for i in range(2):
    t = threading.Thread(target=worker, args=(i,), name=f"W{i}")
    t.start()
    t.join()
logging.error("finished")
logging.shutdown()
with open(LOG) as f:
    for line in f:
        print("log:", line.rstrip())
os.remove(LOG)
print("removed", not os.path.exists(LOG))
