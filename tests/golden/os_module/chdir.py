# The working folder: relative paths start there
import os

start = os.getcwd()
os.makedirs("work/out")
with open("work/in.txt", "w") as f:
    f.write("input\n")

os.chdir("work")
print(os.path.basename(os.getcwd()), sorted(os.listdir()), sorted(os.listdir(".")))
with open("in.txt") as f:
    print(f.read(), end="")
with open("out/result.txt", "w") as f:
    f.write("done")
print(os.path.relpath(os.getcwd(), start), os.getcwd() == os.path.join(start, "work"))
print(os.path.abspath("out") == os.path.join(start, "work", "out"))

os.chdir("..")
print(os.getcwd() == start)
print(os.listdir("work/out"))
os.chdir("work/out")
os.chdir("../..")
print(os.getcwd() == start, sorted(os.listdir()))
os.chdir(os.path.join(start, "work"))
print(os.path.exists("in.txt"))
os.chdir(start)
