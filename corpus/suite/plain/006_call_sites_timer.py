# covers: call site via threading.Timer(interval, f, args=...) plus a direct call of the same function
# kind: program
# rule: exact
import threading

messages = []


def remind(text, times):
    messages.append(text * times)


remind("now ", 2)
timer = threading.Timer(0.05, remind, args=("later ", 3))
timer.start()
timer.join()
cancelled = threading.Timer(5.0, remind, args=("never", 1))
cancelled.start()
cancelled.cancel()
cancelled.join()
for m in messages:
    print(repr(m))
print(len(messages))
