# source: 002_0cb0e86412a9fb81.txt, "Get Main Thread Instance using current_thread() in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: normalised
# normalise: id=\d+ => id=N
# SuperFastPython.com
# example of getting the current thread for the main thread
from threading import current_thread

# get the main thread
thread = current_thread()
# report properties for the main thread
print(f'name={thread.name}, daemon={thread.daemon}, id={thread.ident}')
