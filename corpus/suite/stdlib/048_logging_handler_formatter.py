# covers: explicit logging setup: getLogger(name), StreamHandler(sys.stdout), Formatter('%(name)s [%(levelname)s] %(message)s'), addHandler, setLevel, propagate=False
# kind: program
# rule: exact
import logging
import sys
import threading

logger = logging.getLogger("crawler")
logger.setLevel(logging.DEBUG)
handler = logging.StreamHandler(sys.stdout)
handler.setLevel(logging.INFO)
handler.setFormatter(logging.Formatter("%(name)s [%(levelname)s] %(threadName)s: %(message)s"))
logger.addHandler(handler)
logger.propagate = False


def crawl(url):
    logger.debug("not shown: handler level is INFO")
    logger.info("fetched %s", url)


for i, url in enumerate(["a.org", "b.org"]):
    t = threading.Thread(target=crawl, args=(url,), name=f"crawler-{i}")
    t.start()
    t.join()
logger.warning("%d pages", 2)
print("handlers:", len(logger.handlers), logger.level, handler.level)
