# covers: Thread(target=, args=, kwargs=); positional and keyword arguments reach the target
# kind: program
# rule: exact
# timeout: 10s
import threading


def greet(greeting, name, punctuation="!", repeat=1):
    print((greeting + ", " + name + punctuation + " ") * repeat)


t = threading.Thread(target=greet, args=("Hello",), kwargs={"name": "Ada", "repeat": 2})
t.start()
t.join()
t = threading.Thread(target=greet, args=["Hi", "Bob"], kwargs=dict(punctuation="?"))
t.start()
t.join()
t = threading.Thread(target=greet, kwargs={"greeting": "Hey", "name": "Cy"})
t.start()
t.join()
