# covers: Timer.cancel() before the interval elapses (function never runs), cancel after it ran is harmless
# kind: program
# rule: exact
# timeout: 10s
import threading

fired = []
t = threading.Timer(0.5, fired.append, args=("late",))
t.start()
t.cancel()
t.join()
print("fired after cancel:", fired)
print("alive after cancel+join:", t.is_alive())

quick = threading.Timer(0.01, fired.append, args=("quick",))
quick.start()
quick.join()
quick.cancel()
print("fired:", fired)
