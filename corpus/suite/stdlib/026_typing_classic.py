# covers: typing annotations List[int], Dict[str, float], Optional[X], Tuple[int, str], Union, Callable, Any on functions, variables and attributes
# kind: program
# rule: exact
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

scores: Dict[str, float] = {}
history: List[int] = []


def find(names: List[str], target: str) -> Optional[int]:
    for i, name in enumerate(names):
        if name == target:
            return i
    return None


def split_pair(text: str) -> Tuple[str, int]:
    key, value = text.split("=")
    return key, int(value)


def apply(f: Callable[[int], int], values: List[int]) -> List[int]:
    return [f(v) for v in values]


def show(x: Union[int, str], extra: Any = None) -> str:
    return f"{x!r}/{extra!r}"


names = ["ann", "bo"]
print(find(names, "bo"), find(names, "zed"))
k, v = split_pair("retries=3")
scores[k] = v * 1.5
history.extend(apply(lambda n: n * 10, [1, 2]))
print(scores, history, show(3), show("s", [1]))
