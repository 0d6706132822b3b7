# covers: logging.exception inside except (message plus traceback on stderr), logging.error with exc_info=False, program continues
# kind: program
# rule: exact
import logging

logging.basicConfig(format="%(levelname)s %(message)s")


def divide(a, b):
    return a / b


for a, b in [(6, 3), (1, 0)]:
    try:
        print("result", divide(a, b))
    except ZeroDivisionError:
        logging.exception("division %d/%d failed", a, b)
logging.error("plain error without traceback")
print("continuing")
