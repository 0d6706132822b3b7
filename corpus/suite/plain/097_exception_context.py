# covers: an exception raised inside an except clause keeps the handled one as its context (__context__), raise ... from None hides it, and an uncaught one reports both tracebacks
# kind: program
# rule: exact
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError("cannot parse " + repr(text))


def quiet(text):
    try:
        return int(text)
    except ValueError:
        raise LookupError("no number in " + text) from None


print(parse("12"), quiet("7"))
try:
    quiet("seven")
except LookupError as e:
    print(type(e).__name__, e, e.__cause__)
parse("twelve")
