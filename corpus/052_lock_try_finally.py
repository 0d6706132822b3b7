# source: 002_0cb0e86412a9fb81.txt, "Using Try-Finally for Lock Management in Python"
# restored: line breaks and indentation (the document lost its newlines); the try body is only a comment in the tutorial, so the text is not valid Python as written (kept)
# kind: fragment
import threading

lock = threading.Lock()
# acquire the lock
lock.acquire()
try:
    # critical section...
finally:
    # always release the lock
    lock.release()
