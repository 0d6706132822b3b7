# covers: currentThread, activeCount, getName, setName, isDaemon, setDaemon (old camelCase aliases) and their DeprecationWarning lines
# kind: program
# rule: normalised
# normalise: (?m)^\S*/([^/\s]+\.py):(\d+): => $1:$2:
# timeout: 10s
import threading

t = threading.Thread(target=lambda: None)
t.setName("renamed")
print(t.getName())
t.setDaemon(True)
print(t.isDaemon())
print(threading.currentThread().getName())
print(threading.activeCount())
t.start()
t.join()
