# covers: sys.exit(2) in the main thread: the interpreter still waits for non-daemon threads, then exits with code 2; daemon threads abandoned
# kind: program
# rule: exact
# timeout: 10s
import sys
import threading

go = threading.Event()


def finisher():
    go.wait()
    print("non-daemon thread completed before exit")


def lingerer():
    threading.Event().wait()


threading.Thread(target=finisher).start()
threading.Thread(target=lingerer, daemon=True).start()
print("main calling sys.exit(2)")
threading.Timer(0.1, go.set).start()
sys.exit(2)
