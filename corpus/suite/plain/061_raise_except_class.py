# covers: raise built-in exceptions, try/except by class, str(e) and repr(e), re-raise with bare raise, except Exception
# kind: program
# rule: exact
def withdraw(balance, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    if amount > balance:
        raise RuntimeError(f"insufficient funds: {balance} < {amount}")
    return balance - amount


for amount in (30, -5, 500):
    try:
        print("left", withdraw(100, amount))
    except ValueError as e:
        print("ValueError:", e)
    except RuntimeError as e:
        print("RuntimeError:", str(e), "|", repr(e))

try:
    try:
        withdraw(1, 2)
    except RuntimeError:
        print("logging and re-raising")
        raise
except Exception as e:
    print("outer caught", type(e).__name__, e.args)
