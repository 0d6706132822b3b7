# covers: active_count(), enumerate() while workers are blocked, and after they finish
# kind: program
# rule: exact
# timeout: 10s
import threading

gate = threading.Event()
ready = threading.Barrier(4)


def worker():
    ready.wait()
    gate.wait()


print("at start:", threading.active_count())
threads = [threading.Thread(target=worker, name=f"w{i}") for i in range(3)]
for t in threads:
    t.start()
ready.wait()
print("while blocked:", threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print("main listed:", threading.main_thread() in threading.enumerate())
gate.set()
for t in threads:
    t.join()
print("after join:", threading.active_count())
print([t.name for t in threading.enumerate()])
