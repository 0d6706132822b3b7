# covers: the program waits for non-daemon threads when the main thread's code ends
# kind: program
# rule: exact
# timeout: 10s
import threading
import time


def slow():
    time.sleep(0.3)
    print("non-daemon worker finished after main code ended")


t = threading.Thread(target=slow)
t.start()
print("main code done, worker alive:", t.is_alive())
