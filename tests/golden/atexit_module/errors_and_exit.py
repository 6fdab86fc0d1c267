# An exception in an atexit function is reported and the others still run; they run after
# sys.exit() and after asyncio.run has finished.
import asyncio
import atexit
import sys


class Step:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __call__(self):
        print('step', self.name)
        if self.fail:
            raise RuntimeError('step ' + self.name + ' failed')

    def __repr__(self):
        return '<Step ' + self.name + '>'


atexit.register(Step('last'))
atexit.register(Step('broken', fail=True))
atexit.register(Step('first'))


async def main():
    await asyncio.sleep(1)
    print('async work done')

asyncio.run(main())
sys.exit('exiting with a message')
