# covers: logging in a threading.Thread subclass (run override, self.name), format '%(levelname)s [%(threadName)s] %(message)s', joined in order
# kind: program
# rule: exact
import logging
import sys
import threading

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s [%(threadName)s] %(message)s", stream=sys.stdout)


class Downloader(threading.Thread):
    def __init__(self, url, size):
        super().__init__(name=f"dl-{url}")
        self.url = url
        self.size = size
        self.chunks = 0

    def run(self):
        logging.info("downloading %s (%d bytes)", self.url, self.size)
        self.chunks = (self.size + 1023) // 1024
        logging.debug("%s done in %d chunks", self.url, self.chunks)


for url, size in [("a.bin", 5000), ("b.bin", 1024)]:
    d = Downloader(url, size)
    d.start()
    d.join()
    logging.info("joined %s, chunks=%d", d.name, d.chunks)
