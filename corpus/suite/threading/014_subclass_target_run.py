# covers: calling Thread.run() directly (runs in the caller), a subclass whose run() calls super().run() to invoke target
# kind: program
# rule: exact
# timeout: 10s
import threading


def job(x):
    print("job", x, "in", threading.current_thread().name)


class Logged(threading.Thread):
    def run(self):
        print("before target in", self.name)
        super().run()
        print("after target in", self.name)


t = threading.Thread(target=job, args=(1,), name="never-started")
t.run()
print("is_alive after direct run:", t.is_alive())
lt = Logged(target=job, args=(2,), name="logged")
lt.start()
lt.join()
