# The shlex class: tokens one by one, posix and not, punctuation_chars, whitespace_split
import shlex

lex = shlex.shlex("a = b + c; print(x) # comment\nnext 'quoted str' \"dq\"")
print(list(lex))
lex = shlex.shlex("a = b + c; print(x) # comment\nnext 'quoted str'", posix=True)
print(list(lex))
print(lex.lineno)
lex = shlex.shlex("ls -l | grep py > out.txt && echo done;", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("a&&b||c (d) <<e >>f", posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("a&&b;c", punctuation_chars="&")
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex("x=1 y-2 ~/a.txt", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("foo bar,baz", posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("foo bar,baz:qux", posix=True)
lex.whitespace = " ,"
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("one two three")
print(lex.get_token(), lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("one", posix=True)
print(lex.get_token(), lex.get_token())
lex = shlex.shlex("a b")
lex.commenters = ""
lex.wordchars += "-"
print(lex.posix, repr(lex.eof), lex.whitespace_split, repr(lex.quotes), repr(lex.escape))
print(lex.error_leader(), lex.error_leader("f.txt", 7))
for tok in shlex.shlex("x-y z", posix=True):
    print("token", tok)
