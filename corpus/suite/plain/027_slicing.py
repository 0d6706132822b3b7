# covers: slicing of lists, strings, tuples: start/stop/step, negatives, reversal, copies, slice assignment
# kind: program
# rule: exact
letters = ["a", "b", "c", "d", "e", "f"]
print(letters[1:4], letters[:2], letters[3:], letters[-2:])
print(letters[::2], letters[1::2], letters[::-1], letters[-1:-4:-1])
print(letters[10:], letters[2:100], letters[4:1])
copy = letters[:]
copy[0] = "z"
print(letters[0], copy[0])
text = "Hello, World"
print(text[:5], text[7:], text[::-1], text[-5:-1])
t = (0, 1, 2, 3, 4)
print(t[1:3], t[::3])
nums = list(range(8))
nums[2:4] = [20, 30, 40]
print(nums)
del nums[:3]
print(nums)
n = 3
print(text[n:n + 2], letters[:n])
