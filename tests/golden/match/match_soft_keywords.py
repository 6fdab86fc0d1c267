# `match` and `case` stay ordinary names outside a match statement
match = [1, 2]
case = {"k": "v"}
print(match, case)
match[0] = 5
print(match)
match.append(3)
print(match)
def match_it(match, case=None):
    return match, case
print(match_it(1, case=2))
_ = "underscore"
match _:
    case "underscore":
        print("matched _ value")
match -1:
    case -1:
        print("minus one")
match 1.0:
    case 1:
        print("1.0 == 1")
match (1, 2), 3:
    case ((1, x), y):
        print("nested tuple", x, y)
match "text":
    case [*_]:
        print("str is not a sequence here")
    case str() as s if len(s) > 2:
        print("long str", s)

async def main():
    match await get():
        case {"status": 200, "body": body}:
            print("ok", body)

async def get():
    return {"status": 200, "body": "hi"}

import asyncio
asyncio.run(main())

for cmd in ["quit", "load game.sav", "save", "move 3 4", "??"]:
    match cmd.split():
        case ["quit" | "exit"]:
            print("bye")
        case ["load", filename]:
            print("loading", filename)
        case ["save", *args] if not args:
            print("save where?")
        case ["move", x, y] if x.isdigit() and y.isdigit():
            print("move to", int(x), int(y))
        case other:
            print("unknown command", other)

def walrus(v):
    match (n := len(v)):
        case 0:
            return "empty"
        case _:
            return n
print(walrus([]), walrus("abc"))

# a guard runs after the captures are bound; a failed guard leaves them bound (as CPython)
match 5:
    case n if n > 10:
        print("big")
    case _:
        print("n is", n)
