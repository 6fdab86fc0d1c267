# Two tasks awaiting each other: the repr of one shows the other, and the first again as
# "..." where it would recurse (reprlib.recursive_repr in CPython). (Was a crash: the repr
# recursed until the native stack ran out.)
import asyncio


async def main():
    async def waiter(get):
        await get()

    t1 = t2 = None
    t1 = asyncio.create_task(waiter(lambda: t2), name='first')
    t2 = asyncio.create_task(waiter(lambda: t1), name='second')
    await asyncio.sleep(0.1)
    print(repr(t1).replace(__file__, 'prog.py'))
    print(repr(t2).replace(__file__, 'prog.py'))
    print(f'{t1!r:.40}')


loop = asyncio.new_event_loop()
loop.set_exception_handler(lambda loop, context: print(context['message']))
loop.run_until_complete(main())
print('done')
