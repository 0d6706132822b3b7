import itertools
import threading

ids = itertools.count(1)
print(next(ids), next(ids), next(ids))
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.islice("abcdefgh", 2, 7, 2)))
halves = itertools.count(0.5, 0.25)
print(next(halves), next(halves), next(halves))
workers = itertools.cycle(["w1", "w2", "w3"])
for task in ["t1", "t2", "t3", "t4", "t5"]:
    print(task, "->", next(workers))
print(list(itertools.islice(itertools.cycle("AB"), 5)))
print(list(itertools.chain([1, 2], (3,), [4, 5])))
print(list(itertools.product("ab", [0, 1])))
for n in itertools.count(3):
    if n > 5:
        break
    print("n", n)

next_id = itertools.count(100)
assigned = []
lock = threading.Lock()


def register(name):
    ticket = next(next_id)
    with lock:
        assigned.append(ticket)


threads = []
for cell in ["A1", "A2", "B1", "B2"]:
    t = threading.Thread(target=register, args=(cell,))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(sorted(assigned), next(next_id))
