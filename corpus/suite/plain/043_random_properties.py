# covers: random used for simulated work: print only properties (ranges, lengths, membership) so output is exact
# kind: program
# rule: exact
import random
import threading

results = []
lock = threading.Lock()


def roll(player, times):
    rolls = [random.randint(1, 6) for _ in range(times)]
    with lock:
        results.append((player, rolls))


random.seed(7)
threads = [threading.Thread(target=roll, args=(f"p{i}", 5)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for player, rolls in sorted(results):
    print(player, len(rolls), all(1 <= r <= 6 for r in rolls))
x = random.random()
print(0.0 <= x < 1.0, 2.0 <= random.uniform(2, 3) <= 3.0)
items = ["a", "b", "c", "d"]
random.shuffle(items)
print(sorted(items), random.choice(items) in items)
print(len(set(random.sample(range(100), 10))))
