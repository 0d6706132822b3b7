# covers: Thread(name=), the name attribute inside and outside the thread, renaming before start
# kind: program
# rule: exact
# timeout: 10s
import threading


def work():
    print("running in", threading.current_thread().name)


t = threading.Thread(target=work, name="worker-A")
print("before start:", t.name)
t.name = "worker-B"
t.start()
t.join()
print("after join:", t.name)
t2 = threading.Thread(target=work, name=42)
print("non-string name:", repr(t2.name))
t2.start()
t2.join()
