# covers: Condition.wait() and notify() without holding the lock raise RuntimeError
# kind: program
# rule: exact
# timeout: 10s
import threading

cond = threading.Condition()
try:
    cond.wait(0.01)
except RuntimeError as e:
    print("wait:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("notify:", e)
try:
    cond.notify_all()
except RuntimeError as e:
    print("notify_all:", e)
with cond:
    cond.notify_all()
    print("notify with no waiters is fine")
