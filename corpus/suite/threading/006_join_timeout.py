# covers: join(timeout=) returning while the thread is still alive, is_alive after a timed-out join, final join
# kind: program
# rule: exact
# timeout: 10s
import threading

release = threading.Event()


def blocked():
    release.wait()
    print("worker released")


t = threading.Thread(target=blocked)
t.start()
t.join(timeout=0.05)
print("after join(timeout=0.05) alive:", t.is_alive())
t.join(0.01)
print("after join(0.01) alive:", t.is_alive())
release.set()
t.join()
print("after full join alive:", t.is_alive())
t.join(timeout=0.01)
print("joining a finished thread again is fine")
