# covers: releasing an unlocked Lock raises RuntimeError; a Lock may be released by a different thread than the acquirer
# kind: program
# rule: exact
# timeout: 10s
import threading

lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

lock.acquire()


def releaser():
    lock.release()
    print("released by", threading.current_thread().name)


t = threading.Thread(target=releaser, name="other")
t.start()
t.join()
print("locked now:", lock.locked())
