# covers: default thread names 'Thread-N (target)' numbering, names without target, named threads not consuming a number
# kind: program
# rule: exact
# timeout: 10s
import threading


def fetch():
    pass


def parse():
    pass


a = threading.Thread(target=fetch)
b = threading.Thread(target=parse)
c = threading.Thread()
d = threading.Thread(target=fetch, name="custom")
e = threading.Thread(target=lambda: None)
f = threading.Thread(target=fetch)
for t in (a, b, c, d, e, f):
    print(t.name)
for t in (a, b, c, d, e, f):
    t.start()
    t.join()
print(threading.Thread(target=parse).name)
