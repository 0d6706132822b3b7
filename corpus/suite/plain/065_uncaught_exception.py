# covers: an uncaught exception: output before it is kept, traceback goes to stderr, exit status 1
# kind: program
# rule: exact
def average(values):
    return sum(values) / len(values)


print("average of [2, 4]:", average([2, 4]))
print("now an empty list")
print("average of []:", average([]))
print("never printed")
