# covers: contextlib.contextmanager wrapping a Lock acquire/release with a message, used by threads; contextlib.suppress
# kind: program
# rule: exact
import threading
from contextlib import contextmanager, suppress

lock = threading.Lock()
total = 0


@contextmanager
def locked(name):
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


def add(n):
    global total
    for _ in range(n):
        with locked("adder"):
            total += 1


threads = [threading.Thread(target=add, args=(500,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", total, "locked", lock.locked())
with suppress(KeyError):
    print({}["missing"])
print("after suppress")
