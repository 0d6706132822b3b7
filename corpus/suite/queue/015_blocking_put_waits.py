# covers: blocking put on a full Queue(maxsize=1) resumes once the consumer takes an item; event ordering makes it deterministic
# kind: program
# rule: exact
# timeout: 10s
import queue
import threading
import time

q = queue.Queue(maxsize=1)
log = []


def producer():
    for i in range(3):
        q.put(i)
        log.append(f"put {i}")


q.put("pre")
t = threading.Thread(target=producer)
t.start()
t.join(0.1)
print("producer blocked:", t.is_alive(), log)
print("get:", q.get())
while not log:
    time.sleep(0.01)
t.join(0.05)
print("after one get:", log, "still blocked:", t.is_alive())
print("get:", q.get())
print("get:", q.get())
print("get:", q.get())
t.join()
print("final log:", log)
