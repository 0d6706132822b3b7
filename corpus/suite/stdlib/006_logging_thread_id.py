# covers: logging format with %(thread)d and %(threadName)s; thread ids masked
# kind: program
# rule: normalised
# normalise: thread=\d+ => thread=<ID>
import logging
import sys
import threading

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(threadName)s thread=%(thread)d %(levelname)s %(message)s")


def worker():
    logging.debug("working in %s", threading.current_thread().name)


logging.info("main thread")
t = threading.Thread(target=worker, name="Worker-A")
t.start()
t.join()
t2 = threading.Thread(target=worker)
t2.start()
t2.join()
