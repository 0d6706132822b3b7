# covers: Condition.wait(timeout) returning False on timeout and True when notified
# kind: program
# rule: exact
# timeout: 10s
import threading

cond = threading.Condition()
with cond:
    print("timed out wait returns:", cond.wait(timeout=0.05))

waiting = threading.Event()
outcome = []


def waiter():
    with cond:
        waiting.set()
        outcome.append(cond.wait(timeout=2))


t = threading.Thread(target=waiter)
t.start()
waiting.wait()
with cond:
    cond.notify()
t.join()
print("notified wait returns:", outcome[0])
