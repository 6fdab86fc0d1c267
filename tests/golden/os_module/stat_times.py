# os.stat: sizes, kinds, and modification times that follow the clock
import os
import time

with open("a.txt", "w") as f:
    f.write("hello world\n")
os.mkdir("folder")

s = os.stat("a.txt")
print(type(s).__name__, s.st_size, s[6], len(s), isinstance(s, tuple))
print(type(s.st_mtime).__name__, type(s.st_mode).__name__, type(s.st_ino).__name__)
print(s.st_mode & 0o170000 == 0o100000, os.stat("folder").st_mode & 0o170000 == 0o040000)
print(abs(s.st_mtime - time.time()) < 5, s[8] == int(s.st_mtime))
print(s.st_mtime_ns // 1000000000 == int(s.st_mtime))

time.sleep(0.3)
with open("b.txt", "w") as f:
    f.write("later")
t = os.stat("b.txt")
print(t.st_mtime - s.st_mtime >= 0.3, t.st_mtime - s.st_mtime < 3)
print(os.path.getmtime("b.txt") == t.st_mtime)

# writing again changes the time
before = os.stat("a.txt").st_mtime
time.sleep(0.2)
with open("a.txt", "a") as f:
    f.write("more\n")
after = os.stat("a.txt")
print(after.st_mtime > before, after.st_size)

# utime sets it
os.utime("a.txt", (1700000000, 1700000000))
print(os.stat("a.txt").st_mtime, os.path.getmtime("a.txt"))
print(os.stat("a.txt").st_ino == os.stat("a.txt").st_ino, os.stat("a.txt").st_ino != t.st_ino)
print(os.path.samefile("a.txt", "./a.txt"), os.path.samefile("a.txt", "b.txt"))
print(os.access("a.txt", os.F_OK), os.access("zzz", os.F_OK))
