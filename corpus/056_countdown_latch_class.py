# source: 002_0cb0e86412a9fb81.txt, "Implement Countdown Latch in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
from threading import Condition

class CountDownLatch():
    def __init__(self, count):
        self.count = count
        self.condition = Condition()

    def count_down(self):
        with self.condition:
            if self.count == 0:
                return
            self.count -= 1
            if self.count == 0:
                self.condition.notify_all()

    def wait(self):
        with self.condition:
            if self.count == 0:
                return
            self.condition.wait()
