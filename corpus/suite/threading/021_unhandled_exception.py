# covers: an unhandled exception in a thread: 'Exception in thread NAME:' report on stderr, other threads go on, exit code 0
# kind: program
# rule: exact
# timeout: 10s
import threading


def failing():
    raise ValueError("bad input in worker")


def fine(out):
    out.append("fine done")


out = []
bad = threading.Thread(target=failing)
bad.start()
bad.join()
print("bad alive after join:", bad.is_alive())
good = threading.Thread(target=fine, args=(out,))
good.start()
good.join()
print(out)
print("main continues")
