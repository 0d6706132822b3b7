# source: 002_0cb0e86412a9fb81.txt, "Get Python Thread Identifier using threading.get_ident()"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: normalised
# normalise: (?m)^\d+$ => N
# SuperFastPython.com
# report the id for the current thread
from threading import get_ident

# get the id for the current thread
identifier = get_ident()
# report the thread id
print(identifier)
