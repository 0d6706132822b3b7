# covers: one Event.set() releasing several waiting threads at once
# kind: program
# rule: exact
# timeout: 10s
import threading

start_signal = threading.Event()
lock = threading.Lock()
released = []


def runner(i):
    start_signal.wait()
    with lock:
        released.append(i)


threads = [threading.Thread(target=runner, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
print("released before set:", released)
start_signal.set()
for t in threads:
    t.join()
print("released after set:", sorted(released))
