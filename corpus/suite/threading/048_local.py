# covers: threading.local: per-thread attributes, main thread value unaffected, AttributeError for unset attribute in another thread
# kind: program
# rule: exact
# timeout: 10s
import threading

data = threading.local()
data.value = "main"
results = {}


def worker(n):
    print_missing = not hasattr(data, "value")
    data.value = n * 100
    results[n] = (print_missing, data.value)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])
print("main still sees:", data.value)


def reader():
    try:
        data.value
    except AttributeError:
        print("fresh thread: AttributeError")


r = threading.Thread(target=reader)
r.start()
r.join()
