# covers: user subclasses of Exception (hierarchy, custom __init__ with attributes, __str__), except by base class, raise ... from
# kind: program
# rule: exact
class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class QuotaError(AppError):
    def __init__(self, used, limit):
        self.used = used
        self.limit = limit

    def __str__(self):
        return f"quota exceeded ({self.used}/{self.limit})"


def check(record):
    if "name" not in record:
        raise ValidationError("name", "required")
    if record.get("size", 0) > 10:
        raise QuotaError(record["size"], 10)
    return "ok"


for rec in [{"name": "a"}, {}, {"name": "b", "size": 12}]:
    try:
        print(check(rec))
    except ValidationError as e:
        print("validation:", e, "field =", e.field)
    except AppError as e:
        print("app error:", e, type(e).__name__, isinstance(e, Exception))
try:
    try:
        {}["x"]
    except KeyError as e:
        raise AppError("lookup failed") from e
except AppError as e:
    print(e, "caused by", repr(e.__cause__))
