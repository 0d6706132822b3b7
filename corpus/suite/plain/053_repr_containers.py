# covers: str/repr of nested list/tuple/dict/set with strings (quotes, embedded quotes, escapes), None, bools, empty containers
# kind: program
# rule: exact
data = {
    "name": "Ann",
    "tags": ["a", "b'c", 'd"e', "f'g\"h"],
    "pos": (1, 2.5),
    "single": (None,),
    "flags": {"on": True, "off": False},
    "empty": [[], {}, (), set()],
    "text": "tab\there\nnewline\\",
}
print(data)
print(str(data["tags"]), repr(data["pos"]))
print([["nested", ["deep", ("t", 1)]], {"k": {"kk": [None]}}])
print({"only"}, {1}, {(1, "a")}, frozenset([2]))
print(repr("it's"), repr('say "hi"'), repr("both ' \""), repr(""), repr("\\"))
print(str("plain"), ["plain"], ("plain",))
print({1: "one", 2: "two"}, {(1, 2): "tuple"}, {"k": None}, {2.5: [1.5]})
words = {"pear", "apple", "fig"}
print(len(words), sorted(words))
print(words)
