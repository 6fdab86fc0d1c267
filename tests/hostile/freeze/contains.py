class C:
    def __contains__(self, x):
        while True:
            pass
print("start")
1 in C()
