# source: 002_0cb0e86412a9fb81.txt, "Complete Reentrant Lock Example in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: normalised
# normalise: >thread \d+ => >thread N
# normalise: sleeping for [0-9][0-9.e-]* => sleeping for V
# SuperFastPython.com
# example of a reentrant lock
from time import sleep
from random import random
from threading import Thread
from threading import RLock

# reporting function
def report(lock, identifier):
    # acquire the lock
    with lock:
        with lock:
            print(f'>thread {identifier} done')

# work function
def task(lock, identifier, value):
    # acquire the lock
    with lock:
        with lock:
            print(f'>thread {identifier} sleeping for {value}')
            sleep(value)
            # report
            report(lock, identifier)

# create a shared reentrant lock
lock = RLock()
# start a few threads that attempt to execute the same critical section
for i in range(10):
    # start a thread
    Thread(target=task, args=(lock, i, random())).start()
# wait for all threads to finish...
# (In a real application, you'd likely use thread.join() or similar)
