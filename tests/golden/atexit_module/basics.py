# atexit: functions run when the program ends, last registered first, with their arguments;
# unregister; they run before the program's leftover objects are finalized.
import atexit


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('finalized', self.name)


def goodbye(name, punctuation='!'):
    print('goodbye', name + punctuation)


@atexit.register
def flush():
    print('flushing logs')


def never():
    print('never printed')


atexit.register(goodbye, 'Ada')
atexit.register(goodbye, 'Bob', punctuation='?')
atexit.register(never)
atexit.register(never)
atexit.unregister(never)
print(flush.__name__)
keep = Resource('global')
try:
    atexit.register(42)
except TypeError as e:
    print('TypeError:', e)
print('main program done')
