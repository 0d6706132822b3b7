# covers: f-string conversions {x!r} {x!s}, self-documenting {x=} (with spec and expressions), braces escaping, expressions inside
# kind: program
# rule: exact
name = "Ann"
count = 3
ratio = 0.5
items = ["a", "b"]
print(f"{name!r} {name!s} {items!r}")
print(f"{name=}")
print(f"{count=} {ratio=}")
print(f"{count * 2=}")
print(f"{ratio=:.3f}")
print(f"{items=}")
print(f"{{literal}} {{{count}}}")
print(f"{name.upper()} {len(items)} {items[0]} {count if count > 2 else 0}")
print(f"{'quoted'} {name + '!'}")
d = {"k": 1}
print(f"{d['k']} {d=}")
print(f"""{name}
{count}""")
