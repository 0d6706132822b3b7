# covers: str.format with positional, indexed, named arguments, format specs, attribute and index access, literal braces
# kind: program
# rule: exact
print("{} + {} = {}".format(2, 3, 5))
print("{1} before {0}".format("a", "b"))
print("{name} is {age} years".format(name="Ann", age=30))
print("{:.3f} | {:>6} | {:<6}| {:^7} | {:05d}".format(3.14159, "r", "l", "mid", 42))
print("{:,} {:x} {:o} {:b} {:e} {:%}".format(1234567, 255, 8, 5, 12345.678, 0.25))
print("{0[0]} {0[1]} {1[k]}".format(["x", "y"], {"k": "v"}))


class P:
    x = 1.5


print("{p.x}".format(p=P()))
print("{{literal}} {}".format("ok"))
print("{:*^11}".format(" hi "), "{:+d} {:+d}".format(5, -5))
template = "Worker {id:02d} processed {n} items"
for i in range(2):
    print(template.format(id=i, n=i * 10))
print("{!r} {!s}".format("q", "q"))
