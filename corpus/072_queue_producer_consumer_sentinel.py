# source: 004_28b8a46b91a80353.txt, "Thread Communication"
# restored: indentation; typographic quotes in string literals replaced by ASCII quotes; the missing q.put(i) in the producer, break under "if item is None:", the two start() calls, producer_thread.join(), q.put(None) and consumer_thread.join() under their comments
# kind: program
# rule: exact
import threading
import queue

q = queue.Queue()

def producer():
    for i in range(10):
        q.put(i)

def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        print(f"Consumed: {item}")

# Create producer and consumer threads
producer_thread = threading.Thread(target=producer)
consumer_thread = threading.Thread(target=consumer)

# Start the threads
producer_thread.start()
consumer_thread.start()

# Wait for the producer to finish
producer_thread.join()

# Signal the consumer to stop
q.put(None)

# Wait for the consumer to finish
consumer_thread.join()
