# covers: SystemExit raised in a thread ends only that thread silently (no report), main continues and exits 0
# kind: program
# rule: exact
# timeout: 10s
import sys
import threading


def quitter():
    print("worker calling sys.exit")
    sys.exit(3)
    print("not reached")


t = threading.Thread(target=quitter)
t.start()
t.join()
print("main still running, worker alive:", t.is_alive())
