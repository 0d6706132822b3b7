# covers: RLock release by a thread that does not own it raises RuntimeError; release of an unheld RLock raises RuntimeError
# kind: program
# rule: exact
# timeout: 10s
import threading

rlock = threading.RLock()
try:
    rlock.release()
except RuntimeError as e:
    print("unheld:", e)

rlock.acquire()


def intruder():
    try:
        rlock.release()
    except RuntimeError as e:
        print("other thread:", e)


t = threading.Thread(target=intruder)
t.start()
t.join()
rlock.release()
print("owner released fine")
