# covers: workers printing from their own threads in scheduler order, serialised by a print lock (CPython's print is not line-atomic across threads); compared as an unordered set of lines
# kind: program
# rule: lines
# timeout: 10s
import threading

start = threading.Barrier(4)
print_lock = threading.Lock()


def worker(i):
    start.wait()
    with print_lock:
        print(f"worker {i} says {i * i}")


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("all workers joined")
