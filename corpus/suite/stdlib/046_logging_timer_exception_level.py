# covers: logging with %(levelname)s and %(name)s from a threading.Timer callback and from an except block (logger.error with exc_info=True); stderr stream
# kind: program
# rule: exact
import logging
import threading

logging.basicConfig(level=logging.INFO, format="%(name)s:%(levelname)s:%(message)s")
log = logging.getLogger("scheduler")


def fire(job):
    log.info("timer fired for %s", job)
    try:
        int(job)
    except ValueError:
        log.error("job %r is not numeric", job, exc_info=True)


t = threading.Timer(0.01, fire, args=("nightly",))
t.start()
t.join()
log.warning("done")
print("exit normally")
