# covers: os.getpid (masked), os.getcwd not printed, os.cpu_count property, os.environ.get with default, os.sep
# kind: program
# rule: normalised
# normalise: pid \d+ => pid <PID>
import os
import threading


def worker(n):
    print(f"worker {n} in pid {os.getpid()}")


print(f"main pid {os.getpid()}")
t = threading.Thread(target=worker, args=(1,))
t.start()
t.join()
print("same pid in threads:", os.getpid() == os.getpid())
print("cpu_count positive:", (os.cpu_count() or 1) >= 1)
print("env default:", os.environ.get("PY2GOCONC_SURELY_UNSET", "fallback"))
print("sep", os.sep, isinstance(os.getcwd(), str))
