# sys.stdin: readline, read with a size, iteration, readlines, and input() sharing the same
# stream; asyncio's pattern of reading input in a worker thread.
import asyncio
import sys

print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read(3)), repr(sys.stdin.readline(4)), repr(input()))
print(repr(sys.stdin), sys.stdin.isatty(), sys.stdin.name, sys.stdin.mode, sys.stdin.fileno())
for i, line in enumerate(sys.stdin):
    print(i, repr(line))
    if i == 1:
        break


async def main():
    line = await asyncio.to_thread(sys.stdin.readline)
    print('worker read', repr(line))
    answer = await asyncio.get_running_loop().run_in_executor(None, input, '> ')
    print('executor read', repr(answer))
    print(sys.stdin.readlines())
    print(repr(sys.stdin.read()), repr(sys.stdin.readline()))


asyncio.run(main())
print(sys.__stdout__ is sys.stdout, sys.__stdin__ is sys.stdin)
try:
    input('last? ')
except EOFError as e:
    print('EOFError', e)
