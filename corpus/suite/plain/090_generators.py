# covers: generator functions (yield in loops, early return, methods that yield) consumed by for (with break), list, sum, sorted, max, str.join, comprehensions and next(); a generator feeding worker threads
# kind: program
# rule: exact
import threading


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    print("done")


def words(text):
    for w in text.split():
        if w == "stop":
            return
        yield w.upper()


class Tree:
    def __init__(self, items):
        self.items = items

    def walk(self):
        for it in self.items:
            yield it * 2


lock = threading.Lock()
results = []


def worker(name):
    for v in countdown(3):
        with lock:
            results.append((name, v))


print(list(countdown(3)))
print(sum(countdown(4)), sorted(words("b a stop c")))
for x in countdown(5):
    if x < 3:
        break
    print(x)
g = countdown(2)
print(next(g), next(g))
print([w for w in words("x y")], list(Tree([1, 2]).walk()))
ts = [threading.Thread(target=worker, args=(f"t{i}",)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
total = 0
for n in countdown(3):
    total += n
print(total, max(countdown(6)), ", ".join(words("p q")))
