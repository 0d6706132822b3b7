# source: 004_28b8a46b91a80353.txt, "Thread Synchronization"
# restored: indentation; typographic quotes in string literals replaced by ASCII quotes; the missing threads.append(t) and t.start() in the creating loop and t.join() in the waiting loop
# kind: program
# rule: exact
import threading

lock = threading.Lock()
shared_resource = 0

def increment_shared_resource():
    global shared_resource
    with lock:
        shared_resource += 1

# Create multiple threads that increment the shared resource
threads = []
for _ in range(10):
    t = threading.Thread(target=increment_shared_resource)
    threads.append(t)
    t.start()

# Wait for all threads to finish
for t in threads:
    t.join()

print(f"Shared resource value: {shared_resource}")
