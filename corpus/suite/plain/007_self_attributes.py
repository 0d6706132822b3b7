# covers: self.x attributes set in __init__ and in methods, attribute types inferred from assignments
# kind: program
# rule: exact
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
        self.last = amount

    def report(self):
        return f"{self.owner}: {self.balance} after {len(self.history)} ops, last {self.last}"


acct = Account("Ada")
acct.deposit(50)
acct.deposit(25)
print(acct.report())
print(acct.history)
acct.owner = acct.owner.upper()
print(acct.owner, acct.balance)
