# covers: daemon default False, daemon= argument, daemon attribute assignment before start, inheritance from the creating thread
# kind: program
# rule: exact
# timeout: 10s
import threading

print("main daemon:", threading.main_thread().daemon)
t = threading.Thread(target=lambda: None)
print("default:", t.daemon)
t.daemon = True
print("after assignment:", t.daemon)
print("daemon=True arg:", threading.Thread(target=lambda: None, daemon=True).daemon)
print("daemon=False arg:", threading.Thread(target=lambda: None, daemon=False).daemon)

children = {}


def spawner(label):
    children[label] = threading.Thread(target=lambda: None).daemon


d = threading.Thread(target=spawner, args=("from daemon",), daemon=True)
n = threading.Thread(target=spawner, args=("from non-daemon",))
d.start()
n.start()
d.join()
n.join()
for k in sorted(children):
    print(k, children[k])
