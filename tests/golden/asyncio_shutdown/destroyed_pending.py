# Tasks still pending when the program ends (a loop run with run_until_complete, not
# asyncio.run): each coroutine is closed (its finally blocks run), then the loop's exception
# handler hears "Task was destroyed but it is pending!", in creation order. (CPython's order
# differs when something the program keeps in a global - the loop's timers, a shared Event -
# still reaches the tasks: see docs/standard-modules.md.)
import asyncio


def handler(loop, context):
    task = context['task']
    print(context['message'], task.get_name(), task.done(), task.get_coro().cr_frame is None)


async def waiter(n):
    try:
        await asyncio.Event().wait()
    finally:
        print('cleanup', n)


async def main():
    for i in range(3):
        asyncio.create_task(waiter(i))
    await asyncio.sleep(0.5)
    print('main returns')


loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
loop.run_until_complete(main())
print('end of program')
