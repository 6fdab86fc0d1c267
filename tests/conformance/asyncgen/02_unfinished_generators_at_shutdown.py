import asyncio


async def stream(name):
    try:
        i = 0
        while True:
            await asyncio.sleep(0.25)
            yield f"{name}{i}"
            i += 1
    finally:
        print(f"stream {name} finalized")


async def main():
    a = stream("a")
    b = stream("b")
    print(await a.__anext__(), await b.__anext__(), await a.__anext__())
    print("main returns with both generators suspended")
    return (a, b)


gens = asyncio.run(main())
print("asyncio.run closed them (shutdown_asyncgens)")
