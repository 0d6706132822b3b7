# covers: Barrier(parties, action=) wait() returning distinct indices 0..parties-1, action run once per cycle, parties attribute, reuse over cycles
# kind: program
# rule: exact
# timeout: 10s
import threading

cycles = []
barrier = threading.Barrier(3, action=lambda: cycles.append("all arrived"))
lock = threading.Lock()
indices = []


def party():
    for _ in range(2):
        i = barrier.wait()
        with lock:
            indices.append(i)


threads = [threading.Thread(target=party) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("parties:", barrier.parties)
print("indices:", sorted(indices))
print("action runs:", cycles)
print("n_waiting:", barrier.n_waiting, "broken:", barrier.broken)
