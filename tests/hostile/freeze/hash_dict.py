class K:
    def __hash__(self):
        while True:
            pass
print("start")
{K(): 1}
