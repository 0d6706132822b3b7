# covers: a bounded queue with a None sentinel as a channel closed and ranged over; get with a timeout and put_nowait guarded by queue.Empty/queue.Full as comma-ok calls on the runtime queue
import queue
import threading

jobs = queue.Queue(maxsize=2)


def producer():
    for i in range(5):
        jobs.put(i * 10)
    jobs.put(None)


def consumer():
    while True:
        job = jobs.get()
        if job is None:
            print("no more jobs")
            break
        print("job", job)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()

inbox = queue.Queue(maxsize=1)
try:
    inbox.put_nowait("first")
except queue.Full:
    print("unexpected: full")
try:
    inbox.put_nowait("second")
except queue.Full:
    print("inbox full")
while True:
    try:
        message = inbox.get(timeout=0.01)
    except queue.Empty:
        print("inbox empty")
        break
    print("message:", message)
