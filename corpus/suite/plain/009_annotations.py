# covers: variable and function annotations (int, float, str, list[int], dict[str, int], -> None)
# kind: program
# rule: exact
limit: int = 10
rate: float = 2
label: str = "total"
values: list[int] = []
table: dict[str, int] = {}


def add(a: int, b: int = 1) -> int:
    return a + b


def scale(x: float, factor: float) -> float:
    return x * factor


def record(key: str, value: int) -> None:
    table[key] = value


for i in range(3):
    values.append(add(i, limit))
record(label, sum(values))
print(values, table)
print(scale(rate, 3), type(rate).__name__)
print(add.__annotations__["return"].__name__)
