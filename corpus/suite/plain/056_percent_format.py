# covers: %-formatting: %s %d %i %f %.2f %5d %-5s %05.1f %x %o %e %r %%, tuple and dict arguments, single value
# kind: program
# rule: exact
print("Hello %s" % "World")
print("%s is %d years" % ("Ann", 30))
print("%f %.2f %.0f %10.3f|" % (3.14159, 3.14159, 2.5, 3.14159))
print("[%5d] [%-5d] [%05d] [%+d]" % (42, 42, 42, 42))
print("[%8s] [%-8s] [%.2s]" % ("right", "left", "truncate"))
print("%x %X %o %e %E" % (255, 255, 8, 12345.678, 0.000123))
print("%r %s" % ("quoted", "plain"))
print("100%% done, %i items" % 7)
print("%(name)s scored %(score).1f" % {"name": "Bo", "score": 9.25})
print("%s" % [1, "two"], "%s" % (None,), "%d" % 3.99)
print("%c%c" % (72, "i"))
fmt = "%-10s|%6.2f"
for row in [("apples", 1.5), ("kiwis", 12.125)]:
    print(fmt % row)
