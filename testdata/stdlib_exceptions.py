import logging
import threading
import traceback

logging.basicConfig(format="%(levelname)s %(threadName)s %(message)s")
log = logging.getLogger("jobs")


def divide(a, b):
    return a / b


def worker(items):
    try:
        print("parsed", [int(x) for x in items])
    except ValueError:
        print("worker failed, printing traceback")
        traceback.print_exc()


for pair in [[6, 3], [1, 0]]:
    try:
        print("result", divide(pair[0], pair[1]))
    except ZeroDivisionError:
        logging.exception("division %d/%d failed", pair[0], pair[1])
logging.error("plain error without traceback")
try:
    int("nightly")
except ValueError:
    log.error("job %r is not numeric", "nightly", exc_info=True)
    log.warning("no trace", exc_info=False)
for batch in (["1", "2"], ["3", "oops"]):
    t = threading.Thread(target=worker, args=(batch,))
    t.start()
    t.join()
try:
    1 / 0
except ZeroDivisionError:
    text = traceback.format_exc()
    print("last line:", text.strip().split("\n")[-1])
print("continuing")
