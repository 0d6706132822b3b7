# covers: queue.LifoQueue last-in-first-out order, qsize, get_nowait on empty raising queue.Empty
# kind: program
# rule: exact
# timeout: 10s
import queue

stack = queue.LifoQueue()
for i in range(1, 5):
    stack.put(i * 11)
print("qsize:", stack.qsize())
print([stack.get() for _ in range(4)])
try:
    stack.get_nowait()
except queue.Empty:
    print("LifoQueue empty")
print(isinstance(stack, queue.Queue))
