# source: 002_0cb0e86412a9fb81.txt, "Get the Name of a Thread in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# report the name of the thread
print(thread.name)
