# covers: itertools.count as a thread-safe-enough id source under a Lock, next() with Lock, product to build a work grid for threads
# kind: program
# rule: exact
import itertools
import threading

next_id = itertools.count(100)
id_lock = threading.Lock()
assigned = {}


def register(name):
    with id_lock:
        assigned[name] = next(next_id)


grid = [f"{r}{c}" for r, c in itertools.product("AB", range(1, 3))]
threads = [threading.Thread(target=register, args=(cell,)) for cell in grid]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(assigned))
print(sorted(assigned.values()))
print(next(next_id))
