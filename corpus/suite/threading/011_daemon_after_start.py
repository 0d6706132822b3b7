# covers: setting daemon on an active thread raises RuntimeError; daemon on a finished thread
# kind: program
# rule: exact
# timeout: 10s
import threading

stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
print("still", t.daemon)
stop.set()
t.join()
try:
    threading.main_thread().daemon = True
except RuntimeError as e:
    print("main thread:", e)
