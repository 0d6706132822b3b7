# covers: Thread.native_id (None before start), get_native_id() inside the thread, values masked
# kind: program
# rule: normalised
# normalise: \b\d+\b => N
# timeout: 10s
import threading

inside = []


def task():
    inside.append(threading.get_native_id())


t = threading.Thread(target=task)
print("native_id before start is None:", t.native_id is None)
t.start()
t.join()
print("native_id:", t.native_id)
print("same as inside:", inside[0] == t.native_id)
print("main native id:", threading.get_native_id())
print("main differs:", threading.get_native_id() != t.native_id)
print("main_thread().native_id matches:", threading.main_thread().native_id == threading.get_native_id())
