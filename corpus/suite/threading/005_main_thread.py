# covers: MainThread name, main_thread(), current_thread() in main and in a worker, identity comparisons
# kind: program
# rule: exact
# timeout: 10s
import threading

print(threading.current_thread().name)
print(threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())
print(isinstance(threading.main_thread(), threading.Thread))


def worker():
    me = threading.current_thread()
    print("worker sees current:", me.name)
    print("worker is main?", me is threading.main_thread())
    print("main from worker:", threading.main_thread().name)


t = threading.Thread(target=worker, name="helper")
t.start()
t.join()
print("main alive:", threading.main_thread().is_alive())
