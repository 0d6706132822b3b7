# source: 004_28b8a46b91a80353.txt, "Creating Threads"
# restored: indentation; typographic quotes in string literals replaced by ASCII quotes; the missing t.start() under "# Start the thread"
# kind: program
# rule: exact
import threading

class MyThread(threading.Thread):
    def run(self):
        print("Hello from a thread!")

# Create an instance of the custom thread class
t = MyThread()

# Start the thread
t.start()
