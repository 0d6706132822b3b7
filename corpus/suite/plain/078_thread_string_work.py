# covers: string methods in thread workers (split, strip, title, replace, join, f-string alignment) with results list indexed by position
# kind: program
# rule: exact
import threading

raw_lines = [
    "  alice smith , engineer ",
    "bob  jones,designer",
    " carol white ,  manager",
]
cleaned = [""] * len(raw_lines)


def clean(index, line):
    name, role = [part.strip() for part in line.split(",")]
    name = " ".join(name.split()).title()
    cleaned[index] = f"{name:<14}|{role.upper():>10}|"


threads = [threading.Thread(target=clean, args=(i, line)) for i, line in enumerate(raw_lines)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("\n".join(cleaned))
print("-" * 26)
print(max(cleaned, key=len).replace("|", "!"))
