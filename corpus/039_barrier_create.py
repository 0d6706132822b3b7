# source: 002_0cb0e86412a9fb81.txt, "Create a Barrier in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# create a barrier
barrier = threading.Barrier(10)
