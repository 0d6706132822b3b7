# covers: subclass of threading.local whose __init__ runs once per thread giving defaults; class-level methods
# kind: program
# rule: exact
# timeout: 10s
import threading


class Context(threading.local):
    def __init__(self, default):
        super().__init__()
        self.items = [default]

    def add(self, x):
        self.items.append(x)
        return list(self.items)


ctx = Context("start")
ctx.add("main-1")
out = {}


def worker(tag):
    out[tag] = ctx.add(tag)


for tag in ("t1", "t2"):
    t = threading.Thread(target=worker, args=(tag,))
    t.start()
    t.join()
print(out)
print("main:", ctx.items)
