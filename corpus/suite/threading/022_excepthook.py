# covers: threading.excepthook replaced by a custom hook (args.exc_type, exc_value, thread); restoring __excepthook__
# kind: program
# rule: exact
# timeout: 10s
import threading


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, "in", args.thread.name)


def boom(msg):
    raise KeyError(msg)


threading.excepthook = hook
t = threading.Thread(target=boom, args=("missing",), name="boomer")
t.start()
t.join()
print("original kept:", threading.__excepthook__ is not hook)
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=boom, args=("again",), name="second")
t.start()
t.join()
print("done")
