# covers: time.sleep in threads, time.time, time.perf_counter, time.monotonic; elapsed times printed and masked; thread finish order kept out of the output
# kind: program
# rule: normalised
# normalise: \d+\.\d+ => <T>
import threading
import time

finished = []
lock = threading.Lock()


def task(name, delay):
    time.sleep(delay)
    with lock:
        finished.append(name)


start = time.time()
t0 = time.perf_counter()
m0 = time.monotonic()
threads = [threading.Thread(target=task, args=(f"t{i}", 0.05 * (i + 1))) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - t0
print("finished", sorted(finished))
print(f"elapsed {elapsed:.3f} seconds")
print("wall", round(time.time() - start, 2))
print("monotonic", time.monotonic() - m0)
print("slept at least the longest delay:", elapsed >= 0.15)
print(type(time.time()).__name__, type(time.perf_counter()).__name__)
