# covers: Timer(interval, function, args=, kwargs=) start and join; Timer is a Thread with a default name
# kind: program
# rule: exact
# timeout: 10s
import threading
import time


def ring(who, sound="ding"):
    print(f"{sound} for {who}")


t0 = time.monotonic()
timer = threading.Timer(0.3, ring, args=["Ada"], kwargs={"sound": "dong"})
print("is a Thread:", isinstance(timer, threading.Thread))
print("name:", timer.name)
timer.start()
print("started, alive:", timer.is_alive())
timer.join()
print("waited at least the interval:", time.monotonic() - t0 >= 0.3)
t2 = threading.Timer(0.01, ring, ("Bob",))
t2.start()
t2.join()
