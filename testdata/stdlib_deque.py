import threading
from collections import deque

d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
d.extend([3, 4])
d.extendleft([-1, -2])
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-1)
print(d, 3 in d, list(d))
tasks = deque(["read", "parse", "write"])
while tasks:
    print("processing", tasks.popleft(), "remaining", len(tasks))
print(repr(deque("ab")), deque(), deque(maxlen=None).maxlen)
history = deque(maxlen=3)
for reading in [10, 11, 12, 13, 14]:
    history.append(reading)
    print(history)
print(history.maxlen)
total = 0
for x in history:
    total += x
print(total)

items = deque()
cond = threading.Condition()


def producer():
    for i in range(5):
        with cond:
            items.append(i * i)
            cond.notify()


def consumer():
    got = 0
    while got < 5:
        with cond:
            while not items:
                cond.wait()
            print("got", items.popleft())
            got += 1


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
