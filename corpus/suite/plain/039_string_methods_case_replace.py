# covers: string methods upper lower title capitalize swapcase replace startswith endswith find index count isdigit isalpha isspace center ljust rjust zfill
# kind: program
# rule: exact
s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), "hello world".title(), "hELLO".capitalize())
print(s.replace("l", "L"), s.replace("l", "", 2), s.replace("xyz", "?"))
print(s.startswith("Hell"), s.endswith("World"), s.startswith(("A", "H")), s.endswith("!"))
print(s.find("o"), s.find("o", 5), s.find("z"), s.rfind("o"), s.index("W"), s.count("l"))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "   ".isspace(), "Abc".isupper(), "abc".islower())
print("[" + "hi".center(8) + "]", "[" + "hi".ljust(5, ".") + "]", "[" + "hi".rjust(5) + "]", "7".zfill(3))
name = "thread-7"
if name.startswith("thread-"):
    print("number", int(name[len("thread-"):]))
print("a,b".replace(",", ", ").upper().split(", "))
