# covers: global statement (module counter updated from functions and threads with a lock) and nonlocal
# kind: program
# rule: exact
import threading

counter = 0
lock = threading.Lock()


def bump(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


def outer():
    status = "start"

    def inner():
        nonlocal status
        status = "changed"
    inner()
    return status


bump(5)
threads = [threading.Thread(target=bump, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)
print(outer())
