# source: 002_0cb0e86412a9fb81.txt, "Python Livelock Demonstration with Threads and Locks"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: normalised
# normalise: (Task [01] cannot get the second lock, giving up\.\.\.|\n)+ => Task N cannot get the second lock, giving up...\n
# timeout: 10s
# expect: hang
from threading import Thread, Lock
from time import sleep

def task(number, lock1, lock2):
    while True:
        with lock1:
            sleep(0.1)
            if lock2.locked():
                print(f'Task {number} cannot get the second lock, giving up...')
            else:
                with lock2:
                    print(f'Task {number} made it, all done.')
                    break

# create locks
lock1 = Lock()
lock2 = Lock()
# create threads
thread1 = Thread(target=task, args=(0, lock1, lock2))
thread2 = Thread(target=task, args=(1, lock2, lock1))
# start threads
thread1.start()
thread2.start()
# wait for threads to finish
thread1.join()
thread2.join()
