# covers: functions with default arguments and keyword arguments at call sites
# kind: program
# rule: exact
def connect(host, port=8080, secure=False, timeout=1.5):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port} (timeout {timeout})"


print(connect("example.org"))
print(connect("example.org", 443, True))
print(connect("example.org", secure=True))
print(connect(port=9000, host="localhost"))
print(connect("a", timeout=3))


def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_to(1), append_to(2))
shared = [0]
print(append_to(5, target=shared), shared)
