# covers: // and % with floor semantics on negative ints and floats, divmod, mod of floats, sign follows divisor
# kind: program
# rule: exact
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {divmod(a, b)}")
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % -2.5)
print(-1 % 10, -11 // 10, -0.5 // 1, 5 % 0.3)
seconds = -3725
print(seconds // 60, seconds % 60)
minutes, secs = divmod(3725, 60)
hours, minutes = divmod(minutes, 60)
print(f"{hours}h {minutes}m {secs}s")
index = -1
print([10, 20, 30][index % 3])
