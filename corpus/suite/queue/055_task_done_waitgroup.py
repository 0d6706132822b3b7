# covers: task_done/join with workers that re-queue follow-up work: join waits for the follow-ups too; task_done in a finally
# kind: program
# rule: exact
# timeout: 10s
import queue
import threading

jobs = queue.Queue()
lock = threading.Lock()
done = []


def worker():
    while True:
        n = jobs.get()
        try:
            if n % 3 == 0:
                jobs.put(n + 100)
            with lock:
                done.append(n)
        finally:
            jobs.task_done()


for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for n in range(7):
    jobs.put(n)
jobs.join()
print("handled:", sorted(done))
print("queue empty:", jobs.empty())
