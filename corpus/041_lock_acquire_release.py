# source: 002_0cb0e86412a9fb81.txt, "Manual Lock Acquisition and Release in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
import threading

lock = threading.Lock()
# acquire the lock manually
lock.acquire()
# critical section...
# release the lock
lock.release()
