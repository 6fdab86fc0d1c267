# Class attributes are shared until an instance shadows them.
class Config:
    retries = 3
    tags = []
a, b = Config(), Config()
a.retries = 5
print(a.retries, b.retries, Config.retries)
a.tags.append("shared!")
print(b.tags, Config.tags)
Config.retries = 10
print(a.retries, b.retries)
del a.retries
print(a.retries)
