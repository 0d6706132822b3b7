# covers: threading.Thread(target=, args=), start, join; results collected in a shared list
# kind: program
# rule: exact
# timeout: 10s
import threading

results = []


def square(n):
    results.append((n, n * n))


threads = [threading.Thread(target=square, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print("all joined:", all(not t.is_alive() for t in threads))
