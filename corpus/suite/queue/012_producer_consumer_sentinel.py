# covers: producer/consumer over a bounded Queue with a None sentinel ending the consumer
# kind: program
# rule: exact
# timeout: 10s
import queue
import threading

q = queue.Queue(maxsize=3)


def producer():
    for i in range(10):
        q.put(f"item-{i}")
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            print("consumer: got sentinel")
            break
        print("consumer:", item)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print("queue empty:", q.empty())
