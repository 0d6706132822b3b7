# covers: daemon threads are abandoned when the main thread ends; the program exits without waiting for them
# kind: program
# rule: exact
# timeout: 10s
import threading

started = threading.Event()
never = threading.Event()


def background():
    started.set()
    never.wait()
    print("this line never prints")


t = threading.Thread(target=background, daemon=True)
t.start()
started.wait()
print("daemon alive at exit:", t.is_alive())
print("main exits now")
