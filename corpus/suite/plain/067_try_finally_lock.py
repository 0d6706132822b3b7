# covers: try/finally releasing a lock acquired with acquire(); exception inside the critical section still releases it
# kind: program
# rule: exact
import threading

lock = threading.Lock()
balance = 100


def withdraw(amount):
    global balance
    lock.acquire()
    try:
        if amount > balance:
            raise ValueError(f"cannot withdraw {amount}")
        balance -= amount
        return balance
    finally:
        lock.release()


for amount in (30, 500, 20):
    try:
        print("balance now", withdraw(amount))
    except ValueError as e:
        print("error:", e)
    print("locked?", lock.locked())
t = threading.Thread(target=withdraw, args=(10,))
t.start()
t.join()
print("final", balance, lock.acquire(blocking=False))
lock.release()
