# source: 002_0cb0e86412a9fb81.txt, "Waiting for Thread Results in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
# Method 1: Use instance variables on an extended threading.Thread
# Method 2: Use a queue.Queue to share a result between threads
# Method 3: Use a global variable to share a result between threads
