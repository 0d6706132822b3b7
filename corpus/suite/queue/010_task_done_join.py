# covers: task_done and join: worker thread marks each item done, join returns when all are processed
# kind: program
# rule: exact
# timeout: 10s
import queue
import threading

q = queue.Queue()
processed = []


def worker():
    while True:
        item = q.get()
        processed.append(item ** 2)
        q.task_done()


threading.Thread(target=worker, daemon=True).start()
for i in range(6):
    q.put(i)
q.join()
print("all tasks done:", processed)
print("unfinished:", q.unfinished_tasks)
