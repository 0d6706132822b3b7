def f(x):
    del x

f(1)
