# source: 002_0cb0e86412a9fb81.txt, "Configure Barrier with Timeout in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# configure a barrier with a default timeout
barrier = threading.Barrier(10, timeout=5)
