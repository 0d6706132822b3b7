# covers: subclass of Thread overriding run(), __init__ calling super().__init__(), result stored on the instance and read after join
# kind: program
# rule: exact
# timeout: 10s
import threading


class SumWorker(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)


workers = [SumWorker(range(i * 10, i * 10 + 10)) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.name, w.total)
print("grand total:", sum(w.total for w in workers))
