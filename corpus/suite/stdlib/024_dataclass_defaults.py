# covers: dataclass defaults and field(default_factory=list), field(repr=False), __post_init__, frozen=True with FrozenInstanceError
# kind: program
# rule: exact
from dataclasses import FrozenInstanceError, dataclass, field


@dataclass
class Task:
    title: str
    priority: int = 3
    tags: list[str] = field(default_factory=list)
    secret: str = field(default="x", repr=False)

    def __post_init__(self):
        self.title = self.title.strip().capitalize()


@dataclass(frozen=True)
class Coordinate:
    lat: float
    lon: float


a = Task("  write tests ")
b = Task("deploy", 1, ["ops"])
a.tags.append("dev")
print(a)
print(b)
print(Task("x").tags, Task("x").tags is Task("x").tags)
c = Coordinate(52.5, 13.4)
print(c, c == Coordinate(52.5, 13.4))
try:
    c.lat = 0.0
except FrozenInstanceError as e:
    print("frozen:", e)
print(hash(c) == hash(Coordinate(52.5, 13.4)))
