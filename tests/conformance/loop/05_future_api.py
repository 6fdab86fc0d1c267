import asyncio


async def main():
    fut = asyncio.Future()
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    fut.set_result(10)
    print("result:", fut.result(), "exception:", fut.exception())
    try:
        fut.set_result(11)
    except asyncio.InvalidStateError as e:
        print(f"InvalidStateError: {e}")
    f2 = asyncio.Future()
    print("cancel:", f2.cancel("no longer needed"), "cancelled:", f2.cancelled())
    try:
        f2.result()
    except asyncio.CancelledError as e:
        print("result() of cancelled:", e.args)
    f3 = asyncio.get_running_loop().create_future()
    try:
        f3.set_exception(StopIteration())
    except TypeError as e:
        print(f"TypeError: {e}")
    f3.set_exception(ValueError)
    print("exception class is instantiated:", repr(f3.exception()))
    print("get_loop is the running loop:", f3.get_loop() is asyncio.get_running_loop())


asyncio.run(main())
