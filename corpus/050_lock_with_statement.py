# source: 002_0cb0e86412a9fb81.txt, "Context Manager for Lock Acquisition in Python"
# restored: line breaks and indentation (the document lost its newlines); the with body is only a comment in the tutorial, so the text is not valid Python as written (kept)
# kind: fragment
import threading

lock = threading.Lock()
# acquire the lock using a context manager
with lock:
    # critical section...
