# covers: class with a Lock attribute, methods called from threads, self.x updates under `with self.lock`, __str__ of the final state
# kind: program
# rule: exact
import threading


class BankAccount:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.lock = threading.Lock()
        self.transactions = 0

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
            self.transactions += 1

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                return False
            self.balance -= amount
            self.transactions += 1
            return True

    def __str__(self):
        return f"{self.owner}: balance={self.balance}, transactions={self.transactions}"


account = BankAccount("Ann", 100)
depositors = [threading.Thread(target=account.deposit, args=(10,)) for _ in range(5)]
for t in depositors:
    t.start()
for t in depositors:
    t.join()
print(account)
print(account.withdraw(1000), account.withdraw(50))
print(account)
