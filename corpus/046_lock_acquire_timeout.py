# source: 002_0cb0e86412a9fb81.txt, "Acquiring Lock with Timeout in Python"
# restored: line breaks and indentation (the document lost its newlines); the if body is only a comment in the tutorial, so the text is not valid Python as written (kept)
# kind: fragment
import threading

lock = threading.Lock()
# acquire the lock with a timeout of 2 minutes
if not lock.acquire(timeout=2*60):
    # handle failure case, e.g., report error, force termination
