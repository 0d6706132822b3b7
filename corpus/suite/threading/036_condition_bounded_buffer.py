# covers: producer/consumer bounded buffer with one Condition, wait() in while loops, notify_all
# kind: program
# rule: exact
# timeout: 10s
import threading

CAPACITY = 2
buffer = []
cond = threading.Condition()
consumed = []


def producer():
    for i in range(8):
        with cond:
            while len(buffer) >= CAPACITY:
                cond.wait()
            buffer.append(i)
            cond.notify_all()
    with cond:
        while len(buffer) >= CAPACITY:
            cond.wait()
        buffer.append(None)
        cond.notify_all()


def consumer():
    while True:
        with cond:
            while not buffer:
                cond.wait()
            item = buffer.pop(0)
            cond.notify_all()
        if item is None:
            break
        consumed.append(item * 10)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(consumed)
