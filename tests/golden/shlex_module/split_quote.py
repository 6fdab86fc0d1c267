# shlex.split / quote / join: what a tutorial does with a command line
import shlex

print(shlex.split("ls -l /tmp"))
print(shlex.split('echo "hello world" \'single quoted\' plain'))
print(shlex.split("a\\ b c\\\\d 'e\\f' \"g\\\"h\\$i\\j\""))
print(shlex.split("one # a comment", comments=True))
print(shlex.split("one # not a comment"))
print(shlex.split("x='1 2' y=\"3\"4"))
print(shlex.split("  leading   and trailing  "))
print(shlex.split(""))
print(shlex.split("''"))
print(shlex.split('"" empty ""'))
print(shlex.split("a 'b' c", posix=False))
print(shlex.split('say "it\'s" ok', posix=False))
print(shlex.split("multi\nline\tcommand"))
for arg in ["simple", "", "with space", "it's", "$HOME", "a;b", "path/to/file.txt",
            "key=value", "user@host:22", "tab\there", "ünï", "-dash", "100%"]:
    print(repr(arg), "->", shlex.quote(arg))
cmd = ["grep", "-r", "hello world", "it's here", "*.py"]
line = shlex.join(cmd)
print(line)
print(shlex.split(line) == cmd)
print(shlex.join([]))
