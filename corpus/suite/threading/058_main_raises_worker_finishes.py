# covers: main thread ends with an uncaught exception while a non-daemon thread runs: the thread still finishes, traceback on stderr, exit code 1
# kind: program
# rule: exact
# timeout: 10s
import threading

main_failed = threading.Event()


def worker():
    main_failed.wait()
    print("worker finished anyway")


threading.Thread(target=worker).start()
print("main about to fail")
try:
    raise LookupError("main gave up")
finally:
    main_failed.set()
