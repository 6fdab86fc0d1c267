# The stat module over os.stat's answers
import os
import stat

os.mkdir("folder")
with open("file.txt", "w") as f:
    f.write("abc")

for path in ["folder", "file.txt"]:
    mode = os.stat(path).st_mode
    print(path, stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode), stat.filemode(mode)[0])
s = os.stat("file.txt")
print(s[stat.ST_SIZE], s[stat.ST_MODE] == s.st_mode, stat.S_IFMT(s.st_mode) == stat.S_IFREG)
print(bool(stat.S_IMODE(s.st_mode) & stat.S_IRUSR))
for mode in [0o100644, 0o040755, 0o100755, 0o104755, 0o102644, 0o041777, 0o041776, 0o120777,
             0o020620, 0o060660, 0o010644, 0o140755, 0o000000, 0o107000]:
    print(oct(mode), stat.filemode(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))
print(stat.S_IRWXU, stat.S_IRWXG, stat.S_IRWXO, stat.S_ISUID, stat.S_ISGID, stat.S_ISVTX)
print(stat.ST_MODE, stat.ST_INO, stat.ST_SIZE, stat.ST_MTIME, stat.S_IREAD, stat.S_IWRITE, stat.S_IEXEC)
