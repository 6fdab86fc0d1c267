import asyncio


async def main():
    return 1


try:
    asyncio.run(main)
except ValueError as e:
    # the message holds the function's repr (with its address): print the start only
    print(f"ValueError: {str(e).split(', got')[0]}")
try:
    asyncio.run(5)
except ValueError as e:
    print(f"ValueError: {e}")
print(asyncio.run(main()))
