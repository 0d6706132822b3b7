# covers: queue.Queue FIFO put/get, qsize, empty, full on an unbounded queue, maxsize attribute
# kind: program
# rule: exact
# timeout: 10s
import queue

q = queue.Queue()
print("empty:", q.empty(), "qsize:", q.qsize(), "maxsize:", q.maxsize)
for word in ["first", "second", "third"]:
    q.put(word)
print("qsize:", q.qsize(), "empty:", q.empty(), "full:", q.full())
while not q.empty():
    print(q.get())
print("empty again:", q.empty())
