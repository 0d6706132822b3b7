# covers: args=("ab") is a string, not a tuple: it is unpacked character by character into the target's parameters
# kind: program
# rule: exact
# timeout: 10s
import threading


def pair(first, second):
    print("first:", first, "second:", second)


t = threading.Thread(target=pair, args=("ab"))
t.start()
t.join()
t = threading.Thread(target=pair, args=["x", "y"])
t.start()
t.join()
t = threading.Thread(target=print, args=("one-tuple",))
t.start()
t.join()
