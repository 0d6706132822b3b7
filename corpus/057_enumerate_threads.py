# source: 002_0cb0e86412a9fb81.txt, "Enumerate Active Threads using threading.enumerate()"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
# SuperFastPython.com
# enumerate all active threads
import threading

# get a list of all active threads
threads = threading.enumerate()
# report the name of all active threads
for thread in threads:
    print(thread.name)
