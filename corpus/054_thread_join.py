# source: 002_0cb0e86412a9fb81.txt, "Join a Thread in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# join a thread
thread.join()
