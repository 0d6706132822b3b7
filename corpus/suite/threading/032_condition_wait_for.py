# covers: Condition.wait_for(predicate, timeout) returning the predicate value, immediate success, and timeout with False
# kind: program
# rule: exact
# timeout: 10s
import threading

cond = threading.Condition()
state = {"count": 0}


def incrementer():
    for _ in range(5):
        with cond:
            state["count"] += 1
            cond.notify_all()


with cond:
    print("already true:", cond.wait_for(lambda: state["count"] == 0, timeout=0.01))
    print("times out:", cond.wait_for(lambda: state["count"] > 0, timeout=0.05))

t = threading.Thread(target=incrementer)
t.start()
with cond:
    result = cond.wait_for(lambda: state["count"] >= 5 and "reached five", timeout=2)
print("returned:", result)
t.join()
with cond:
    print("no timeout, true:", cond.wait_for(lambda: state["count"]))
