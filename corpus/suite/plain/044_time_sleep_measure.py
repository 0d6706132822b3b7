# covers: time.sleep, time.time, time.perf_counter, time.monotonic; elapsed times printed and masked
# kind: program
# rule: normalised
# normalise: \d+\.\d+ => <T>
import threading
import time


def task(name, delay):
    time.sleep(delay)
    print(f"{name} slept")


start = time.time()
t0 = time.perf_counter()
m0 = time.monotonic()
threads = [threading.Thread(target=task, args=(f"t{i}", 0.05 * (i + 1))) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - t0
print(f"elapsed {elapsed:.3f} seconds")
print("wall", round(time.time() - start, 2))
print("monotonic", time.monotonic() - m0)
print("at least 0.15:", elapsed >= 0.15, "under 5:", elapsed < 5)
print(type(time.time()).__name__, type(time.perf_counter()).__name__)
