# covers: a deque-based bounded buffer (producer/consumer) guarded by threading.Condition; deterministic totals printed after joins
# kind: program
# rule: exact
import threading
from collections import deque


class BoundedBuffer:
    def __init__(self, capacity):
        self.items = deque()
        self.capacity = capacity
        self.cond = threading.Condition()
        self.max_seen = 0

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(item)
            self.max_seen = max(self.max_seen, len(self.items))
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items:
                self.cond.wait()
            item = self.items.popleft()
            self.cond.notify_all()
            return item


buf = BoundedBuffer(3)
consumed = []


def producer(count):
    for i in range(count):
        buf.put(i)
    buf.put(None)


def consumer():
    while True:
        item = buf.get()
        if item is None:
            break
        consumed.append(item)


threads = [threading.Thread(target=producer, args=(20,)), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(consumed == list(range(20)), len(consumed), sum(consumed))
print("never above capacity:", buf.max_seen <= buf.capacity, "left:", len(buf.items))
