# covers: an uncaught exception in a thread: "Exception in thread ..." plus traceback on stderr, the main thread continues and the program exits 0
# kind: program
# rule: exact
import threading


def worker(values):
    print("worker got", values)
    return values[10]


t = threading.Thread(target=worker, args=([1, 2, 3],), name="Fetcher")
t.start()
t.join()
print("main still running, thread alive:", t.is_alive())
print("done")
