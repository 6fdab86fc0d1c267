# What shlex says about text it cannot split
import shlex

for text in ['echo "unterminated', "it's", "trailing\\", "'a' \"b", "ok\\ fine"]:
    try:
        print(shlex.split(text))
    except ValueError as e:
        print(type(e).__name__, e)
lex = shlex.shlex("'open", posix=False)
try:
    print(list(lex))
except ValueError as e:
    print("ValueError", e)
print(shlex.split("'\\'"))
print(shlex.split('"\\\\ \\a"'))
try:
    shlex.quote(5)
except TypeError as e:
    print("TypeError", e)
