# covers: sys.exc_info() inside except (type, value, traceback present) and outside (all None), sys.argv length, sys.version_info
# kind: program
# rule: exact
import sys

print(sys.exc_info())
try:
    {"a": 1}["b"]
except KeyError:
    exc_type, exc_value, tb = sys.exc_info()
    print(exc_type.__name__, repr(exc_value), tb is not None)
try:
    raise ValueError("bad input")
except Exception:
    etype, value, _ = sys.exc_info()
    print(f"{etype.__name__}: {value}")
print(sys.exc_info() == (None, None, None))
print(len(sys.argv), sys.version_info[0], sys.version_info >= (3, 8))
