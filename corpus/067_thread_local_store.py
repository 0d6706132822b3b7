# source: 002_0cb0e86412a9fb81.txt, "Python: Thread-Local Data Storage with threading.local"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# create a local instance
local = threading.local()
# store some data
local.custom = 33
