# covers: Thread.start() called twice raises RuntimeError, both while running and after join
# kind: program
# rule: exact
# timeout: 10s
import threading

hold = threading.Event()
t = threading.Thread(target=hold.wait)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("while running:", e)
hold.set()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("after join:", e)
