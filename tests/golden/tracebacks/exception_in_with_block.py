# __exit__ runs (and prints) before the traceback appears.
class Session:
    def __enter__(self):
        print("session opened")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("session closed after", exc_type.__name__)
        return False


with Session():
    data = {"user": "ada"}
    print(data["password"])
