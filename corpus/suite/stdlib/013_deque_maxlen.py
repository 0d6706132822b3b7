# covers: deque(maxlen=N) dropping old items from the other end, repr with maxlen, recent-history idiom, clear
# kind: program
# rule: exact
from collections import deque

history = deque(maxlen=3)
for reading in [10, 11, 12, 13, 14]:
    history.append(reading)
    print(history)
print(history.maxlen, sum(history) / len(history))
history.appendleft(0)
print(history)
last_lines = deque(["l1", "l2", "l3", "l4"], maxlen=2)
print(last_lines, list(last_lines))
history.clear()
print(history, len(history), deque(maxlen=None).maxlen)
