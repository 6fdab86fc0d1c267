# partition and rpartition always return three parts.
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
host, _, port = "localhost:8080".partition(":")
print(host, int(port) + 1)
