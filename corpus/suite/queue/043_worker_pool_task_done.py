# covers: a hand-made worker pool: daemon threads consuming a Queue, task_done + join to wait, results put into a second Queue
# kind: program
# rule: exact
# timeout: 10s
import queue
import threading

jobs = queue.Queue()
out = queue.Queue()


def worker():
    while True:
        text = jobs.get()
        try:
            out.put((text, text[::-1]))
        finally:
            jobs.task_done()


for i in range(3):
    threading.Thread(target=worker, daemon=True, name=f"w{i}").start()
for word in ["stressed", "drawer", "level", "gateman"]:
    jobs.put(word)
jobs.join()
print("unfinished:", jobs.unfinished_tasks, "results:", out.qsize())
print(sorted(out.get() for _ in range(out.qsize())))
