# covers: Thread subclass passing name= and daemon= to super().__init__(), extra attributes, run() calling current_thread()
# kind: program
# rule: exact
# timeout: 10s
import threading


class Greeter(threading.Thread):
    def __init__(self, who, label):
        super().__init__(name=label, daemon=False)
        self.who = who
        self.message = ""

    def run(self):
        me = threading.current_thread()
        self.message = f"{me.name} greets {self.who} (same object: {me is self})"


class Plain(threading.Thread):
    def run(self):
        print("plain run in", self.name)


g = Greeter("world", "greeter-1")
g.start()
g.join()
print(g.message)
p = Plain()
print("default subclass name:", p.name)
p.start()
p.join()
print(isinstance(g, threading.Thread), g.daemon)
