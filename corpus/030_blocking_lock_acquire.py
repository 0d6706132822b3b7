# source: 002_0cb0e86412a9fb81.txt, "Python Blocking Lock Acquisition"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# block until the lock can be acquired
lock.acquire()
