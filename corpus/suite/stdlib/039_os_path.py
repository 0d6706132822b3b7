# covers: os.path.join, exists, basename, dirname, splitext, split, isfile, isdir, abspath-free relative checks, os.makedirs/rmdir on a temp dir
# kind: program
# rule: exact
import os

path = os.path.join("data", "2024", "report.csv")
print(path)
print(os.path.basename(path), os.path.dirname(path))
print(os.path.splitext(path), os.path.split(path))
print(os.path.splitext("archive.tar.gz"), os.path.join("a", "/abs", "b"))
print(os.path.exists("no_such_dir_xyz"), os.path.isdir("."), os.path.isfile("039_os_path.py"))
tmp = "suite_039_dir"
os.makedirs(os.path.join(tmp, "sub"), exist_ok=True)
print(os.path.isdir(os.path.join(tmp, "sub")), sorted(os.listdir(tmp)))
os.rmdir(os.path.join(tmp, "sub"))
os.rmdir(tmp)
print(os.path.exists(tmp))
