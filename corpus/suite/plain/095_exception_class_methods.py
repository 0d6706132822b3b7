# covers: exception classes with methods: attributes typed from __init__, a helper method called on the caught exception, a subclass without a body sharing its base's __init__, __str__ without super().__init__ (args are the call's), raise ... from uncaught (both tracebacks, exit 1)
# kind: program
# rule: exact
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def is_client_error(self):
        return 400 <= self.status < 500

    def describe(self):
        return f"{self.status} {self.reason}"


class NotFound(HttpError):
    pass


class Retry(Exception):
    def __init__(self, attempts):
        self.attempts = attempts

    def __str__(self):
        return "gave up after " + str(self.attempts) + " attempts"


def fetch(path):
    if path == "/missing":
        raise NotFound(404, "Not Found")
    if path == "/boom":
        raise HttpError(500, "Server Error")
    return "200 OK"


for path in ["/", "/missing", "/boom"]:
    try:
        print(path, fetch(path))
    except HttpError as err:
        print(path, type(err).__name__, err.describe(), err.is_client_error(), err.args)
        print(repr(err), str(err))

try:
    raise Retry(3)
except Retry as r:
    print(r, r.attempts + 1, r.args, repr(r))

try:
    fetch("/missing")
except NotFound as nf:
    raise Retry(nf.status) from nf
