# covers: class variables holding a shared Lock and counter, classmethod/staticmethod, instances created from threads
# kind: program
# rule: exact
import threading


class Ticket:
    issued = 0
    lock = threading.Lock()

    def __init__(self, holder):
        with Ticket.lock:
            Ticket.issued += 1
            self.number = Ticket.issued
        self.holder = holder

    @classmethod
    def count(cls):
        return cls.issued

    @staticmethod
    def describe(n):
        return f"{n} ticket" + ("s" if n != 1 else "")


tickets = []
tickets_lock = threading.Lock()


def buy(holder):
    t = Ticket(holder)
    with tickets_lock:
        tickets.append(t)


threads = [threading.Thread(target=buy, args=(f"p{i}",)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(Ticket.describe(Ticket.count()), Ticket.describe(1))
print(sorted(t.number for t in tickets))
print(sorted(t.holder for t in tickets))
