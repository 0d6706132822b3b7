# covers: Event as a stop flag: worker loops while not stop.is_set(), using stop.wait(interval) as an interruptible sleep
# kind: program
# rule: exact
# timeout: 10s
import threading

stop = threading.Event()
ticks = []
first_tick = threading.Event()


def heartbeat():
    while not stop.is_set():
        ticks.append(1)
        first_tick.set()
        stop.wait(0.02)
    print("worker saw stop flag")


t = threading.Thread(target=heartbeat)
t.start()
first_tick.wait()
stop.set()
t.join()
print("ticked at least once:", len(ticks) >= 1)
print("alive:", t.is_alive())
