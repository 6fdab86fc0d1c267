"""getpass in Loopscope. getuser() reads the environment as CPython 3.11 does (LOGNAME, USER,
LNAME, USERNAME): the playground's is USER=learner (docs/world.md). getpass() reads a line of
the program's input as CPython does without a terminal (the prompt on stderr, EOFError at the
end; nothing is echoed anyway); without program input (the page) it says so, as input() does."""
import sys as _sys

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getuser():
    import os
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    return 'learner'  # the password database's name for the playground's uid 1000


# as getpass.fallback_getpass's reading: the prompt to the stream, a line of sys.stdin
def getpass(prompt='Password: ', stream=None):
    if stream is None:
        stream = _sys.stderr
    try:
        line = _sys.stdin.readline()
    except NotImplementedError:
        raise NotImplementedError("getpass() is not available here: this run has no program "
                                  "input (in the page, write the value into the program: "
                                  "password = 'secret')") from None
    stream.write(prompt)
    stream.flush()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


unix_getpass = fallback_getpass = getpass
