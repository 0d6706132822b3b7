"""Mirror of parser.Dump for CPython 3.11's ast, used to generate the golden
expectations of the parser tests (go test ./parser -run TestGolden -update).

Reads a JSON list of Python sources on stdin and writes a JSON list of dumps
(or "ERROR: ..." for sources CPython rejects). CPython's 3.8+ node shapes are
mapped to the gpython 3.4 shapes that parser.Dump prints: Constant becomes
Str/Num/Bytes/NameConstant/Ellipsis, subscripts wrap their index in Index or
ExtSlice, and call unpacking moves to starargs/kwargs.
"""
import ast
import json
import sys

POS_TYPES = (ast.stmt, ast.expr, ast.excepthandler, ast.arg, ast.keyword)
SKIP = {"type_comment", "kind", "posonlyargs", "is_async", "type_ignores"}
IDENT = {"name", "id", "attr", "arg", "module", "asname"}


def quote(s):
    out = ["'"]
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "'":
            out.append("\\'")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20 or o == 0x7F:
            out.append("\\x%02x" % o)
        else:
            out.append(ch)
    out.append("'")
    return "".join(out)


def bquote(b):
    out = ["b'"]
    for c in b:
        if c in (0x5C, 0x27):
            out.append("\\" + chr(c))
        elif c < 0x20 or c >= 0x7F:
            out.append("\\x%02x" % c)
        else:
            out.append(chr(c))
    out.append("'")
    return "".join(out)


def node(name, n, fields):
    head = name
    if isinstance(n, POS_TYPES):
        head += "@%d:%d" % (n.lineno, n.col_offset)
    parts = ["%s=%s" % (k, v) for k, v in fields if v not in ("", None)]
    return head + "(" + ", ".join(parts) + ")"


def lst(items):
    if not items:
        return ""
    return "[" + ", ".join("None" if i is None else dump(i) for i in items) + "]"


def index(s):
    if isinstance(s, ast.Slice):
        return node("Slice", None, [("lower", opt(s.lower)), ("upper", opt(s.upper)), ("step", opt(s.step))])
    if isinstance(s, ast.Tuple) and any(isinstance(e, ast.Slice) for e in s.elts):
        return "ExtSlice(dims=[" + ", ".join(index(e) if isinstance(e, ast.Slice) else "Index(value=%s)" % dump(e) for e in s.elts) + "])"
    return "Index(value=%s)" % dump(s)


def opt(n):
    return "" if n is None else dump(n)


def dump(n):
    if isinstance(n, ast.Constant):
        v = n.value
        if isinstance(v, bool) or v is None:
            return node("NameConstant", n, [("value", repr(v))])
        if v is Ellipsis:
            return node("Ellipsis", n, [])
        if isinstance(v, str):
            return node("Str", n, [("s", quote(v))])
        if isinstance(v, bytes):
            return node("Bytes", n, [("s", bquote(v))])
        return node("Num", n, [("n", repr(v))])
    if isinstance(n, ast.Call):
        args = [a for a in n.args if not isinstance(a, ast.Starred)]
        star = [a.value for a in n.args if isinstance(a, ast.Starred)]
        kws = [k for k in n.keywords if k.arg is not None]
        kwargs = [k.value for k in n.keywords if k.arg is None]
        return node("Call", n, [("func", dump(n.func)), ("args", lst(args)), ("keywords", lst(kws)),
                                ("starargs", dump(star[0]) if star else ""), ("kwargs", dump(kwargs[0]) if kwargs else "")])
    if isinstance(n, ast.Subscript):
        return node("Subscript", n, [("value", dump(n.value)), ("slice", index(n.slice)), ("ctx", type(n.ctx).__name__)])
    if isinstance(n, ast.AnnAssign):
        return node("AnnAssign", n, [("target", dump(n.target)), ("annotation", dump(n.annotation)),
                                     ("value", opt(n.value)), ("simple", str(n.simple))])
    fields = []
    for k in n._fields:
        if k in SKIP:
            continue
        v = getattr(n, k)
        if k == "ctx":
            fields.append((k, type(v).__name__))
        elif k in ("op",):
            fields.append((k, type(v).__name__))
        elif k == "ops":
            fields.append((k, "[" + ", ".join(type(o).__name__ for o in v) + "]" if v else ""))
        elif k in IDENT:
            fields.append((k, quote(v) if v else ""))
        elif k == "names" and isinstance(n, (ast.Global, ast.Nonlocal)):
            fields.append((k, "[" + ", ".join(quote(x) for x in v) + "]"))
        elif isinstance(v, list):
            fields.append((k, lst(v)))
        elif isinstance(v, ast.AST):
            fields.append((k, dump(v)))
        elif v is None:
            fields.append((k, ""))
        else:
            fields.append((k, str(v)))
    return node(type(n).__name__, n, fields)


def main():
    out = []
    for src in json.load(sys.stdin):
        try:
            out.append(dump(ast.parse(src)))
        except SyntaxError as e:
            out.append("ERROR: %s" % e.msg)
    json.dump(out, sys.stdout, indent=0, ensure_ascii=False)


if __name__ == "__main__":
    main()
