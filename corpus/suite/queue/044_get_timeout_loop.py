# covers: consumer polling with q.get(timeout=t) inside try/except queue.Empty until the producer stops
# kind: program
# rule: exact
# timeout: 10s
import queue
import threading

q = queue.Queue()
done = threading.Event()


def producer():
    for i in range(3):
        q.put(i)
    done.set()


def consumer():
    got = []
    while True:
        try:
            got.append(q.get(timeout=0.05))
        except queue.Empty:
            if done.is_set() and q.empty():
                break
    print("consumer got:", got)


c = threading.Thread(target=consumer)
c.start()
producer()
c.join()
