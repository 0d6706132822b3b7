# covers: exceptions raised inside thread targets caught in the worker (try/except/else) and stored for the main thread to report
# kind: program
# rule: exact
import threading

errors = {}
outputs = {}
lock = threading.Lock()


def convert(name, text):
    try:
        value = float(text)
    except ValueError as e:
        with lock:
            errors[name] = str(e)
    else:
        with lock:
            outputs[name] = value * 2


inputs = {"a": "1.5", "b": "two", "c": "-3", "d": ""}
threads = [threading.Thread(target=convert, args=item) for item in inputs.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(outputs):
    print("ok", name, outputs[name])
for name in sorted(errors):
    print("error", name, errors[name])
print(len(outputs) + len(errors) == len(inputs))
