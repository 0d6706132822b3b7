# covers: subclass of multiprocessing.Process overriding run(), __init__ calling super().__init__(); attribute changes in the child stay in the child
# kind: program
# rule: exact
# timeout: 10s
import multiprocessing


class Counter(multiprocessing.Process):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
        self.total = 0

    def run(self):
        self.total = sum(range(self.limit))
        print("child computed", self.total, flush=True)


if __name__ == '__main__':
    c = Counter(10)
    c.start()
    c.join()
    print("parent's copy of total:", c.total, "exitcode:", c.exitcode)
