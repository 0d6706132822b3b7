# source: 002_0cb0e86412a9fb81.txt, "Get Native Thread Identifier using threading.get_native_id()"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: normalised
# normalise: (?m)^\d+$ => N
# SuperFastPython.com
# report the native id for the current thread
from threading import get_native_id

# get the native id for the current thread
identifier = get_native_id()
# report the thread id
print(identifier)
