# covers: task_done() called more times than items put raises ValueError; join on a queue with no pending tasks returns at once
# kind: program
# rule: exact
# timeout: 10s
import queue

q = queue.Queue()
q.join()
print("join on fresh queue returned")
q.put("x")
q.get()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
q.join()
print("joined")
