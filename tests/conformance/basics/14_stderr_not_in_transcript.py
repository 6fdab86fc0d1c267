import asyncio
import sys


async def main():
    print("to stdout")
    print("to stderr: not part of the transcript", file=sys.stderr)
    sys.stderr.write("also stderr\n")
    await asyncio.sleep(1)
    print("stdout again", flush=True)


asyncio.run(main())
