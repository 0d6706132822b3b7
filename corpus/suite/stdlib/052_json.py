# covers: json.dumps (default, indent=2, sort_keys), json.loads round trip, types after loading (int, float, bool, None, list), dumping results from threads
# kind: program
# rule: exact
import json
import threading

results = {}
lock = threading.Lock()


def measure(name, size):
    with lock:
        results[name] = {"size": size, "ok": size < 100, "ratio": size / 8, "tags": [name[0]], "note": None}


threads = [threading.Thread(target=measure, args=(n, s)) for n, s in [("alpha", 64), ("beta", 128)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
text = json.dumps(results, sort_keys=True)
print(text)
print(json.dumps(results["alpha"], indent=2, sort_keys=True))
back = json.loads(text)
print(back == results, type(back["beta"]["ratio"]).__name__, back["beta"]["note"])
print(json.dumps([1, "two", 3.0, True, None, {"k": "é"}]))
print(json.loads('{"a": [1, 2.5, "x", false, null]}'))
