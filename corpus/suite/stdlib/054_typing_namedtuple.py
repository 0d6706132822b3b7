# covers: typing.NamedTuple class syntax with annotations and defaults, methods on it, repr, _replace, returned from threads via executor.map
# kind: program
# rule: exact
from concurrent.futures import ThreadPoolExecutor
from typing import NamedTuple


class Measurement(NamedTuple):
    sensor: str
    value: float
    unit: str = "C"

    def fahrenheit(self) -> float:
        return self.value * 9 / 5 + 32


def read(sensor: str) -> Measurement:
    return Measurement(sensor, len(sensor) * 2.5)


with ThreadPoolExecutor(max_workers=2) as pool:
    readings = list(pool.map(read, ["kitchen", "attic", "garage"]))
for m in readings:
    print(m, f"{m.fahrenheit():.1f}F")
print(readings[0]._replace(unit="K"), Measurement._fields)
print(max(readings, key=lambda m: m.value).sensor)
