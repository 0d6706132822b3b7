# covers: is_alive before start, while running and after join
# kind: program
# rule: exact
# timeout: 10s
import threading

started = threading.Event()
finish = threading.Event()


def task():
    started.set()
    finish.wait()


t = threading.Thread(target=task)
print("before start:", t.is_alive())
t.start()
started.wait()
print("while running:", t.is_alive())
finish.set()
t.join()
print("after join:", t.is_alive())
