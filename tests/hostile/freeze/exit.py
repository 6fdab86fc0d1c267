class M:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        while True:
            pass
print("start")
with M():
    pass
