# covers: Thread.ident (None before start, int after), get_ident() inside the thread equals ident, idents differ between live threads
# kind: program
# rule: normalised
# normalise: \b\d{3,}\b => ID
# timeout: 10s
import threading
import time

seen = {}
go = threading.Event()


def task(key):
    seen[key] = threading.get_ident()
    go.wait()


t1 = threading.Thread(target=task, args=("a",))
t2 = threading.Thread(target=task, args=("b",))
print("ident before start:", t1.ident)
t1.start()
t2.start()
while len(seen) < 2:
    time.sleep(0.01)
print("ident type:", type(t1.ident).__name__)
print("t1.ident:", t1.ident)
print("matches get_ident:", seen["a"] == t1.ident, seen["b"] == t2.ident)
print("distinct:", t1.ident != t2.ident)
print("main differs:", threading.get_ident() != t1.ident)
print("main ident matches:", threading.main_thread().ident == threading.get_ident())
go.set()
t1.join()
t2.join()
print("ident kept after join:", seen["a"] == t1.ident)
