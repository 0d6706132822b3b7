# covers: messages of common built-in exceptions from operations (str(e)), exception args, raising classes without arguments
# kind: program
# rule: exact
cases = [
    lambda: [1, 2, 3][10],
    lambda: {"a": 1}["b"],
    lambda: 5 // 0,
    lambda: 5 % 0,
    lambda: 2.0 / 0,
    lambda: int("12x"),
    lambda: float("abc"),
    lambda: "abc".index("z"),
    lambda: [].pop(),
]
for i, case in enumerate(cases):
    try:
        case()
    except Exception as e:
        print(i, type(e).__name__, "|", e)
for cls in (ValueError, KeyError, RuntimeError):
    try:
        raise cls
    except Exception as e:
        print(cls.__name__, repr(e), e.args, str(e) == "")
