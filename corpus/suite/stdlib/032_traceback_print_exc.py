# covers: traceback.print_exc() (stderr) in a worker thread's except block, traceback.format_exc() last line; program continues and exits 0
# kind: program
# rule: exact
import threading
import traceback


def parse_all(items):
    out = []
    for item in items:
        out.append(int(item))
    return out


def worker(items):
    try:
        print("parsed", parse_all(items))
    except ValueError:
        print("worker failed, printing traceback")
        traceback.print_exc()


for batch in (["1", "2"], ["3", "oops"]):
    t = threading.Thread(target=worker, args=(batch,))
    t.start()
    t.join()
try:
    1 / 0
except ZeroDivisionError:
    text = traceback.format_exc()
    print("last line:", text.strip().splitlines()[-1])
print("main continues")
