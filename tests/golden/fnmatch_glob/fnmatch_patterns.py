# fnmatch: shell-style wildcards against names
import fnmatch

names = ["main.py", "test_main.py", "README.md", "setup.cfg", ".env", "data1.csv", "data22.csv",
         "notes.TXT", "a[1].txt", "x*y"]
for pat in ["*.py", "test_*", "*.md", "data?.csv", "data*.csv", "[a-m]*", "[!a-m]*", "*.[tT][xX][tT]",
            "*", ".*", "a[[]1].txt", "x[*]y", "*[0-9]*", "[]]", "[!]]*", "*.TXT", "*.txt"]:
    print(pat, fnmatch.filter(names, pat))
print(fnmatch.fnmatch("Report.PDF", "*.pdf"), fnmatch.fnmatchcase("Report.PDF", "*.pdf"))
print(fnmatch.fnmatch("dir/file.py", "*.py"), fnmatch.fnmatch("a\nb", "a?b"), fnmatch.fnmatch("", "*"))
print(fnmatch.fnmatch(b"x.py", b"*.py"), fnmatch.filter([b"a.c", b"b.h"], b"*.c"))
for pat in ["*.txt", "a*b*c", "?", "[abc]", "[!abc]", "[a-c-e]", "[z-a]", "[a-]", "[-a]", "[!]", "[",
            "[]", "a]b", "*.*", "**", "x|y", "[&~|]", "[\\]", "[a-c]-[x-z]", "[^x]", "[[]", "\\*",
            "[c-a-z]", "[a-a]", "a**b***c"]:
    print(repr(pat), repr(fnmatch.translate(pat)))
print(fnmatch.fnmatch("b", "[a-c-e]"), fnmatch.fnmatch("-", "[a-c-e]"), fnmatch.fnmatch("d", "[a-c-e]"))
print(fnmatch.fnmatch("q", "[z-a]"), fnmatch.fnmatch("-", "[a-]"), fnmatch.fnmatch("^", "[^x]"))
print(fnmatch.fnmatch("[", "["), fnmatch.fnmatch("x", "[!]"), fnmatch.fnmatch("!", "[!]"))
print(fnmatch.fnmatch("aXbYc", "a*b*c"), fnmatch.fnmatch("abcbc", "a*bc"), fnmatch.fnmatch("ab", "a*b*c"))
