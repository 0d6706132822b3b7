# source: 002_0cb0e86412a9fb81.txt, "Python Task Function for Livelock Example"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
from threading import Lock
from time import sleep

def task(number, lock1, lock2):
    # loop until the task is completed
    while True:
        # acquire the first lock
        with lock1:
            # wait a moment
            sleep(0.1)
            # check if the second lock is available
            if lock2.locked():
                print(f'Task {number} cannot get the second lock, giving up...')
            else:
                # acquire lock2
                with lock2:
                    print(f'Task {number} made it, all done.')
                    break
