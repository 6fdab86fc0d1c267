# The signal module: Linux's numbers and names, the handlers at start-up, signal() and
# getsignal(), raise_signal() running the handler before it returns, and the errors.
import signal

print(repr(signal.SIGINT), str(signal.SIGINT), signal.SIGINT == 2, signal.SIGINT.name, signal.NSIG)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.getsignal(signal.SIGINT),
      signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
print(signal.strsignal(signal.SIGINT), signal.strsignal(15), signal.strsignal(signal.SIGUSR1),
      signal.strsignal(40))
print(sorted(signal.valid_signals())[:5], len(signal.valid_signals()), 32 in signal.valid_signals())
print(repr(signal.SIGIOT), signal.Signals(2), signal.Signals['SIGTERM'].value, list(signal.Handlers),
      signal.SIGRTMIN, signal.SIGRTMAX, isinstance(signal.SIGHUP, int))


def handler(sig, frame):
    print('handler', sig, repr(sig), type(frame).__name__, frame.f_code.co_name)


print('old', signal.signal(signal.SIGUSR1, handler))
print(signal.getsignal(signal.SIGUSR1) is handler)


def send():
    signal.raise_signal(signal.SIGUSR1)
    print('after raise_signal')


send()
print(signal.raise_signal(0))
for bad in [lambda: signal.signal(99, handler), lambda: signal.signal(2, 5),
            lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.getsignal(0),
            lambda: signal.raise_signal(70), lambda: signal.strsignal(99), lambda: signal.signal('2', handler)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
signal.raise_signal(signal.SIGCHLD)
print('ignored')
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler, signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGINT, handler)
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
print(signal.getsignal(signal.SIGINT))
