# contextlib.redirect_stdout / redirect_stderr and a replaced sys.stdout: print() and
# sys.stdout.write go to the replacement until it is given back.
import contextlib, sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass

out = Capture()
with contextlib.redirect_stdout(out) as target:
    print('captured', 1, 2, sep='-')
    print('no newline', end='')
    sys.stdout.write('written\n')
    print(target is out)
print('after:', out.parts)
err = Capture()
with contextlib.redirect_stderr(err):
    print('to stderr', file=sys.stderr)
    with contextlib.redirect_stdout(err):
        print('nested')
    print('back to stdout')
print('err:', err.parts)
old = sys.stdout
sys.stdout = Capture()
print('hidden')
hidden = sys.stdout.parts
sys.stdout = old
print(hidden, sys.stdout is sys.__stdout__)
r = contextlib.redirect_stdout(out)
with r:
    with r:
        print('twice')
print(out.parts[-2:], sys.stdout is sys.__stdout__)
