# covers: an unbounded queue of int | None with one None sentinel per worker; the item used as an int after `if item is None: break`, and inside `if x is not None:`; `for _ in` loops
# kind: program
# rule: exact
# timeout: 10s
import queue
import threading

tasks = queue.Queue()
totals = queue.Queue()


def worker():
    subtotal = 0
    while True:
        item = tasks.get()
        if item is None:
            break
        subtotal += item * 2
    totals.put(subtotal)


def describe(x):
    if x is not None:
        return x + 1
    return 0


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for n in range(1, 11):
    tasks.put(n)
for _ in threads:
    tasks.put(None)
for t in threads:
    t.join()
grand = 0
while not totals.empty():
    grand += totals.get()
print("grand total:", grand)
print(describe(None), describe(41))
