# source: 001_22dbe14fec383ac3.txt, "Using Queues"
# kind: program
# rule: lines
# normalise: (?m)^Consumed \d+\n => 
import queue
import threading

q = queue.Queue()

def producer():
    for i in range(5):
        q.put(i)
        print("Produced", i)

def consumer():
    while not q.empty():
        item = q.get()
        print("Consumed", item)

t1 = threading.Thread(target=producer)
t2 = threading.Thread(target=consumer)

t1.start()
t2.start()
t1.join()
t2.join()
