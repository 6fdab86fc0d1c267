def read_reply(sock):
    raise ConnectionResetError(104, "Connection reset by peer")

def fetch(host):
    try:
        return read_reply(host)
    except ConnectionRefusedError:
        print("not this one")
    finally:
        print("cleanup")

fetch("example.com")
