# covers: issue 2 acceptance — a counter incremented by 10 threads under with lock, printed with an f-string
# kind: program
# rule: exact
import threading

counter = 0
lock = threading.Lock()


def increment(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


threads = []
for i in range(10):
    t = threading.Thread(target=increment, args=(1000,))
    t.start()
    threads.append(t)

for t in threads:
    t.join()

print(f"Counter: {counter}")
