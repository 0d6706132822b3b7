# source: 002_0cb0e86412a9fb81.txt, "Python Spinlock with Timeout"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
while True:
    # try and get the lock with a timeout
    acquired = lock.acquire(timeout=0.1)
    # check if we got the lock
    if acquired:
        # stop waiting
        break
