# covers: float arithmetic in threads (mean, variance, round, f"{:.3f}"), per-thread partial sums merged in main, int then float accumulation
# kind: program
# rule: exact
import threading

samples = [2.5, 3.0, 4.75, 1.25, 5.5, 3.5, 2.0, 4.0]
partials = []
lock = threading.Lock()


def partial_sum(chunk):
    s = 0
    for x in chunk:
        s += x
    with lock:
        partials.append((len(chunk), s))


chunks = [samples[i:i + 3] for i in range(0, len(samples), 3)]
threads = [threading.Thread(target=partial_sum, args=(c,)) for c in chunks]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = sum(n for n, _ in partials)
total = sum(s for _, s in sorted(partials))
mean = total / count
variance = sum((x - mean) ** 2 for x in samples) / count
print(count, total, mean)
print(f"variance={variance:.3f} std={variance ** 0.5:.3f}")
print(round(mean, 1), round(variance, 4), int(mean))
