# covers: every call site of a function: direct call and Thread(target=f, args=..., kwargs=...)
# kind: program
# rule: exact
import threading

results = {}


def work(name, count, scale=1):
    total = 0
    for i in range(count):
        total += i * scale
    results[name] = total


work("direct", 4)
t1 = threading.Thread(target=work, args=("args", 5))
t2 = threading.Thread(target=work, args=("kw",), kwargs={"count": 3, "scale": 10})
t3 = threading.Thread(target=work, kwargs={"name": "allkw", "count": 2, "scale": 7})
for t in (t1, t2, t3):
    t.start()
for t in (t1, t2, t3):
    t.join()
for key in sorted(results):
    print(key, results[key])
