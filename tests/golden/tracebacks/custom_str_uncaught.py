# An uncaught exception is shown with its __str__.
class HttpError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status = status
        self.url = url

    def __str__(self):
        return f"{self.status} for {self.url}"


def fetch(url):
    raise HttpError(404, url)


fetch("/missing")
