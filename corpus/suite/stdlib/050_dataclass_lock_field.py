# covers: a dataclass with a Lock created by field(default_factory=threading.Lock, repr=False, compare=False), methods called from threads, repr after joins
# kind: program
# rule: exact
import threading
from dataclasses import dataclass, field


@dataclass
class Stats:
    name: str
    hits: int = 0
    misses: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def record(self, hit: bool) -> None:
        with self.lock:
            if hit:
                self.hits += 1
            else:
                self.misses += 1

    @property
    def ratio(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


stats = Stats("cache")
threads = [threading.Thread(target=stats.record, args=(i % 3 != 0,)) for i in range(12)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(stats)
print(f"{stats.ratio:.2%}", stats == Stats("cache", 8, 4))
