# covers: module-level code runs first, then the if __name__ == '__main__': block; module globals read by functions
# kind: program
# rule: exact
print("module start")
GREETING = "Hello"
COUNT = 2


def greet(name):
    return f"{GREETING}, {name}!"


def main():
    for i in range(COUNT):
        print(i, greet("thread"))
    print("name is", __name__)


print("before guard")
if __name__ == '__main__':
    main()
    print("main done")
