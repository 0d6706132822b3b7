# covers: several consumer threads each stopped by its own sentinel, results gathered in a second queue
# kind: program
# rule: exact
# timeout: 10s
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()
N_WORKERS = 3


def worker():
    while True:
        n = tasks.get()
        if n is None:
            break
        results.put((n, n * n))


workers = [threading.Thread(target=worker) for _ in range(N_WORKERS)]
for w in workers:
    w.start()
for n in range(10):
    tasks.put(n)
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
collected = []
while not results.empty():
    collected.append(results.get_nowait())
print(sorted(collected))
print("sum:", sum(v for _, v in collected))
