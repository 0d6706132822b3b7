# source: 002_0cb0e86412a9fb81.txt, "Create and Start a Custom Thread in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# create the thread
thread = CustomThread()
# start the thread
thread.start()
