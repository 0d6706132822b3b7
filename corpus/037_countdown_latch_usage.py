# source: 002_0cb0e86412a9fb81.txt, "Using Countdown Latch in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# create the countdown latch
latch = CountDownLatch(5)
# ... other thread operations ...
# As each party arrives at the latch, call count_down()
latch.count_down()
# Any threads interested in when the latch is open can call wait()
latch.wait()
