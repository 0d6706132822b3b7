# covers: threading.Thread subclass with __init__ calling super().__init__(), run() override, attributes read after join, name and repr-free output
# kind: program
# rule: exact
import threading


class SquareSummer(threading.Thread):
    def __init__(self, numbers, label):
        super().__init__()
        self.numbers = numbers
        self.label = label
        self.total = 0

    def run(self):
        for n in self.numbers:
            self.total += n * n


workers = [SquareSummer(range(i * 10, (i + 1) * 10), f"block{i}") for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.label, w.total, w.is_alive())
print("grand total", sum(w.total for w in workers))
print(sum(n * n for n in range(30)))
