# covers: repr of Thread in each state (initial, started with ident, daemon, stopped), MainThread repr, Lock repr unlocked/locked with masked address
# kind: program
# rule: normalised
# normalise: 0x[0-9a-f]+ => 0xADDR
# normalise: \b\d{6,}\b => IDENT
# timeout: 10s
import threading

hold = threading.Event()
t = threading.Thread(target=hold.wait, name="w")
print(repr(t))
t.start()
print(repr(t))
d = threading.Thread(target=hold.wait, name="d", daemon=True)
d.start()
print(repr(d))
hold.set()
t.join()
d.join()
print(repr(t))
print(repr(threading.main_thread()))
lock = threading.Lock()
print(repr(lock))
lock.acquire()
print(repr(lock))
