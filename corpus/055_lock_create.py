# source: 002_0cb0e86412a9fb81.txt, "Initialize a Lock Object in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# create a lock
lock = Lock()
