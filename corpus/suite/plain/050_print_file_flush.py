# covers: print(..., file=sys.stderr), print(..., flush=True), file=sys.stdout explicitly, combined with sep/end, from threads
# kind: program
# rule: exact
import sys
import threading


def report(name, ok):
    stream = sys.stdout if ok else sys.stderr
    print(name, "ok" if ok else "failed", sep=": ", file=stream, flush=True)


print("progress", end=" ", flush=True)
print("done", flush=True)
print("explicit stdout", file=sys.stdout)
print("error", 42, sep="=", file=sys.stderr)
print("partial", end="|", file=sys.stderr)
print("rest", file=sys.stderr, flush=True)
for i, ok in enumerate([True, False, True]):
    t = threading.Thread(target=report, args=(f"job{i}", ok))
    t.start()
    t.join()
