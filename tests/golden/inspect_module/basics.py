# inspect: the predicates a tutorial uses, getdoc and cleandoc
import inspect
import asyncio
async def fetch():
    await asyncio.sleep(0)
def plain():
    """Does nothing.

        Indented detail.
    """
class Box:
    async def open(self):
        pass
    def close(self):
        pass
print(inspect.iscoroutinefunction(fetch), inspect.iscoroutinefunction(plain), inspect.iscoroutinefunction(Box().open), inspect.iscoroutinefunction(Box.close))
co = fetch()
fut_like = asyncio.sleep(0)
print(inspect.iscoroutine(co), inspect.isawaitable(co), inspect.isawaitable(5), inspect.iscoroutine(plain))
co.close()
fut_like.close()
print(inspect.isfunction(plain), inspect.isfunction(len), inspect.isclass(Box), inspect.isclass(Box()), inspect.ismethod(Box().close), inspect.ismethod(Box.close))
print(inspect.isbuiltin(len), inspect.ismodule(inspect), inspect.isroutine(print), inspect.isgenerator((x for x in [])))
print(repr(inspect.getdoc(plain)), inspect.getdoc(Box.close))
print(repr(inspect.cleandoc('  first\n      second\n    third\n')))
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(inspect.isawaitable(fut))
    fut.set_result(1)
    print(await fut)
asyncio.run(main())
