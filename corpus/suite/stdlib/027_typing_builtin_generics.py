# covers: PEP 585/604 annotations list[int], dict[str, list[float]], tuple[int, ...], X | None, set[str] on functions, classes and locals
# kind: program
# rule: exact
class Inventory:
    def __init__(self) -> None:
        self.items: dict[str, int] = {}
        self.log: list[tuple[str, int]] = []

    def add(self, name: str, count: int = 1) -> int:
        self.items[name] = self.items.get(name, 0) + count
        self.log.append((name, count))
        return self.items[name]

    def lookup(self, name: str) -> int | None:
        return self.items.get(name)


def averages(data: dict[str, list[float]]) -> dict[str, float]:
    return {k: sum(v) / len(v) for k, v in data.items()}


def first_even(values: tuple[int, ...]) -> int | None:
    for v in values:
        if v % 2 == 0:
            return v
    return None


inv = Inventory()
inv.add("bolt", 5)
print(inv.add("bolt"), inv.lookup("bolt"), inv.lookup("nut"), inv.log)
print(averages({"a": [1.0, 2.0], "b": [4.5]}))
print(first_even((1, 3, 6, 8)), first_even(()))
seen: set[str] = set()
seen.add("x")
print(seen)
