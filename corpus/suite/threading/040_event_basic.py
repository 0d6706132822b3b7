# covers: Event set, clear, is_set, wait(timeout) returning False on timeout and True when set
# kind: program
# rule: exact
# timeout: 10s
import threading

ev = threading.Event()
print("initial:", ev.is_set())
print("wait(0.05) unset:", ev.wait(0.05))
ev.set()
print("after set:", ev.is_set())
print("wait() set:", ev.wait())
print("wait(timeout=0) set:", ev.wait(timeout=0))
ev.clear()
print("after clear:", ev.is_set())
print("wait(timeout=0.01) cleared:", ev.wait(timeout=0.01))

results = []
t = threading.Thread(target=lambda: results.append(ev.wait(timeout=5)))
t.start()
ev.set()
t.join()
print("waiter woken by set:", results)
