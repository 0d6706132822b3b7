# source: 001_22dbe14fec383ac3.txt, "Daemon Threads"
# kind: program
# rule: normalised
# normalise: Running in the background\n? => 
# normalise: \n+ => \n
# timeout: 10s
import threading
import time

def background_task():
    while True:
        print("Running in the background")
        time.sleep(2)

t = threading.Thread(target=background_task)
t.daemon = True
t.start()

print("Main thread exiting")
