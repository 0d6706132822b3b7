# covers: join() before start and join() of the current thread raise RuntimeError
# kind: program
# rule: exact
# timeout: 10s
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("unstarted:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("main self-join:", e)


def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("worker self-join:", e)


w = threading.Thread(target=self_join)
w.start()
w.join()
