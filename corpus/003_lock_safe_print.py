# source: 001_22dbe14fec383ac3.txt, "Thread Synchronization"
# kind: program
# rule: lines
import threading

lock = threading.Lock()

def safe_print(msg):
    with lock:
        print(msg)

t1 = threading.Thread(target=safe_print, args=("Hello from Thread 1",))
t2 = threading.Thread(target=safe_print, args=("Hello from Thread 2",))

t1.start()
t2.start()
t1.join()
t2.join()
