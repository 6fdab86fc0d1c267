def gen():
    while True:
        yield ""
print("start")
"".join(gen())
