# covers: try/except/else/finally ordering, finally on return, finally on exception propagating, nested try
# kind: program
# rule: exact
def parse(text):
    try:
        value = int(text)
    except ValueError:
        print(f"  cannot parse {text!r}")
        return None
    else:
        print(f"  parsed {value}")
        return value * 2
    finally:
        print("  finally for", repr(text))


for t in ["12", "x1"]:
    print("result:", parse(t))


def outer():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
    return "done"


print(outer())
