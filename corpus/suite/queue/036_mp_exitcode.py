# covers: Process exit codes: sys.exit(n) in the child, an unhandled exception (exitcode 1, traceback on stderr), several processes joined in order
# kind: program
# rule: exact
# timeout: 10s
import sys
from multiprocessing import Process


def leave(code):
    sys.exit(code)


def crash():
    raise RuntimeError("child crashed")


if __name__ == '__main__':
    for target, args in [(leave, (0,)), (leave, (3,)), (crash, ())]:
        p = Process(target=target, args=args)
        p.start()
        p.join()
        print(target.__name__, args, "exitcode:", p.exitcode)
