# covers: closures and lambdas as thread targets (factory returning a nested function, lambda with default-bound loop variable), results in a dict
# kind: program
# rule: exact
import threading

results = {}
lock = threading.Lock()


def make_worker(name, factor):
    def work():
        value = sum(range(5)) * factor
        with lock:
            results[name] = value
    return work


def store(key, value):
    with lock:
        results[key] = value


threads = [threading.Thread(target=make_worker(f"w{i}", i)) for i in range(3)]
for i in range(2):
    threads.append(threading.Thread(target=lambda i=i: store(f"lam{i}", i * 100)))
for t in threads:
    t.start()
for t in threads:
    t.join()
for key in sorted(results):
    print(key, results[key])
