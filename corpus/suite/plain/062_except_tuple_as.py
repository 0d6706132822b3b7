# covers: except (A, B) as e with a tuple of classes, builtin errors from operations (ZeroDivisionError, KeyError, IndexError, TypeError, ValueError, AttributeError)
# kind: program
# rule: exact
def risky(kind):
    data = {"a": 1}
    items = [1, 2]
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return data["missing"]
    if kind == 2:
        return items[5]
    if kind == 3:
        return "x" + 1
    if kind == 4:
        return int("abc")
    if kind == 5:
        return None.upper()
    return "fine"


for kind in range(7):
    try:
        print(kind, "result", risky(kind))
    except (ZeroDivisionError, ValueError) as e:
        print(kind, "arith/value:", type(e).__name__, e)
    except (KeyError, IndexError) as e:
        print(kind, "lookup:", type(e).__name__, e, repr(e))
    except (TypeError, AttributeError) as e:
        print(kind, "type:", type(e).__name__, e)
