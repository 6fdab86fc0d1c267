# The same after loop.close(): the timers are gone, the tasks still pending are destroyed at
# the end of the program, each after its coroutine's finally block.
import asyncio


def handler(loop, context):
    print('handler:', context['message'], context['task'].get_name(), loop.is_closed())


async def ticker(name):
    try:
        while True:
            await asyncio.sleep(1)
            print(name, 'tick')
    finally:
        print(name, 'stops')


async def main():
    asyncio.create_task(ticker('a'))
    asyncio.create_task(ticker('b'))
    await asyncio.sleep(2.5)


loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
loop.run_until_complete(main())
loop.close()
print('closed')
