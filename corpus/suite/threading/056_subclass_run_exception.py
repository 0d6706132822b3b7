# covers: unhandled exception inside an overridden run() of a Thread subclass: report names the thread without a target suffix; attributes set before the error survive
# kind: program
# rule: exact
# timeout: 10s
import threading


class Fragile(threading.Thread):
    def __init__(self):
        super().__init__()
        self.progress = []

    def run(self):
        self.progress.append("step 1")
        raise IndexError("step 2 failed")


f = Fragile()
f.start()
f.join()
print("progress:", f.progress, "alive:", f.is_alive())
