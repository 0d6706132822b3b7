# covers: Condition with its own lock: consumer wait() in a while loop, producer notify() under 'with'
# kind: program
# rule: exact
# timeout: 10s
import threading

cond = threading.Condition()
items = []


def consumer():
    with cond:
        while not items:
            cond.wait()
        print("consumer got", items.pop(0))


c = threading.Thread(target=consumer)
c.start()
with cond:
    items.append("parcel")
    cond.notify()
c.join()
print("remaining:", items)
